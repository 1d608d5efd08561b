using System.Text.Json.Nodes;

namespace TriageBot.Cards.Tests.Support;

/// <summary>Finds things in a card's JSON the way a user meets them: every node, in reading order.</summary>
internal static class CardQuery
{
    public static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                {
                    foreach (var inner in Objects(child))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var inner in Objects(item))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    public static IEnumerable<JsonObject> OfType(JsonNode card, string type) =>
        Objects(card).Where(o => (string?)o["type"] == type);

    /// <summary>Every text a reader sees: TextBlock texts, TextRun texts, button titles, labels, facts.</summary>
    public static IEnumerable<string> Texts(JsonNode card) =>
        Objects(card).SelectMany(o => new[] { "text", "title", "label", "value", "placeholder" }
            .Select(key => o[key]).OfType<JsonValue>()
            .Select(v => v.TryGetValue<string>(out var s) ? s : null)
            .OfType<string>());

    public static string AllText(JsonNode card) => string.Join("\n", Texts(card));
}
