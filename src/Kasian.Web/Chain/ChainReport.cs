namespace Kasian.Web.Chain;

/// <summary>Where the record disagrees with its chain. <see cref="Code"/> is stable; <see cref="Detail"/> is for operators.</summary>
public sealed record Finding(string Code, Guid? MemoId, int? Sequence, string Detail)
{
    /// <summary>The memo's register number, when it has one (filled in after the pass, for the few memos named).</summary>
    public string? Number { get; init; }

    public override string ToString() =>
        MemoId is { } memo
            ? $"memo {memo:N}{(Number is null ? "" : $" ({Number})")}{(Sequence is { } s ? $" sequence {s}" : "")}: {Detail}"
            : Detail;
}

/// <summary>One organisation's chain as verified: how many events it links, its head, what was not yet sealed, and every finding in chain order.</summary>
public sealed record ChainReport(Guid OrganisationId, string OrganisationCode, long Events, long Position, string Head, int Unsealed, IReadOnlyList<Finding> Findings)
{
    public bool Intact => Findings.Count == 0;
}

/// <summary>Every organisation verified.</summary>
public sealed record VerifyReport(IReadOnlyList<ChainReport> Chains, TimeSpan Took)
{
    /// <summary>Digest files that could not be trusted (unreadable, badly signed, of an unknown organisation).</summary>
    public IReadOnlyList<Finding> FileFindings { get; init; } = [];

    public bool Intact => FileFindings.Count == 0 && Chains.All(c => c.Intact);

    public long Events => Chains.Sum(c => c.Events);

    public Finding? First => FileFindings.Concat(Chains.SelectMany(c => c.Findings)).FirstOrDefault();
}
