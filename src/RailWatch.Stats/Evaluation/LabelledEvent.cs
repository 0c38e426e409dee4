namespace RailWatch.Stats.Evaluation;

public enum EventKind
{
    Spike,
    Sustained,
    Decrease,
}

/// <summary>An injected change of a synthetic yard's mean: ×<paramref name="Factor"/> from <paramref name="Start"/> to <paramref name="End"/> inclusive.</summary>
public sealed record LabelledEvent(string YardId, EventKind Kind, DateOnly Start, DateOnly End, double Factor);
