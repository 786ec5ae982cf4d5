using System.Text.Json;
using Kasian.Core.Memos;
using Kasian.Core.Organisation;
using Kasian.Web.Data;
using Kasian.Web.Features.Memos;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Kasian.Bench;

/// <summary>The bench organisation: a clerk who writes memos, an approver who holds every step of the bench route, and a reader whose inbox is queried.</summary>
public sealed record BenchPeople(Guid OrganisationId, PersonId Clerk, PersonId Approver, PersonId Reader);

public static class BenchData
{
    public const string RouteId = "bench-endorse-50";
    public const string Password = "bench-password";
    public const string ApproverPosition = "bench-desk";

    /// <summary>A routes directory holding the repository's routes and calendars plus the bench route: 50 endorse steps and a decide step, all at one desk.</summary>
    public static string WriteRoutes(string repositoryRoot)
    {
        var dir = Directory.CreateTempSubdirectory("kasian-bench-routes-").FullName;
        var workflows = Path.Combine(repositoryRoot, "workflows");
        foreach (var file in Directory.GetFiles(workflows, "*.json")) File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        Directory.CreateDirectory(Path.Combine(dir, "calendars"));
        foreach (var file in Directory.GetFiles(Path.Combine(workflows, "calendars"), "*.json"))
            File.Copy(file, Path.Combine(dir, "calendars", Path.GetFileName(file)));

        var steps = Enumerable.Range(1, BenchSettings.RouteSteps)
            .Select(i => (object)new { id = StepId(i), title = $"ความเห็นลำดับที่ {i}", position = ApproverPosition, action = "endorse", due = "P1D" })
            .Append(new { id = "decide", title = "คำสั่ง", position = ApproverPosition, action = "decide", due = "P2D" });
        var route = new { id = RouteId, version = 1, name = new { th = "เส้นทางทดสอบสมรรถนะ", en = "Benchmark route" }, steps };
        File.WriteAllText(Path.Combine(dir, RouteId + ".json"), JsonSerializer.Serialize(route));
        return dir;
    }

    public static string StepId(int i) => $"s{i:00}";

    public static async Task<BenchPeople> SeedPeopleAsync(BenchHost host)
    {
        var hasher = host.Services.GetRequiredService<IPasswordHasher<Person>>();
        return await host.WithDbAsync(async db =>
        {
            var org = new Organisation { Code = "bench", Name = "องค์การบริหารส่วนตำบลทดสอบ", RegisterCode = "ทส ๐๐๐๐๑" };
            Position Post(string code, string title) => new() { OrganisationId = org.Id, Code = code, Title = title };
            var clerkPost = Post("bench-clerk", "เจ้าหน้าที่ธุรการ");
            var desk = Post(ApproverPosition, "หัวหน้าสำนักปลัด");
            var desk0 = Post("desk-0", "ผู้อำนวยการกองคลัง");
            var desk1 = Post("desk-1", "ผู้อำนวยการกองช่าง");
            Person Someone(string username, string name)
            {
                var p = new Person { OrganisationId = org.Id, Username = username, DisplayName = name, PasswordHash = "" };
                p.PasswordHash = hasher.HashPassword(p, Password);
                return p;
            }
            var clerk = Someone("bench-clerk", "นางสาวทดสอบ ธุรการ");
            var approver = Someone("bench-approver", "นางทดสอบ เกษียนหนังสือ");
            var reader = Someone("bench-reader", "นายทดสอบ อ่านกล่องเข้า");
            var since = new DateOnly(2024, 10, 1);
            Kasian.Web.Data.Appointment Appoint(Person p, Position post, CapacityKind kind) => new() { OrganisationId = org.Id, PersonId = p.Id, PositionId = post.Id, Kind = kind, From = since };
            db.AddRange(org, clerkPost, desk, desk0, desk1, clerk, approver, reader,
                Appoint(clerk, clerkPost, CapacityKind.Holder), Appoint(approver, desk, CapacityKind.Holder),
                Appoint(reader, desk0, CapacityKind.Holder), Appoint(reader, desk1, CapacityKind.Acting));
            await db.SaveChangesAsync();
            return new BenchPeople(org.Id, clerk.Id, approver.Id, reader.Id);
        });
    }

    /// <summary>One memo written and submitted through the real pipeline: the template the bulk copies are made from.</summary>
    public static async Task<Guid> SubmitTemplateAsync(BenchHost host, BenchPeople people)
    {
        var fields = new MemoFields("สำนักปลัด องค์การบริหารส่วนตำบลทดสอบ", "๐ ๕๔๔๑ ๐๐๐๐", "ขออนุมัติจัดซื้อวัสดุสำนักงาน ประจำเดือน",
            "นายกองค์การบริหารส่วนตำบลทดสอบ", "ด้วยสำนักปลัดมีความจำเป็นต้องจัดซื้อวัสดุสำนักงานเพื่อใช้ในราชการ จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ", "normal");
        var created = await host.SendAsync(people.Clerk, new CreateMemo(RouteId, fields));
        await host.SendAsync(people.Clerk, new SubmitMemo(created.Id));
        return created.Id;
    }
}
