using System.Security.Cryptography;
using System.Text.Json;
using Kasian.Core.Memos;
using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Common;

/// <summary>
/// <c>Idempotency-Key</c> (IETF draft-ietf-httpapi-idempotency-key-header): the first successful answer to a keyed request
/// is stored in the same transaction as the work it did, so the key and the work commit together or not at all, on
/// any node. The same key again within <see cref="Lifetime"/> with the same request gets that answer and does nothing;
/// with a different request, <c>422 idempotency-key-reused</c>. Two requests with one key at the same moment meet at the
/// (person, key) unique index: one does the work, the other rolls back and answers with the winner's answer. A refused
/// request stores nothing, so sending it again is checked again.
/// </summary>
public sealed class IdempotencyKeys(KasianDbContext db, TimeProvider clock, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 200;
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>A key is 1 to 200 visible ASCII characters (a UUID is the usual choice).</summary>
    public static Problem? Check(string key) =>
        key.Length is > 0 and <= MaxKeyLength && key.All(c => c is > ' ' and <= '~')
            ? null
            : Problem.Invalid(Header, $"{Header} must be 1 to {MaxKeyLength} visible ASCII characters, such as a UUID.");

    /// <summary>Does <paramref name="work"/> once for this person's key; <paramref name="request"/> is what was asked, to tell a repeat from a reuse.</summary>
    /// <param name="work">Adds its rows to the context and saves; it runs inside the transaction that stores the key.</param>
    public async Task<Result<T>> OnceAsync<T>(PersonId person, string key, string operation, object request, Func<Task<Result<T>>> work, CancellationToken ct)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new { operation, request })));
        var now = clock.GetUtcNow();
        if (await FindAsync(person, key, now, ct) is { } earlier) return Answer<T>(earlier, hash);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Expired keys of this person go first, so that a key may be used again after a day.
        await db.IdempotentRequests.Where(r => r.PersonId == person && r.CreatedAt <= now - Lifetime).ExecuteDeleteAsync(ct);
        var record = new IdempotentRequest { PersonId = person, Key = key, RequestHash = hash, Response = "", CreatedAt = now };
        db.IdempotentRequests.Add(record);
        try
        {
            var result = await work();
            if (!result.IsSuccess) return result;
            record.Response = JsonSerializer.Serialize(result.Value, json.Value.SerializerOptions);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return result;
        }
        catch (DbUpdateException e) when (Memos.MemoActions.IsUniqueViolation(e))
        {
            // Another request with this key committed first: nothing of ours stays, and its answer is ours.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return await FindAsync(person, key, now, ct) is { } winner ? Answer<T>(winner, hash) : throw new InvalidOperationException("The key's row vanished.", e);
        }
    }

    private async Task<IdempotentRequest?> FindAsync(PersonId person, string key, DateTimeOffset now, CancellationToken ct) =>
        await db.IdempotentRequests.AsNoTracking().SingleOrDefaultAsync(r => r.PersonId == person && r.Key == key && r.CreatedAt > now - Lifetime, ct);

    private Result<T> Answer<T>(IdempotentRequest earlier, string hash)
    {
        if (earlier.RequestHash != hash)
            return new Problem(422, "idempotency-key-reused", "Key already used",
                $"This {Header} was used in the last {Lifetime.TotalHours:0} hours for a different request; send a new key with a new request.");
        return JsonSerializer.Deserialize<T>(earlier.Response, json.Value.SerializerOptions)!;
    }
}
