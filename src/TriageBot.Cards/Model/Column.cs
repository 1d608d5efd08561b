using System.Text.Json.Serialization;

namespace TriageBot.Cards.Model;

/// <summary>A column of a <see cref="ColumnSet"/>; not a body element on its own.</summary>
public sealed record Column
{
    [JsonPropertyOrder(-10)]
    public string Type { get; } = "Column";

    [JsonPropertyOrder(-5)]
    public string? Id { get; init; }

    public required IReadOnlyList<CardElement> Items { get; init; }

    /// <summary>"auto", "stretch" or a weight such as "2" (the schema allows these words or a number).</summary>
    public string? Width { get; init; }

    public ContainerStyle? Style { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }

    public CardAction? SelectAction { get; init; }
}
