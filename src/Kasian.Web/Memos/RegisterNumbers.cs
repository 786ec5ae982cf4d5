using Kasian.Core.Memos;
using Kasian.Core.Thai;
using Kasian.Web.Data;
using Kasian.Web.Data.Sql;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Memos;

/// <summary>
/// The outgoing register (ทะเบียนหนังสือส่ง): numbers run per year, without gaps, and are never reused.
/// The increment is one atomic upsert inside the submitting transaction, so the row lock (PostgreSQL)
/// or the write lock (SQLite) serialises concurrent submissions, and a refused or failed submission
/// rolls its number back with everything else.
/// </summary>
public static class RegisterNumbers
{
    public static async Task<MemoNumber> TakeNextAsync(SqlSession session, Guid organisationId, DateOnly day, CancellationToken ct)
    {
        var organisations = session.Map<Organisation>();
        var read = session.Command(organisations.Statement("by-id", m =>
            $"SELECT {m.SelectList()} FROM {RowMap.Quote(m.Table)} WHERE {m.Quoted(nameof(Organisation.Id))} = @p0"));
        organisations[nameof(Organisation.Id)].Bind(read, 0, organisationId, "p0");
        Organisation organisation;
        await using (var reader = await read.ExecuteReaderAsync(ct))
            organisation = await reader.ReadAsync(ct) ? organisations.Read(reader)! : throw new InvalidOperationException($"Organisation {organisationId} is missing.");

        var year = organisation.NumberingYear == NumberingYear.Fiscal ? ThaiDate.FiscalYear(day) : ThaiDate.BuddhistYear(day.Year);
        var counters = session.Map<RegisterCounter>();
        var next = session.Command(session.Db.Database.IsSqlServer()
            ? """
              MERGE [RegisterCounters] WITH (HOLDLOCK) AS t
              USING (SELECT @p0 AS [OrganisationId], @p1 AS [Year]) AS s
              ON t.[OrganisationId] = s.[OrganisationId] AND t.[Year] = s.[Year]
              WHEN MATCHED THEN UPDATE SET [Last] = t.[Last] + 1
              WHEN NOT MATCHED THEN INSERT ([OrganisationId], [Year], [Last]) VALUES (s.[OrganisationId], s.[Year], 1)
              OUTPUT inserted.[Last];
              """
            // SQLite and PostgreSQL share the upsert.
            : """
              INSERT INTO "RegisterCounters" ("OrganisationId", "Year", "Last") VALUES (@p0, @p1, 1)
              ON CONFLICT ("OrganisationId", "Year") DO UPDATE SET "Last" = "RegisterCounters"."Last" + 1
              RETURNING "Last"
              """);
        counters[nameof(RegisterCounter.OrganisationId)].Bind(next, 0, organisation.Id, "p0");
        counters[nameof(RegisterCounter.Year)].Bind(next, 1, year, "p1");
        var sequence = Convert.ToInt32(await next.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        return new MemoNumber(organisation.RegisterCode, year, sequence);
    }
}
