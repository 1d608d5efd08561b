using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TriageBot.Cards.Model;

/// <summary>An Adaptive Card at schema 1.5, the highest version Teams renders.</summary>
public sealed record AdaptiveCard
{
    public const string SchemaVersion = "1.5";

    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyOrder(-10)]
    public string Type { get; } = "AdaptiveCard";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-9)]
    public string? Schema { get; init; } = SchemaUrl;

    [JsonPropertyOrder(-8)]
    public string? Version { get; init; } = SchemaVersion;

    public IReadOnlyList<CardElement>? Body { get; init; }

    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>What a client that cannot render the card shows instead.</summary>
    public string? FallbackText { get; init; }

    /// <summary>What a voice assistant reads aloud.</summary>
    public string? Speak { get; init; }

    /// <summary>A two- or three-letter code; the renderer rejects region tags such as en-GB. The builders leave it out (see Blocks.Card).</summary>
    public string? Lang { get; init; }

    /// <summary>A card shown by Action.ShowCard: the version and schema belong to the outer card only.</summary>
    public static AdaptiveCard Nested(IReadOnlyList<CardElement> body, IReadOnlyList<CardAction>? actions = null) =>
        new() { Schema = null, Version = null, Body = body, Actions = actions };

    public JsonObject ToJson() => CardJson.ToJsonObject(this);

    public string ToJsonString(bool indented = false) => CardJson.ToJsonString(this, indented);

    /// <summary>The card's size as sent (compact UTF-8 JSON), the figure the size budget is checked against.</summary>
    public int Utf8Size() => CardJson.Utf8Size(this);
}
