using Kasian.Web.Common;

namespace Kasian.Web.Features.Admin;

/// <summary>Usernames and passwords, checked the same way at first start, by administrators, by CSV import and by a person changing their own.</summary>
public static class PersonFields
{
    /// <summary>Long enough to resist guessing without forcing composition rules (NIST SP 800-63B).</summary>
    public const int MinPassword = 10;

    public const int MaxPassword = 128;

    public static string? Username(Checks checks, string field, string? value) =>
        checks.Code(field, value?.Trim().ToLowerInvariant(), 64, "The username");

    public static void Password(Checks checks, string field, string? value)
    {
        if (string.IsNullOrEmpty(value)) checks.Fail(field, $"A password of at least {MinPassword} characters is required.");
        else if (value.Length < MinPassword) checks.Fail(field, $"The password is {value.Length} characters; at least {MinPassword} are required.");
        else if (value.Length > MaxPassword) checks.Fail(field, $"The password is {value.Length} characters; at most {MaxPassword} are allowed.");
    }
}
