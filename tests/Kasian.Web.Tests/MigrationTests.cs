using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Tests;

/// <summary>One model, one migrations set per provider: a model change without a migration for every provider fails here.</summary>
public sealed class MigrationTests
{
    public static TheoryData<string> Providers => ["Sqlite", "PostgreSql", "SqlServer"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_provider_has_a_migration_for_the_current_model(string provider)
    {
        using DbContext context = provider switch
        {
            "Sqlite" => new SqliteDesignTimeFactory().CreateDbContext([]),
            "PostgreSql" => new PostgreSqlDesignTimeFactory().CreateDbContext([]),
            _ => new SqlServerDesignTimeFactory().CreateDbContext([]),
        };

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), $"The model has changed since the last {provider} migration: add one with dotnet ef migrations add --context {provider}KasianDbContext.");
    }
}
