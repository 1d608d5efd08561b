using System.Reflection;
using System.Text;
using System.Text.Json;
using TriageBot.Dialogs.QuestionBank;

namespace TriageBot.Dialogs.Tests.QuestionBank;

/// <summary>The embedded bank, the Plymouth pack's indicators and the source inventory, loaded once for all tests.</summary>
internal static class Bank
{
    private static readonly Lazy<IReadOnlyList<Topic>> _topics = new(QuestionBankLoader.LoadEmbedded);
    private static readonly Lazy<IReadOnlyDictionary<string, string>> _pack = new(LoadPackIndicators);

    public static IReadOnlyList<Topic> Topics => _topics.Value;

    public static IEnumerable<Question> Questions => Topics.SelectMany(t => t.Questions);

    public static Question Question(string id) => Questions.Single(q => q.Id == id);

    public static Topic Topic(string id) => Topics.Single(t => t.Id == id);

    /// <summary>Indicator id to verbatim text, from the pack embedded in TriageBot.Thresholds (what the engine will use).</summary>
    public static IReadOnlyDictionary<string, string> PackIndicators => _pack.Value;

    public static JsonElement Inventory()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "plymouth-2016-inventory.json");
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        return doc.RootElement.Clone();
    }

    public static Topic Parse(string json, string fileName = "t.json") =>
        QuestionBankLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), fileName);

    private static Dictionary<string, string> LoadPackIndicators()
    {
        var assembly = Assembly.Load("TriageBot.Thresholds");
        using var stream = assembly.GetManifestResourceStream("TriageBot.Thresholds.Packs.plymouth.json")
            ?? throw new InvalidOperationException("The Plymouth pack is not embedded in TriageBot.Thresholds.");
        using var doc = JsonDocument.Parse(stream);
        return doc.RootElement.GetProperty("indicators").EnumerateArray()
            .ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("text").GetString()!, StringComparer.Ordinal);
    }
}
