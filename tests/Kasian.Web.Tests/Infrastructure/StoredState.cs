using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Tests.Infrastructure;

/// <summary>A fingerprint of everything a request could change, to prove a refused request changed nothing.</summary>
public sealed record StoredState(int Memos, int Events, long Sequences, long RegisterLast, int Attachments)
{
    public static Task<StoredState> ReadAsync(KasianApp app) => app.WithDbAsync(async db => new StoredState(
        await db.Memos.CountAsync(),
        await db.MemoEvents.CountAsync(),
        await db.Memos.SumAsync(m => (long)m.LastSequence),
        await db.RegisterCounters.SumAsync(r => (long)r.Last),
        await db.Attachments.CountAsync()));
}
