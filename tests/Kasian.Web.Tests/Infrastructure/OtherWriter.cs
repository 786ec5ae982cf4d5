using Kasian.Core.Engine;
using Kasian.Core.Memos;
using Kasian.Web.Data;
using Kasian.Web.Data.Sql;
using Kasian.Web.Memos;
using Microsoft.Extensions.DependencyInjection;

namespace Kasian.Web.Tests.Infrastructure;

/// <summary>
/// Another writer landing on a memo at a moment a test chooses: through the one write seam (<see cref="MemoStore"/>),
/// on a connection of its own, committed before it returns.
/// </summary>
public static class OtherWriter
{
    public static async Task AppendAsync(KasianApp app, Guid memoId, Func<Memo, MemoEvent> @event, Func<SqlSession, Memo, SqlStatement>? alongside, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KasianDbContext>();
        await using var session = await SqlSessions.ForReadingAsync(db, ct);
        var loaded = await MemoStore.LoadAsync(session, new MemoId(memoId), ct) ?? throw new InvalidOperationException($"No memo {memoId}.");
        SqlStatement[] rows = alongside is null ? [] : [alongside(session, loaded.Memo)];
        await session.BeginAsync(ct);
        if (await MemoStore.AppendAsync(session, loaded, [@event(loaded.Memo)], EventActor.System, app.Clock.GetUtcNow(), rows, ct) is null)
            throw new InvalidOperationException("The other writer lost its own race.");
        await session.CommitAsync(ct);
    }
}
