using System.Net;
using Kasian.Core.Memos;
using Kasian.Web.Data.Sql;
using Kasian.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kasian.Web.Tests;

/// <summary>
/// On SQLite memo actions take turns on one long-lived connection. If it breaks mid-action, that action fails with
/// nothing written, and the next action gets a new connection instead of failing until Kasian restarts.
/// </summary>
public sealed class WriterConnectionTests : IAsyncLifetime
{
    private readonly KasianApp _app = new(TestDatabase.Sqlite());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_writer_connection_that_breaks_mid_action_is_replaced_for_the_next_action()
    {
        var id = await (await _app.SignInAsync("thapthim")).CreateAndSubmitAsync("การเชื่อมต่อขาดกลางทาง");
        var naphaporn = await _app.SignInAsync("naphaporn");
        var sessions = _app.Services.GetRequiredService<SqlSessions>();
        var broken = false;
        sessions.BetweenReadAndWrite = (_, _) =>
        {
            if (broken) return Task.CompletedTask;
            broken = true;
            sessions.Writer!.Dispose();
            return Task.CompletedTask;
        };
        var before = await EventCountAsync(id);

        var failed = await naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office" });
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(before, await EventCountAsync(id));

        var endorsed = await naphaporn.OkAsync(await naphaporn.PostAsync($"/api/memos/{id}/endorse", new { stepId = "head-of-office" }));
        Assert.Equal("palad", endorsed["currentStep"]!["id"]!.GetValue<string>());
        Assert.Equal(before + 2, await EventCountAsync(id));
    }

    private Task<int> EventCountAsync(Guid id) => _app.WithDbAsync(db => db.MemoEvents.CountAsync(e => e.MemoId == new MemoId(id)));
}
