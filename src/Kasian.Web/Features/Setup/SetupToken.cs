using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Kasian.Web.Features.Setup;

/// <summary>
/// The secret that first start asks for, so that whoever finds a fresh installation on the network cannot
/// make themselves its administrator. Configured (<c>Kasian:Setup:Token</c>) or made once per process and
/// written to the log at start, where only whoever started Kasian can read it.
/// </summary>
public sealed class SetupToken(IOptions<KasianOptions> options)
{
    private readonly Lazy<string> _value = new(() =>
        string.IsNullOrWhiteSpace(options.Value.Setup.Token)
            ? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))
            : options.Value.Setup.Token.Trim());

    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.Setup.Token);

    public string Value => _value.Value;

    /// <summary>Compares in constant time, so the answer's timing says nothing about how much of a guess was right.</summary>
    public bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate.Trim()), Encoding.UTF8.GetBytes(Value));
}
