using Kasian.Core.Engine;

namespace Kasian.Core.Tests.Engine;

public class ReviseTests
{
    [Fact]
    public void Originator_may_revise_and_attach_to_a_draft()
    {
        var memo = MemoHarness.InternalMemo();

        var edited = Assert.IsType<MemoEdited>(Assert.Single(memo.Do(People.Thapthim, new Revise(MemoHarness.Text("เรื่องใหม่")))));
        var attached = Assert.IsType<AttachmentAdded>(Assert.Single(memo.Do(People.Thapthim, new Attach(Guid.Empty, "a.pdf", 10, "ab"))));

        Assert.Equal("เรื่องใหม่", edited.Subject);
        Assert.Equal("a.pdf", attached.FileName);
    }

    [Fact]
    public void Originator_may_revise_after_a_return_but_not_while_pending()
    {
        var memo = MemoHarness.InternalMemo().Submitted();
        memo.AssertRefused(RefusalCode.NotEditable, People.Thapthim, new Revise(MemoHarness.Text("ระหว่างเสนอ")));
        memo.AssertRefused(RefusalCode.NotEditable, People.Thapthim, new Attach(Guid.Empty, "a.pdf", 10, "ab"));

        memo.Do(People.Naphaporn, new ReturnForRevision("head-of-office", "แก้ตัวเลข"));

        Assert.IsType<MemoEdited>(Assert.Single(memo.Do(People.Thapthim, new Revise(MemoHarness.Text("แก้แล้ว")))));
    }

    [Fact]
    public void Nobody_else_may_revise_a_draft()
    {
        var memo = MemoHarness.InternalMemo();
        memo.AssertRefused(RefusalCode.NotOriginator, People.Naphaporn, new Revise(MemoHarness.Text("ของคนอื่น")));
        memo.AssertRefused(RefusalCode.NotOriginator, People.Naphaporn, new Attach(Guid.Empty, "a.pdf", 10, "ab"));
    }
}
