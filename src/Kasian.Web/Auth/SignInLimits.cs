using Kasian.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Auth;

/// <summary>
/// Limits password guessing per account and per client address, in the database so the limit holds across nodes.
/// </summary>
/// <remarks>
/// <para>
/// An attempt takes a row before its password is checked, and goes ahead only if the rows in the window, its own
/// and those of attempts still being checked included, are within the limit. Of attempts racing on several nodes,
/// each counts after its own row is committed, so the later always sees the earlier: no more passwords are checked
/// than the limit allows, however many requests arrive at once.
/// </para>
/// <para>
/// An attempt that finds no room gives its row back. If the failures alone fill the limit it is refused (429) until
/// the oldest failure leaves the window. If attempts still being checked fill it (one person's script signing in
/// ten times at once), it waits for them, briefly, and tries again: right passwords are not refused for arriving together.
/// </para>
/// </remarks>
public sealed class SignInLimits(KasianDbContext db, TimeProvider clock, IOptions<KasianOptions> options)
{
    /// <summary>How long an attempt waits for others of its account or address to be checked before it is refused.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

    /// <summary>An attempt still unchecked after this was cut off (its node stopped): it counts as a failure.</summary>
    private static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(1);

    private KasianOptions.SignInLimitOptions Limits => options.Value.Auth.SignInLimits;

    /// <summary>The attempt's row, or how long to wait when the account or the address has used up its attempts.</summary>
    public async Task<(Guid? Attempt, TimeSpan RetryAfter)> BeginAsync(string username, string address, CancellationToken ct)
    {
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        await db.SignInAttempts.Where(a => a.At <= clock.GetUtcNow() - Limits.Window).ExecuteDeleteAsync(ct);
        while (true)
        {
            var now = clock.GetUtcNow();
            var attempt = new SignInAttempt { Username = username, Address = address, At = now };
            db.SignInAttempts.Add(attempt);
            await db.SaveChangesAsync(ct);
            db.Entry(attempt).State = EntityState.Detached;

            var account = await CountAsync(db.SignInAttempts.Where(a => a.Username == username), now, ct);
            var fromAddress = await CountAsync(db.SignInAttempts.Where(a => a.Address == address), now, ct);
            if (account.All <= Limits.PerAccount && fromAddress.All <= Limits.PerAddress) return (attempt.Id, TimeSpan.Zero);

            await db.SignInAttempts.Where(a => a.Id == attempt.Id).ExecuteDeleteAsync(ct);
            if (account.Failed >= Limits.PerAccount || fromAddress.Failed >= Limits.PerAddress)
            {
                var wait = TimeSpan.Zero;
                if (account.Failed >= Limits.PerAccount) wait = await WaitAsync(db.SignInAttempts.Where(a => a.Username == username), now, ct);
                if (fromAddress.Failed >= Limits.PerAddress) wait = Max(wait, await WaitAsync(db.SignInAttempts.Where(a => a.Address == address), now, ct));
                return (null, wait);
            }
            if (waiting.Elapsed > MaxWait) return (null, TimeSpan.FromSeconds(1));
            // Real time, not the app's clock: this waits for other requests' password checks to finish. Jittered, so
            // attempts that collided do not collide again.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(50, 250)), ct);
        }
    }

    /// <summary>The password was wrong: the attempt stays, as a failure, until it leaves the window.</summary>
    public async Task FailedAsync(Guid attempt, CancellationToken ct) =>
        await db.SignInAttempts.Where(a => a.Id == attempt).ExecuteUpdateAsync(s => s.SetProperty(a => a.Failed, true), ct);

    /// <summary>
    /// The password was right: the account's failures are forgiven (those from its address with them). Attempts of the
    /// account still being checked keep their rows, so a right password cannot hide guesses made at the same moment.
    /// </summary>
    public async Task SucceededAsync(string username, Guid attempt, CancellationToken ct) =>
        await db.SignInAttempts.Where(a => a.Id == attempt || (a.Username == username && a.Failed)).ExecuteDeleteAsync(ct);

    private async Task<(int All, int Failed)> CountAsync(IQueryable<SignInAttempt> attempts, DateTimeOffset now, CancellationToken ct)
    {
        var (since, cutOff) = (now - Limits.Window, now - Abandoned);
        var inWindow = attempts.Where(a => a.At > since);
        return (await inWindow.CountAsync(ct), await inWindow.CountAsync(a => a.Failed || a.At < cutOff, ct));
    }

    /// <summary>Until the oldest failure in the window leaves it; at least a second.</summary>
    private async Task<TimeSpan> WaitAsync(IQueryable<SignInAttempt> attempts, DateTimeOffset now, CancellationToken ct)
    {
        var since = now - Limits.Window;
        var oldest = await attempts.Where(a => a.At > since && a.Failed).OrderBy(a => a.At).Select(a => (DateTimeOffset?)a.At).FirstOrDefaultAsync(ct);
        return Max((oldest ?? now) + Limits.Window - now, TimeSpan.FromSeconds(1));
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>
    /// The key an account's attempts are counted under, whether or not the account exists. It is logged too, so
    /// control characters are dropped: a typed username cannot forge a line of the log.
    /// </summary>
    public static string Key(string username)
    {
        var key = string.Concat(username.Trim().ToLowerInvariant().Where(c => !char.IsControl(c)));
        return key.Length <= AuthModel.MaxUsername ? key : key[..AuthModel.MaxUsername];
    }
}
