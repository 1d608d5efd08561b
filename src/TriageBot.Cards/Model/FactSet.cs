namespace TriageBot.Cards.Model;

public sealed record FactSet : DisplayElement
{
    public required IReadOnlyList<Fact> Facts { get; init; }
}
