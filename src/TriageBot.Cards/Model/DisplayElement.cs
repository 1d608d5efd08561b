using System.Text.Json.Serialization;

namespace TriageBot.Cards.Model;

/// <summary>An element that shows something; its id is optional (needed only as a ToggleVisibility target).</summary>
public abstract record DisplayElement : CardElement
{
    [JsonPropertyOrder(-5)]
    public string? Id { get; init; }
}
