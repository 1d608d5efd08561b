namespace TriageBot.Cards.Model;

public sealed record Image : DisplayElement
{
    public required Uri Url { get; init; }

    /// <summary>Required here (optional in the schema): every image must say what it shows to a screen reader.</summary>
    public required string AltText { get; init; }

    public ImageSize? Size { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
