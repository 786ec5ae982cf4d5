using System.Security.Cryptography;
using Kasian.Core.Calendar;
using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Core.Organisation;
using Kasian.Core.Thai;
using Kasian.Web.Data;
using Kasian.Web.Data.Sql;
using Kasian.Web.Memos;
using Kasian.Web.Workflows;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Demo;

/// <summary>
/// Phu Sang SAO as in the seed memo (shared/seed/memo-ita-2567.txt): its Palad office, four posts, the
/// four people, an administrator, and the ITA memo as the HR officer's draft. Demo accounts use the
/// password "demo" and exist only in demo mode. The register is set so the memo is numbered /๑๑๙ as in the seed.
/// </summary>
public static class DemoData
{
    public const string Password = "demo";
    public const string OrganisationCode = "phusang";
    private const string OrgName = "องค์การบริหารส่วนตำบลภูซาง";
    private static readonly DateOnly Since = new(2024, 10, 1);

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<KasianDbContext>();
        if (await db.Organisations.AnyAsync(o => o.Code == OrganisationCode, ct)) return;
        var hasher = services.GetRequiredService<IPasswordHasher<Person>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();

        var org = new Organisation { Code = OrganisationCode, Name = OrgName, ShortName = "อบต.ภูซาง", RegisterCode = "พย ๗๒๔๐๑", Province = "พะเยา", District = "ภูซาง", CreatedAt = now };
        var office = new Unit { OrganisationId = org.Id, Name = "สำนักปลัด" };
        Position Post(string code, string title) => new() { OrganisationId = org.Id, UnitId = office.Id, Code = code, Title = title };
        var hr = Post("hr-officer", "นักทรัพยากรบุคคลชำนาญการ");
        var head = Post("head-of-palad-office", "หัวหน้าสำนักปลัด");
        var palad = Post("palad", "ปลัดองค์การบริหารส่วนตำบลภูซาง");
        var nayok = Post("nayok", "นายกองค์การบริหารส่วนตำบลภูซาง");

        Person Someone(string username, string name, bool admin = false)
        {
            var p = new Person { OrganisationId = org.Id, Username = username, DisplayName = name, PasswordHash = "", Email = $"{username}@phusang.example", NotifyByEmail = true, Roles = admin ? Roles.Administrator | Roles.InstallationAdministrator : Roles.None };
            p.PasswordHash = hasher.HashPassword(p, Password);
            return p;
        }
        var thapthim = Someone("thapthim", "นางสาวทับทิม วงศ์ทะนา");
        var naphaporn = Someone("naphaporn", "นางนภาพร ธาคำดี");
        var worawit = Someone("worawit", "นายวรวิทย์ เผ่าใจมา");
        var admin = Someone("admin", "ผู้ดูแลระบบ", admin: true);

        Data.Appointment Appoint(Person p, Position post, CapacityKind kind) => new() { OrganisationId = org.Id, PersonId = p.Id, PositionId = post.Id, Kind = kind, From = Since, CreatedAt = now };
        db.AddRange(org, office, hr, head, palad, nayok, thapthim, naphaporn, worawit, admin);
        db.AddRange(
            Appoint(thapthim, hr, CapacityKind.Holder),
            Appoint(naphaporn, head, CapacityKind.Holder),
            // The Palad post is vacant; the head of the Palad office acts in it (รักษาราชการแทน), as in the seed.
            Appoint(naphaporn, palad, CapacityKind.Acting),
            Appoint(worawit, nayok, CapacityKind.Holder));
        db.RegisterCounters.Add(new RegisterCounter { OrganisationId = org.Id, Year = ThaiDate.BuddhistYear(ThaiDate.BangkokDate(now).Year), Last = 118 });

        var memoId = MemoId.New();
        var text = new MemoContent(
            Unit: $"สำนักปลัด {OrgName} อำเภอภูซาง จังหวัดพะเยา",
            UnitPhone: null,
            Subject: "รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
            // The scan reads "นายองค์การ…", a typing slip for นายก.
            To: $"นายก{OrgName}",
            Body: Resource("seed-memo-body.txt"),
            Urgency: Urgency.Normal);
        var content = System.Text.Encoding.UTF8.GetBytes(Resource("ita-measures-2567.txt"));
        var attachment = new Data.Attachment
        {
            MemoId = memoId,
            FileName = "รายงานมาตรการส่งเสริมคุณธรรมและความโปร่งใส-๒๕๖๗.txt",
            ContentType = "text/plain",
            Size = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
            AddedAt = now,
            AddedBy = thapthim.Id,
        };
        // The draft is written as the HR officer would write it: created, then the file attached, each decided by the engine.
        var route = services.GetRequiredService<WorkflowLibrary>().Routes.FindLatest("internal-memo")
            ?? throw new InvalidOperationException("The demo memo's route 'internal-memo' is not loaded.");
        var context = new DecisionContext(route, new Actor(thapthim.Id, []), now, WorkingCalendar.WithoutHolidays);
        var created = MemoEngine.Decide(context, MemoState.Unwritten(thapthim.Id), new Create(text, hr.Title)).Events;
        var draft = created.Aggregate(MemoState.Unwritten(thapthim.Id), (state, e) => MemoEngine.Evolve(state, e, now));
        var attached = MemoEngine.Decide(context, draft, new Attach(attachment.Id, attachment.FileName, attachment.Size, attachment.Sha256)).Events;
        try
        {
            // The office and its memo commit together: a node that stops half-way leaves nothing for the next start to trip on.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            await using (var session = await SqlSessions.InContextAsync(db, ct))
                await MemoStore.CreateAsync(session, memoId, org.Id, thapthim.Id, [.. created, .. attached], EventActor.Of(thapthim, null), now,
                    [session.Map<Data.Attachment>().Insert(attachment, "a")], ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Several nodes started together on one database: one seeds, the others find it done.
            if (!await OtherNodeSeededAsync(services, ct)) throw;
        }
    }

    private static async Task<bool> OtherNodeSeededAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KasianDbContext>().Organisations.AnyAsync(o => o.Code == OrganisationCode, ct);
    }

    private static string Resource(string name)
    {
        using var stream = typeof(DemoData).Assembly.GetManifestResourceStream($"Kasian.Web.Demo.{name}")
            ?? throw new InvalidOperationException($"Demo resource {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
