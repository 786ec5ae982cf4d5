namespace Kasian.Core.Memos;

public readonly record struct MemoId(Guid Value)
{
    public static MemoId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

public readonly record struct PersonId(Guid Value)
{
    public static PersonId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
