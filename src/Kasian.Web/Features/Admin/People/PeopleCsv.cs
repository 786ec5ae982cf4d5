using System.Globalization;
using Kasian.Core.Memos;
using Kasian.Core.Organisation;
using Kasian.Web.Common;
using Kasian.Web.Data;
using Kasian.Web.Features.Admin.Appointments;
using Microsoft.EntityFrameworkCore;

namespace Kasian.Web.Features.Admin.People;

/// <summary>One good row of a people file: a person to create and, when a position is named, their appointment.</summary>
public sealed record ImportRow(int Line, Person Person, string Password, Position? Position, CapacityKind Kind, DateOnly From, string? OrderReference);

/// <summary>
/// Reads a people file and checks every row the way the API checks one person and one appointment, so the import is
/// all or nothing: either every row is good, or each bad row is reported by its line and nothing is written.
/// </summary>
public static class PeopleCsv
{
    public const int MaxRows = 300;

    public static readonly string[] Columns = ["username", "displayName", "email", "password", "roles", "position", "kind", "from", "orderReference"];

    private static readonly string[] Required = ["username", "displayName", "password"];

    public static async Task<(List<ImportRow> Rows, Dictionary<string, string[]> Errors)> CheckAsync(
        string text, SignedIn actor, KasianDbContext db, DateOnly today, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var rows = new List<ImportRow>();
        var (records, unclosed) = CsvRecords.Read(text);
        if (unclosed is { } at) return (rows, Error(errors, at, "A quoted field that starts on this line never ends: a closing \" is missing."));
        if (records.Count == 0) return (rows, Error(errors, 1, $"The file is empty. Its first line must be the header: {string.Join(',', Columns)}."));
        var (columns, headerError) = Header(records[0]);
        if (headerError is not null) return (rows, Error(errors, records[0].Line, headerError));
        if (records.Count - 1 > MaxRows) return (rows, Error(errors, records[MaxRows + 1].Line, $"A file may hold at most {MaxRows} people; split it into several files."));

        var positions = await db.Positions.AsNoTracking().Where(p => p.OrganisationId == actor.OrganisationId).ToDictionaryAsync(p => p.Code, ct);
        var usernames = records.Skip(1).Select(r => Cell(r, columns, "username")?.Trim().ToLowerInvariant()).OfType<string>().ToList();
        var taken = (await db.People.Where(p => usernames.Contains(p.Username)).Select(p => p.Username).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var spans = new Dictionary<Guid, List<AppointmentSpan>>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var record in records.Skip(1))
        {
            var messages = new List<string>();
            if (record.Fields.Count > columns.Count) messages.Add($"The line has {record.Fields.Count} fields; the header has {columns.Count}. Put a field holding a comma in double quotes.");
            var checks = new Checks();
            string? Get(string column) => Cell(record, columns, column);
            var username = PersonFields.Username(checks, "username", Get("username"));
            var displayName = PersonInput.DisplayName(checks, "displayName", Get("displayName"));
            var email = PersonInput.Email(checks, "email", Get("email"));
            var password = Get("password");
            PersonFields.Password(checks, "password", password);
            var roles = PersonInput.Roles(checks, "roles", Get("roles")?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            if (PersonInput.GuardRoleChange(actor, Roles.None, roles) is { } forbidden) checks.Fail("roles", forbidden.Detail);
            var (position, kind, from, order) = AppointmentOf(checks, Get, positions, today);
            messages.AddRange(checks.Problem?.Errors?.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")) ?? []);

            if (username is not null && seen.TryGetValue(username, out var first)) messages.Add($"username: '{username}' is also on line {first}.");
            else if (username is not null && taken.Contains(username)) messages.Add($"username: '{username}' is taken (usernames are unique across the installation).");
            if (username is not null) seen.TryAdd(username, record.Line);

            var person = new Person { OrganisationId = actor.OrganisationId, Username = username ?? "", DisplayName = displayName ?? "", Email = email, PasswordHash = "", Roles = roles };
            if (position is not null && messages.Count == 0)
            {
                if (!spans.TryGetValue(position.Id, out var inPosition)) spans[position.Id] = inPosition = await AppointmentRules.InPositionAsync(db, position.Id, ct);
                var span = new AppointmentSpan(Guid.CreateVersion7(), person.Id, person.DisplayName, kind, from, null);
                if (AppointmentRules.Clash(inPosition, span, position.Code) is { } clash) messages.Add($"position: {clash.Detail}");
                else inPosition.Add(span);
            }
            if (messages.Count > 0) errors[$"line {record.Line}"] = [.. messages];
            else rows.Add(new ImportRow(record.Line, person, password!, position, kind, from, order));
        }
        return (rows, errors);
    }

    /// <summary>The appointment a row asks for: none unless it names a position; holder from today unless it says otherwise.</summary>
    private static (Position?, CapacityKind, DateOnly, string?) AppointmentOf(Checks checks, Func<string, string?> get, Dictionary<string, Position> positions, DateOnly today)
    {
        var code = checks.Optional("position", get("position"), 64)?.ToLowerInvariant();
        var (kindText, fromText, orderText) = (get("kind"), get("from"), get("orderReference"));
        if (code is null)
        {
            foreach (var (column, value) in new[] { ("kind", kindText), ("from", fromText), ("orderReference", orderText) })
                if (Checks.HasVisibleText(value)) checks.Fail(column, $"{column} is for an appointment, so it needs a position.");
            return (null, CapacityKind.Holder, today, null);
        }
        var kind = Checks.HasVisibleText(kindText) ? AppointmentKinds.Parse(kindText) : CapacityKind.Holder;
        if (kind is null) checks.Fail("kind", $"The kind must be {AppointmentKinds.Allowed}; '{kindText!.Trim()}' is not.");
        var from = today;
        if (Checks.HasVisibleText(fromText) && !DateOnly.TryParseExact(fromText!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out from))
            checks.Fail("from", $"'{fromText.Trim()}' is not a date as yyyy-MM-dd (Gregorian, e.g. 2026-12-01).");
        var order = checks.Optional("orderReference", orderText, 300);
        if (!positions.TryGetValue(code, out var position)) checks.Fail("position", $"Your office has no position with the code '{code}'.");
        else if (!position.Active) checks.Fail("position", $"The position '{code}' is abolished; nobody is appointed to it any more.");
        return (position, kind ?? CapacityKind.Holder, from, order);
    }

    /// <summary>Column name → index, or what is wrong with the header.</summary>
    private static (Dictionary<string, int> Columns, string? Error) Header(CsvRecord header)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var expected = $"The header names the columns {string.Join(',', Columns)}";
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var text = header.Fields[i].Trim();
            if (Columns.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase)) is not { } name)
                return (columns, $"{expected}; '{text}' is not one of them.");
            if (!columns.TryAdd(name, i)) return (columns, $"{expected}; '{name}' appears twice.");
        }
        var missing = Required.Where(c => !columns.ContainsKey(c)).ToList();
        return (columns, missing.Count == 0 ? null : $"{expected}; {string.Join(", ", missing)} must be among them.");
    }

    private static string? Cell(CsvRecord record, Dictionary<string, int> columns, string column) =>
        columns.TryGetValue(column, out var i) && i < record.Fields.Count ? record.Fields[i] : null;

    private static Dictionary<string, string[]> Error(Dictionary<string, string[]> errors, int line, string message)
    {
        errors[$"line {line}"] = [message];
        return errors;
    }
}
