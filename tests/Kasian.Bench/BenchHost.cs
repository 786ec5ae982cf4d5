using System.Security.Cryptography;
using Kasian.Core.Memos;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Data.Sql;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Bench;

/// <summary>
/// Kasian composed exactly as Program.cs composes it (migrations, routes, DI), used in-process: requests go
/// Mediator → handler → engine → EF Core → commit with no HTTP in between. Only who is asking is supplied.
/// </summary>
public sealed class BenchHost(BenchDatabase database, string routesDirectory, string signingKey) : WebApplicationFactory<Program>
{
    /// <summary>Where Kasian.Web's content root is: the factory's own guess looks beside the solution file, not under src/.</summary>
    public static void UseContentRoot(string repositoryRoot) =>
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_KASIAN_WEB", Path.Combine(repositoryRoot, "src", "Kasian.Web"));

    public static string NewSigningKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public BenchDatabase Database => database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Kasian:Database:Provider", database.Provider);
        builder.UseSetting("Kasian:Database:ConnectionString", database.ConnectionString);
        builder.UseSetting("Kasian:Routes:Directory", routesDirectory);
        builder.UseSetting("Kasian:Demo", "false");
        builder.UseSetting("Kasian:Auth:SigningKey", signingKey);
        // No Hangfire server or recurring sweep in the background of the measurements; the sweep is measured on its own.
        builder.UseSetting("Kasian:Reminders:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseEnvironment("Production");
        builder.ConfigureServices(s =>
        {
            s.RemoveAll<ICurrentUser>();
            s.AddScoped<BenchUser>();
            s.AddScoped<ICurrentUser>(p => p.GetRequiredService<BenchUser>());
            // The sweep hands what is due to a dispatcher; counting stands for Hangfire's enqueue, so (5) times the sweep itself.
            s.RemoveAll<Kasian.Web.Reminders.IReminderDispatcher>();
            s.AddSingleton<CountingDispatcher>();
            s.AddScoped<Kasian.Web.Reminders.IReminderDispatcher>(p => p.GetRequiredService<CountingDispatcher>());
        });
    }

    /// <summary>Starts the host (migrating the database and loading routes) without serving anything.</summary>
    public IServiceProvider Start() => Services;

    public async Task<T> SendAsync<T>(PersonId person, IRequest<Result<T>> request, CancellationToken ct = default)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<BenchUser>().Id = person;
        var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, ct);
        return result.IsSuccess ? result.Value! : throw new BenchFailedException($"{request.GetType().Name}: {result.Problem!.Status} {result.Problem.Code}: {result.Problem.Detail}");
    }

    public async Task<T> WithDbAsync<T>(Func<KasianDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<KasianDbContext>());
    }

    /// <summary>
    /// The lowest <c>PRAGMA synchronous</c> level (2 = FULL) of the app's own SQLite connections: the pooled ones EF Core
    /// reads and writes on, and the one memo actions take turns on (<see cref="SqlSessions"/>).
    /// </summary>
    public async Task<int> SqliteSynchronousAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KasianDbContext>();
        int pooled, writer;
        await using (var session = await SqlSessions.ForReadingAsync(db, default)) pooled = await SynchronousAsync(session);
        await using (var session = await scope.ServiceProvider.GetRequiredService<SqlSessions>().ForWritingAsync(db, default)) writer = await SynchronousAsync(session);
        return Math.Min(pooled, writer);

        static async Task<int> SynchronousAsync(SqlSession session) =>
            Convert.ToInt32(await session.Command("PRAGMA synchronous").ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed class BenchUser : ICurrentUser
    {
        public PersonId? Id { get; set; }

        public string? Address => "127.0.0.1";
    }
}

public sealed class BenchFailedException(string message) : Exception(message);
