namespace TriageBot.Cards.Model;

/// <summary>Runs of plain text. Used for anything quoted verbatim, because runs are not markdown.</summary>
public sealed record RichTextBlock : DisplayElement
{
    public required IReadOnlyList<TextRun> Inlines { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
