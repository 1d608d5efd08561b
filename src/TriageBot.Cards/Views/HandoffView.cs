namespace TriageBot.Cards.Views;

/// <summary>The contact to hand to the front door, its fields in the area's form order.</summary>
public sealed record HandoffView
{
    public required string AreaName { get; init; }

    /// <summary>"MASH Contact form".</summary>
    public required string FormName { get; init; }

    /// <summary>The fields in the order the area's form asks for them; a section the form lacks is left out.</summary>
    public required IReadOnlyList<HandoffField> Fields { get; init; }
}
