using System.Data.Common;
using Kasian.Web.Chain;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kasian.Web.Tests.Chain;

/// <summary>What the record tests do over and over: walk a memo to approval, seal, verify, and tamper with the database as someone with its password would.</summary>
public static class RecordKit
{
    /// <summary>The seed's walk: submitted by the HR officer, endorsed twice by the head of the Palad office, approved by the Nayok.</summary>
    public static async Task<Guid> ApprovedMemoAsync(KasianApp app)
    {
        var thapthim = await app.SignInAsync("thapthim");
        var naphaporn = await app.SignInAsync("naphaporn");
        var worawit = await app.SignInAsync("worawit");
        var id = await thapthim.CreateAndSubmitAsync("รายงานผลการประเมิน ITA ประจำปีงบประมาณ ๒๕๖๗");
        await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office", comment = "เห็นควรเสนอปลัดพิจารณา" }));
        await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "palad", comment = "เพื่อโปรดพิจารณาอนุมัติ" }));
        await worawit.OkAsync(await worawit.PostAsync($"/api/memos/{id}/approve", new { stepId = "nayok", comment = "เห็นชอบดำเนินการตามเสนอ" }));
        return id;
    }

    public static Task<int> SealAsync(KasianApp app) => app.Services.GetRequiredService<RecordSealer>().SealAsync(CancellationToken.None);

    public static async Task<VerifyReport> VerifyAsync(KasianApp app, string? digests = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (anchors, files) = await scope.ServiceProvider.GetRequiredService<RecordDigests>().AnchorsAsync(digests, CancellationToken.None);
        var report = await scope.ServiceProvider.GetRequiredService<ChainVerifier>().VerifyAsync(null, anchors, CancellationToken.None);
        return report with { FileFindings = files };
    }

    /// <summary>
    /// Runs SQL as the database's owner would. On PostgreSQL the append-only triggers are set aside for the session
    /// (session_replication_role, a superuser's right): tampering by someone who holds the server is what the chain is for.
    /// </summary>
    public static async Task<int> TamperAsync(KasianApp app, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = Open(app.Database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = (app.Database.Provider == "PostgreSql" ? "SET session_replication_role = replica; " : "") + sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = app.Database.Provider == "Sqlite" && value is Guid g ? g.ToString().ToUpperInvariant() : value;
            command.Parameters.Add(p);
        }
        return await command.ExecuteNonQueryAsync();
    }

    public static DbConnection Open(TestDatabase database) => database.Provider == "PostgreSql"
        ? new Npgsql.NpgsqlConnection(database.ConnectionString)
        : new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString);
}
