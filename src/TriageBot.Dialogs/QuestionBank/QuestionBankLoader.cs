using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TriageBot.Dialogs.QuestionBank;

/// <summary>Reads the question bank: the dialogs/*.json files embedded in this assembly, or any stream.</summary>
public static class QuestionBankLoader
{
    private const string ResourcePrefix = "TriageBot.Dialogs.QuestionBank.";

    /// <summary>
    /// The order topics are offered in: Appendix 2's seven topics as the document lists them, then the
    /// Appendix 1 checklist.
    /// </summary>
    public static IReadOnlyList<string> TopicOrder { get; } =
    [
        "neglect", "drugs-alcohol", "domestic-abuse", "mental-health", "lack-of-engagement", "injuries", "disclosures",
        "significant-harm",
    ];

    // Strict on purpose: a misspelt property ("askwhen") or a missing required one is an error, not a silent default.
    private static readonly JsonSerializerOptions _options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>
    /// Every topic embedded from dialogs/, in <see cref="TopicOrder"/>, checked by <see cref="QuestionBankValidator"/>
    /// (indicator ids are checked against a pack by the caller that has one).
    /// </summary>
    /// <exception cref="InvalidDataException">A file is missing, unexpected, malformed or invalid; the message lists every problem.</exception>
    public static IReadOnlyList<Topic> LoadEmbedded()
    {
        var assembly = typeof(QuestionBankLoader).Assembly;
        var embedded = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^".json".Length])
            .ToHashSet(StringComparer.Ordinal);

        // A new file nobody put in the order would otherwise never be asked.
        var unexpected = embedded.Except(TopicOrder).Order(StringComparer.Ordinal).ToList();
        var missing = TopicOrder.Where(t => !embedded.Contains(t)).ToList();
        if (unexpected.Count > 0 || missing.Count > 0)
        {
            throw new InvalidDataException(
                $"The embedded question bank does not match its topic order: missing [{string.Join(", ", missing)}], not in the order [{string.Join(", ", unexpected)}].");
        }

        var topics = TopicOrder.Select(t => LoadResource(assembly, t)).ToList();
        var problems = QuestionBankValidator.Validate(topics);
        if (problems.Count > 0)
        {
            throw new InvalidDataException("The embedded question bank is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }

        return topics;
    }

    /// <summary>Reads one topic file. It is not validated: call <see cref="QuestionBankValidator.Validate"/>.</summary>
    /// <param name="json">The file's UTF-8 JSON.</param>
    /// <param name="fileName">Named in errors and kept as <see cref="Topic.File"/>.</param>
    /// <exception cref="InvalidDataException">Malformed JSON or a property that is missing, unknown or of the wrong type; the message names the file and the JSON path.</exception>
    public static Topic Load(Stream json, string fileName = "question bank")
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var topic = JsonSerializer.Deserialize<Topic>(json, _options)
                ?? throw new InvalidDataException($"{fileName}: the file holds null, not a topic.");
            return topic with { File = fileName };
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{fileName}: {e.Message}", e);
        }
    }

    private static Topic LoadResource(Assembly assembly, string topic)
    {
        var fileName = topic + ".json";
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidDataException($"{fileName}: not embedded.");
        return Load(stream, fileName);
    }
}
