using System.Text.Json.Serialization;

namespace TriageBot.Cards.Tests.Support;

/// <summary>What Microsoft's renderer said about one card (see js/validate.js).</summary>
internal sealed record ValidationReport(
    [property: JsonPropertyName("events")] IReadOnlyList<ValidationEvent> Events,
    [property: JsonPropertyName("dropped")] IReadOnlyList<string> Dropped,
    [property: JsonPropertyName("changed")] IReadOnlyList<ValidationChange> Changed)
{
    public IReadOnlyList<string> Problems =>
    [
        .. Events.Select(e => $"{e.Phase} {e.Event}: {e.Message}"),
        .. Dropped.Select(d => $"dropped by the renderer (unknown property?): {d}"),
        .. Changed.Select(c => $"changed by the renderer: {c.Path} {c.Input} -> {c.Output}"),
    ];
}

internal sealed record ValidationEvent(
    [property: JsonPropertyName("phase")] string Phase,
    [property: JsonPropertyName("event")] string Event,
    [property: JsonPropertyName("message")] string Message);

internal sealed record ValidationChange(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("input")] object? Input,
    [property: JsonPropertyName("output")] object? Output);
