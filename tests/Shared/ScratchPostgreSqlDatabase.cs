using Npgsql;

namespace Kasian.Testing;

/// <summary>
/// A database of its own on a PostgreSQL server: created when constructed, dropped (with any sessions still on it)
/// when disposed. The tests and the bench both use it; it is linked into each project rather than made a project.
/// </summary>
public sealed class ScratchPostgreSqlDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name;

    /// <param name="server">A connection string whose user may create databases.</param>
    /// <param name="prefix">Names the database (<c>{prefix}_{random}</c>), so a leftover says whose it was.</param>
    public ScratchPostgreSqlDatabase(string server, string prefix)
    {
        _server = server;
        _name = prefix + "_" + Guid.NewGuid().ToString("N")[..12];
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {_name} ENCODING 'UTF8'", connection);
        command.ExecuteNonQuery();
    }

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
