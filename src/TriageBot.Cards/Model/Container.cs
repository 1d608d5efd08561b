namespace TriageBot.Cards.Model;

public sealed record Container : DisplayElement
{
    public required IReadOnlyList<CardElement> Items { get; init; }

    public ContainerStyle? Style { get; init; }

    /// <summary>Lets a styled container's background reach the card's edges, so a warning band is unmissable.</summary>
    public bool? Bleed { get; init; }

    public CardAction? SelectAction { get; init; }
}
