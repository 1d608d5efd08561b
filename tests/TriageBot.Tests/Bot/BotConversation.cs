using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TriageBot.Tests.Bot;

/// <summary>
/// One conversation with the bot over <c>POST /api/messages</c>, shaped as Teams sends it, with
/// <c>deliveryMode: expectReplies</c> so the replies come back in the response. Card presses send the
/// <c>data</c> of the button in the last card, as Teams does for Action.Submit.
/// </summary>
internal sealed class BotConversation(HttpClient http, string conversationId, string conversationType = "personal")
{
    public const string BotId = "28:triagebot-app-id";
    public const string TenantId = "72f988bf-0000-0000-0000-000000000000";
    private int _sent;

    public IReadOnlyList<JsonObject> LastReplies { get; private set; } = [];

    public List<JsonObject> AllReplies { get; } = [];

    /// <summary>The plain text of the last replies, joined.</summary>
    public string LastText => string.Join("\n", LastReplies.Select(Words));

    /// <summary>
    /// The words a person gets for a reply: its text, or on Teams, where a card's reply carries no text (Teams would
    /// show it twice), its summary.
    /// </summary>
    public static string? Words(JsonObject reply) => (string?)reply["text"] ?? (string?)reply["summary"];

    public Task<IReadOnlyList<JsonObject>> SayAsync(string text) => SendAsync(new JsonObject { ["text"] = text });

    /// <summary>
    /// Presses the Action.Submit titled <paramref name="title"/> on the last card, or, when the card lists the options as
    /// a choice input, picks that option and sends it (cards number their options: "2. No").
    /// </summary>
    public Task<IReadOnlyList<JsonObject>> PressAsync(string title)
    {
        if (LastCard().OfType<JsonObject>().LastOrDefault(a => (string?)a["type"] == "Action.Submit" && Titled(a, title)) is { } action)
        {
            return SendAsync(new JsonObject { ["value"] = action["data"]!.DeepClone() });
        }

        var option = LastCard().OfType<JsonObject>()
            .Where(o => (string?)o["type"] == "Input.ChoiceSet")
            .SelectMany(o => o["choices"]!.AsArray().OfType<JsonObject>())
            .FirstOrDefault(c => Titled(c, title))
            ?? throw new InvalidOperationException($"No button or option '{title}' on the last card. Replies:\n{LastText}");
        return SubmitAsync((string)option["value"]!);
    }

    /// <summary>Fills the card's "answer" input with <paramref name="values"/> (a multi-select joins them with commas) and sends it.</summary>
    public Task<IReadOnlyList<JsonObject>> SubmitAsync(params string[] values)
    {
        var send = LastCardActions().FirstOrDefault(a => a["data"] is JsonObject d && d["answer"] is null && d["command"] is null)
            ?? throw new InvalidOperationException($"The last card has no send button. Replies:\n{LastText}");
        var data = send["data"]!.DeepClone().AsObject();
        data["answer"] = string.Join(",", values);
        return SendAsync(new JsonObject { ["value"] = data });
    }

    public async Task<IReadOnlyList<JsonObject>> SendAsync(JsonObject activity, string type = "message")
    {
        var response = await PostAsync(activity, type);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST /api/messages answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        LastReplies = [.. body["activities"]!.AsArray().Select(a => a!.AsObject())];
        AllReplies.AddRange(LastReplies);
        return LastReplies;
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string type, bool expectReplies = true)
    {
        _sent++;
        activity["type"] = type;
        activity["id"] ??= $"{conversationId}-{_sent}";
        activity["channelId"] ??= "msteams";
        activity["serviceUrl"] ??= "https://smba.trafficmanager.net/emea/";
        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        activity["locale"] ??= "en-GB";
        activity["from"] ??= new JsonObject { ["id"] = "29:1user", ["aadObjectId"] = "00000000-aaaa-bbbb-cccc-000000000001", ["name"] = "Sam Teacher" };
        activity["recipient"] ??= new JsonObject { ["id"] = BotId, ["name"] = "TriageBot" };
        activity["conversation"] ??= new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = TenantId, ["isGroup"] = conversationType != "personal" };
        activity["channelData"] ??= new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } };
        return http.PostAsJsonAsync("api/messages", activity);
    }

    private static bool Titled(JsonObject node, string title) =>
        (string?)node["title"] is { } t && (t == title || (t.EndsWith(". " + title, StringComparison.Ordinal) && t[..t.IndexOf('.', StringComparison.Ordinal)].All(char.IsAsciiDigit)));

    private IEnumerable<JsonObject> LastCardActions() =>
        LastCard().OfType<JsonObject>().Where(o => (string?)o["type"] == "Action.Submit");

    private IEnumerable<JsonNode> LastCard()
    {
        var card = LastReplies.Select(r => r["attachments"]?[0]?["content"]).LastOrDefault(c => c is not null)
            ?? throw new InvalidOperationException($"The last replies have no card. Replies:\n{LastText}");
        return Descendants(card);
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var d in Descendants(child))
            {
                yield return d;
            }
        }
    }
}
