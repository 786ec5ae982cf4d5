using Kasian.Core.Memos;
using Kasian.Core.Thai;
using Kasian.Web.Data;
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
    public static async Task<MemoNumber> TakeNextAsync(KasianDbContext db, Organisation organisation, DateOnly day, CancellationToken ct)
    {
        var year = organisation.NumberingYear == NumberingYear.Fiscal ? ThaiDate.FiscalYear(day) : ThaiDate.BuddhistYear(day.Year);
        var orgId = organisation.Id;
        var next = db.Database.IsSqlServer()
            ? db.Database.SqlQuery<int>($"""
                MERGE [RegisterCounters] WITH (HOLDLOCK) AS t
                USING (SELECT {orgId} AS [OrganisationId], {year} AS [Year]) AS s
                ON t.[OrganisationId] = s.[OrganisationId] AND t.[Year] = s.[Year]
                WHEN MATCHED THEN UPDATE SET [Last] = t.[Last] + 1
                WHEN NOT MATCHED THEN INSERT ([OrganisationId], [Year], [Last]) VALUES (s.[OrganisationId], s.[Year], 1)
                OUTPUT inserted.[Last] AS [Value];
                """)
            // SQLite and PostgreSQL share the upsert.
            : db.Database.SqlQuery<int>($"""
                INSERT INTO "RegisterCounters" ("OrganisationId", "Year", "Last") VALUES ({orgId}, {year}, 1)
                ON CONFLICT ("OrganisationId", "Year") DO UPDATE SET "Last" = "RegisterCounters"."Last" + 1
                RETURNING "Last" AS "Value"
                """);
        var sequence = (await next.ToListAsync(ct)).Single();
        return new MemoNumber(organisation.RegisterCode, year, sequence);
    }
}
