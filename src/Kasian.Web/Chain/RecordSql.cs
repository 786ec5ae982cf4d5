using System.Data.Common;
using System.Globalization;
using Kasian.Web.Data.Sql;

namespace Kasian.Web.Chain;

/// <summary>The few pieces of SQL the record's plain queries need that differ by provider.</summary>
internal static class RecordSql
{
    /// <summary>Limits an ordered query to its first <paramref name="count"/> rows.</summary>
    public static string First(SqlSession session, int count) =>
        session.Connection is Microsoft.Data.SqlClient.SqlConnection
            ? $"OFFSET 0 ROWS FETCH NEXT {count.ToString(CultureInfo.InvariantCulture)} ROWS ONLY"
            : $"LIMIT {count.ToString(CultureInfo.InvariantCulture)}";

    public static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>An organisation's last position and its hash (0 and the genesis hash when its chain is empty).</summary>
    public static async Task<(long Position, string Hash)> HeadAsync(SqlSession session, Guid organisation, CancellationToken ct)
    {
        var links = session.Map<RecordLink>();
        var sql = links.Statement("head", l => $"""
            SELECT {l.Quoted(nameof(RecordLink.Position))}, {l.Quoted(nameof(RecordLink.Hash))} FROM {RowMap.Quote(l.Table)}
            WHERE {l.Quoted(nameof(RecordLink.OrganisationId))} = @organisation
            ORDER BY {l.Quoted(nameof(RecordLink.Position))} DESC {First(session, 1)}
            """);
        var command = session.Command(sql);
        command.Parameters.Clear();
        links[nameof(RecordLink.OrganisationId)].Bind(command, 0, organisation, "organisation");
        await using var rows = await command.ExecuteReaderAsync(ct);
        return await rows.ReadAsync(ct) ? (rows.GetInt64(0), rows.GetString(1)) : (0, ContentHash.Genesis);
    }
}
