using System.Data.Common;
using Kasian.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Kasian.Web.Tests.Hardening;

/// <summary>
/// Makes the database refuse writes, by the database's own means, so that the failure is the real one: SQLite's
/// <c>PRAGMA query_only</c> (SQLITE_READONLY, as from a read-only file or mount; root ignores file permissions, so
/// chmod would not do) and PostgreSQL's <c>default_transaction_read_only</c> (SQLSTATE 25006, as from a read-only
/// server). Set on every connection Kasian opens through EF Core while <see cref="On"/>.
/// </summary>
public sealed class ReadOnlyStorage : DbConnectionInterceptor
{
    public volatile bool On;

    public void AddTo(IServiceCollection services)
    {
        services.ConfigureDbContext<SqliteKasianDbContext>(o => o.AddInterceptors(this));
        services.ConfigureDbContext<PostgreSqlKasianDbContext>(o => o.AddInterceptors(this));
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Command(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>SQLite memo actions write on a connection of their own (SqlSessions), opened outside EF Core: it is set directly.</summary>
    public void Apply(SqliteConnection? writer)
    {
        if (writer is null) return;
        using var command = Command(writer);
        command.ExecuteNonQuery();
    }

    private DbCommand Command(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = connection is SqliteConnection
            ? $"PRAGMA query_only = {(On ? 1 : 0)}"
            : $"SET default_transaction_read_only = {(On ? "on" : "off")}";
        return command;
    }
}
