namespace TriageBot.Cards.Model;

/// <summary>Action.ToggleVisibility: shows or hides the elements with these ids.</summary>
public sealed record ToggleVisibilityAction : CardAction
{
    public required IReadOnlyList<string> TargetElements { get; init; }
}
