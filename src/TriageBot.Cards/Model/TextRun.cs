using System.Text.Json.Serialization;

namespace TriageBot.Cards.Model;

public sealed record TextRun
{
    [JsonPropertyOrder(-10)]
    public string Type { get; } = "TextRun";

    public required string Text { get; init; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Italic { get; init; }

    public bool? Highlight { get; init; }

    public CardAction? SelectAction { get; init; }
}
