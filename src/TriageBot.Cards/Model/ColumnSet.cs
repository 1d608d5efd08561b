namespace TriageBot.Cards.Model;

public sealed record ColumnSet : DisplayElement
{
    public required IReadOnlyList<Column> Columns { get; init; }

    public ContainerStyle? Style { get; init; }

    public bool? Bleed { get; init; }

    public CardAction? SelectAction { get; init; }
}
