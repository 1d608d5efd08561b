using System.Text.Json.Serialization;

namespace TriageBot.Cards.Model;

/// <summary>A button. The <c>type</c> discriminator is written first.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
public abstract record CardAction
{
    [JsonPropertyOrder(-5)]
    public string? Id { get; init; }

    [JsonPropertyOrder(-4)]
    public required string Title { get; init; }

    public ActionStyle? Style { get; init; }

    public string? Tooltip { get; init; }

    public ActionMode? Mode { get; init; }
}
