using System.Text.Json;
using System.Text.Json.Serialization;

namespace TriageBot.Cards.Tests.Support;

/// <summary>Plymouth's 2016 texts, verbatim (a copy of shared/reference/plymouth-2016-inventory.json in Fixtures/).</summary>
internal sealed record PlymouthInventory(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("indicators")] IReadOnlyList<InventoryIndicator> Indicators,
    [property: JsonPropertyName("appendix1")] IReadOnlyList<string> Appendix1,
    [property: JsonPropertyName("appendix2")] IReadOnlyList<InventoryQuestion> Appendix2)
{
    public static PlymouthInventory Load { get; } =
        JsonSerializer.Deserialize<PlymouthInventory>(File.ReadAllText(TestPaths.Fixture("plymouth-2016-inventory.json")))
        ?? throw new InvalidOperationException("The Plymouth inventory fixture is empty.");

    public InventoryIndicator Indicator(string text) => Indicators.Single(i => i.Text == text);

    public InventoryQuestion Question(string text) => Appendix2.Single(q => q.Question == text);
}

internal sealed record InventoryIndicator(
    [property: JsonPropertyName("level")] int Level,
    [property: JsonPropertyName("domain")] string Domain,
    [property: JsonPropertyName("dimension")] string Dimension,
    [property: JsonPropertyName("text")] string Text);

internal sealed record InventoryQuestion(
    [property: JsonPropertyName("topic")] string Topic,
    [property: JsonPropertyName("prompt")] string? Prompt,
    [property: JsonPropertyName("question")] string Question);
