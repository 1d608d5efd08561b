namespace TriageBot.Cards.Model;

/// <summary>
/// Text the card itself words. Hosts read its text as markdown, so verbatim text from documents or from the
/// professional belongs in a <see cref="RichTextBlock"/> (whose runs are never read as markdown).
/// </summary>
public sealed record TextBlock : DisplayElement
{
    public required string Text { get; init; }

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Wrap { get; init; }

    public TextBlockStyle? Style { get; init; }

    public int? MaxLines { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
