using System.Collections.Frozen;
using TriageBot.Dialogs.QuestionBank;
using TriageBot.Thresholds.Engine;

namespace TriageBot.Dialogs.Triage;

/// <summary>
/// What the conversation asks and answers with: the question bank and the area's threshold engine, checked
/// against each other once at start-up (every indicator the bank names must exist in the pack).
/// </summary>
public sealed class TriageContent
{
    private readonly FrozenDictionary<string, Topic> _topics;
    private readonly FrozenDictionary<string, (Topic Topic, Question Question)> _questions;

    public TriageContent(IReadOnlyList<Topic> topics, ThresholdEngine engine, string areaName)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
        AreaName = areaName;
        Topics = topics;
        var ids = engine.Pack.Indicators.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var problems = QuestionBankValidator.Validate(topics, ids);
        if (problems.Count > 0)
        {
            throw new InvalidDataException("The question bank does not fit the " + engine.Pack.Id + " pack:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }

        _topics = topics.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
        _questions = topics.SelectMany(t => t.Questions.Select(q => (q.Id, Pair: (t, q)))).ToFrozenDictionary(p => p.Id, p => p.Pair, StringComparer.Ordinal);
    }

    public ThresholdEngine Engine { get; }

    /// <summary>"Plymouth": how the area is named to users.</summary>
    public string AreaName { get; }

    /// <summary>Topics in the order they are offered.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    public Topic Topic(string id) => _topics.TryGetValue(id, out var topic) ? topic : throw new KeyNotFoundException($"No topic '{id}' in the question bank.");

    public bool HasTopic(string id) => _topics.ContainsKey(id);

    public (Topic Topic, Question Question)? FindQuestion(string id) => _questions.TryGetValue(id, out var found) ? found : null;

    /// <summary>The built-in question bank with the built-in Plymouth pack.</summary>
    public static TriageContent Plymouth(ThresholdEngine engine) => new(QuestionBankLoader.LoadEmbedded(), engine, "Plymouth");
}
