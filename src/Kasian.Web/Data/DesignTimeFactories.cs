using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kasian.Web.Data;

/// <summary>Lets <c>dotnet ef</c> build each provider's context without starting the app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteKasianDbContext>
{
    public SqliteKasianDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteKasianDbContext>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlKasianDbContext>
{
    public PostgreSqlKasianDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlKasianDbContext>().UseNpgsql("Host=localhost;Database=kasian").Options);
}

public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerKasianDbContext>
{
    public SqlServerKasianDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerKasianDbContext>().UseSqlServer("Server=localhost;Database=kasian;Trusted_Connection=True").Options);
}
