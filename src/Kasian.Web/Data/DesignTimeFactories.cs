using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kasian.Web.Data;

/// <summary>Lets <c>dotnet ef</c> build each provider's context without starting the app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteKasianDbContext>
{
    public SqliteKasianDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteKasianDbContext>().UseSqlite("Data Source=design.db").Options);
}
