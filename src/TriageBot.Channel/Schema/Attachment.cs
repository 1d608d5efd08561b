using System.Text.Json;
using System.Text.Json.Serialization;

namespace TriageBot.Channel.Schema;

/// <summary>
/// A card or file carried by an activity (Activity spec, "Attachments"). <see cref="Content"/> is kept as raw
/// JSON so a card built elsewhere passes through byte for byte.
/// </summary>
public sealed class Attachment
{
    /// <summary>Media type of an Adaptive Card attachment.</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public RawJson? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
