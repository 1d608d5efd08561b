namespace TriageBot.Cards.Model;

/// <summary>Buttons placed in the body, where they sit next to what they act on.</summary>
public sealed record ActionSet : DisplayElement
{
    public required IReadOnlyList<CardAction> Actions { get; init; }
}
