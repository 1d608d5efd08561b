namespace TriageBot.Cards.Model;

/// <summary>Action.ShowCard: reveals a nested card in place (build it with <see cref="AdaptiveCard.Nested"/>).</summary>
public sealed record ShowCardAction : CardAction
{
    public required AdaptiveCard Card { get; init; }
}
