using System.Text.Json.Serialization;

namespace TriageBot.Cards.Model;

/// <summary>
/// An input. Its id is required: the host merges each input's value into the submitted data under that id.
/// Its label is required too (the schema leaves it optional): a screen reader announces it.
/// </summary>
public abstract record CardInput : CardElement
{
    [JsonPropertyOrder(-5)]
    public required string Id { get; init; }

    [JsonPropertyOrder(-4)]
    public required string Label { get; init; }

    public bool? IsRequired { get; init; }

    /// <summary>Shown when a required input is empty; say what to do, not just that it failed.</summary>
    public string? ErrorMessage { get; init; }
}
