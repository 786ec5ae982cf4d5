namespace Kasian.Core.Engine;

/// <summary>The engine's answer: the events to append, or a refusal. Never both, never neither.</summary>
public sealed class Decision
{
    private Decision(IReadOnlyList<MemoEvent> events, Refusal? refusal)
    {
        Events = events;
        Refusal = refusal;
    }

    public IReadOnlyList<MemoEvent> Events { get; }

    public Refusal? Refusal { get; }

    public bool IsAccepted => Refusal is null;

    public static Decision Accept(params MemoEvent[] events) => new(events, null);

    public static Decision Refuse(RefusalCode code, string message) => new([], new Refusal(code, message));
}
