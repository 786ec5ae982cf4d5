using Kasian.Core.Memos;

namespace Kasian.Web.Data;

/// <summary>
/// One stored event: the envelope (memo, order, who, when, from where) around the engine's payload.
/// Rows are only ever inserted. The actor's name is copied in so the record reads the same after a
/// person is renamed or leaves.
/// </summary>
public sealed class MemoEventRecord
{
    public long Id { get; set; }

    public MemoId MemoId { get; set; }

    public int Sequence { get; set; }

    public required string Type { get; set; }

    public required string Payload { get; set; }

    public DateTimeOffset At { get; set; }

    public PersonId? ActorId { get; set; }

    public string? ActorUsername { get; set; }

    public string? ActorName { get; set; }

    public string? Address { get; set; }

    /// <summary>SHA-256 of the envelope and payload (<see cref="Chain.ContentHash.Of"/>), written with the row; the sealer chains it. Null only on rows older than the chain.</summary>
    public string? ContentHash { get; set; }
}
