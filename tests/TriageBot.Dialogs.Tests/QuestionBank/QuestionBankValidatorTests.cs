using TriageBot.Dialogs.QuestionBank;

namespace TriageBot.Dialogs.Tests.QuestionBank;

public sealed class QuestionBankValidatorTests
{
    private const string YesNo = """{"id": "t.a", "text": "A?", "authored": false, "answer": {"type": "yes-no"}}""";
    private const string Choice = """{"id": "t.b", "text": "B?", "authored": false, "answer": {"type": "choice", "options": [{"value": "x", "label": "X"}, {"value": "y", "label": "Y"}]}}""";
    private static readonly HashSet<string> _known = ["ply.l3.housing.2"];

    /// <summary>Adds properties to a one-line question object.</summary>
    private static string With(string question, string properties) => question[..^1] + ", " + properties + "}";

    private static string TopicJson(params string[] questions) =>
        $$"""{"topic": "t", "title": "T", "hint": "h", "source": "s", "questions": [{{string.Join(", ", questions)}}]}""";

    private static IReadOnlyList<QuestionBankProblem> Validate(params string[] questions) =>
        QuestionBankValidator.Validate([Bank.Parse(TopicJson(questions))], _known);

    [Fact]
    public void A_well_formed_topic_has_no_problems()
    {
        var problems = Validate(YesNo, Choice,
            """{"id": "t.c", "text": "C?", "authored": true, "answer": {"type": "number", "min": 0, "max": 9, "allowNotKnown": true},""" +
            """ "askWhen": [{"question": "t.b", "in": ["x"]}, {"question": "t.a", "in": ["no"]}], "contactField": "harmOrRisk",""" +
            """ "evidence": [{"when": {"atLeast": 2}, "indicator": "ply.l3.housing.2", "rationale": "r"}],""" +
            """ "immediateDanger": {"when": ["not-known"], "rationale": "r"}}""");

        Assert.Empty(problems);
    }

    public static TheoryData<string, string[], string, string> Faults => new()
    {
        { "unknown answer type", [YesNo.Replace("yes-no", "yesno", StringComparison.Ordinal)], "t.a", "unknown answer type 'yesno'" },
        { "choice without options", ["""{"id": "t.a", "text": "A?", "authored": false, "answer": {"type": "choice"}}"""], "t.a", "needs options" },
        { "multi-choice with empty options", ["""{"id": "t.a", "text": "A?", "authored": false, "answer": {"type": "multi-choice", "options": []}}"""], "t.a", "needs options" },
        { "options on a yes-no", ["""{"id": "t.a", "text": "A?", "authored": false, "answer": {"type": "yes-no", "options": [{"value": "x", "label": "X"}]}}"""], "t.a", "takes no options" },
        { "duplicate option value", ["""{"id": "t.a", "text": "A?", "authored": false, "answer": {"type": "choice", "options": [{"value": "x", "label": "X"}, {"value": "x", "label": "X2"}]}}"""], "t.a", "'x' appears twice" },
        { "evidence when value not among the options", [With(Choice, """ "evidence": [{"when": ["z"], "indicator": "ply.l3.housing.2", "rationale": "r"}] """)], "t.b", "names 'z', which is not among the answers" },
        { "evidence on not-known where not known is not offered", [With(YesNo, """ "evidence": [{"when": ["not-known"], "indicator": "ply.l3.housing.2", "rationale": "r"}] """)], "t.a", "names 'not-known'" },
        { "immediate danger when value not among the options", [With(Choice, """ "immediateDanger": {"when": ["maybe"], "rationale": "r"} """)], "t.b", "immediateDanger names 'maybe'" },
        { "number range on a choice", [With(Choice, """ "evidence": [{"when": {"atLeast": 1}, "indicator": "ply.l3.housing.2", "rationale": "r"}] """)], "t.b", "number range on a choice answer" },
        { "askWhen pointing at a later question", [With(YesNo, """ "askWhen": {"question": "t.b", "in": ["x"]} """), Choice], "t.a", "'t.b', which is not asked before it" },
        { "askWhen pointing at itself", [With(YesNo, """ "askWhen": {"question": "t.a", "in": ["yes"]} """)], "t.a", "not asked before it" },
        { "askWhen pointing at an unknown question", [With(YesNo, """ "askWhen": {"question": "t.nowhere", "in": ["yes"]} """)], "t.a", "unknown question 't.nowhere'" },
        { "askWhen value the earlier question cannot give", [Choice, With(YesNo, """ "askWhen": {"question": "t.b", "in": ["maybe"]} """)], "t.a", "askWhen on 't.b' names 'maybe'" },
        { "duplicate question id", [YesNo, YesNo.Replace("A?", "Again?", StringComparison.Ordinal)], "t.a", "duplicate question id" },
        { "indicator id not in the pack", [With(YesNo, """ "evidence": [{"when": ["yes"], "indicator": "ply.l9.nothing.1", "rationale": "r"}] """)], "t.a", "'ply.l9.nothing.1', which is not in the pack" },
        { "missing evidence rationale", [With(YesNo, """ "evidence": [{"when": ["yes"], "indicator": "ply.l3.housing.2"}] """)], "t.a", "has no rationale" },
        { "blank evidence rationale", [With(YesNo, """ "evidence": [{"when": ["yes"], "indicator": "ply.l3.housing.2", "rationale": " "}] """)], "t.a", "has no rationale" },
        { "missing immediate danger rationale", [With(YesNo, """ "immediateDanger": {"when": ["yes"]} """)], "t.a", "immediateDanger has no rationale" },
        { "unknown contact field", [With(YesNo, """ "contactField": "notes" """)], "t.a", "unknown contactField 'notes'" },
        { "id outside its topic", [YesNo.Replace("t.a", "other.a", StringComparison.Ordinal)], "other.a", "does not start with its topic" },
        { "min above max", ["""{"id": "t.a", "text": "A?", "authored": false, "answer": {"type": "number", "min": 5, "max": 1}}"""], "t.a", "min 5 is above max 1" },
        { "reserved not-known option", ["""{"id": "t.a", "text": "A?", "authored": false, "answer": {"type": "choice", "options": [{"value": "not-known", "label": "?"}]}}"""], "t.a", "reserved" },
        { "blank text", [YesNo.Replace("A?", " ", StringComparison.Ordinal)], "t.a", "text is blank" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void Reports_each_fault_naming_the_file_and_question(string fault, string[] questions, string questionId, string message)
    {
        var problems = Validate(questions);

        var problem = Assert.Single(problems, p => p.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal("t.json", problem.File);
        Assert.Equal(questionId, problem.QuestionId);
        Assert.StartsWith($"t.json: {questionId}: ", problem.ToString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(fault));
    }

    [Fact]
    public void Reports_every_problem_not_just_the_first()
    {
        var problems = Validate(
            YesNo.Replace("yes-no", "yesno", StringComparison.Ordinal),
            With(Choice, """ "evidence": [{"when": ["z"], "indicator": "ply.l9.nothing.1"}] """));

        Assert.Equal(4, problems.Count); // unknown type; unknown value, unknown indicator, no rationale on t.b
    }

    [Fact]
    public void Reports_topic_faults_with_the_file_and_no_question()
    {
        var topic = Bank.Parse(TopicJson(YesNo), "neglect.json");

        var problems = QuestionBankValidator.Validate([topic, topic]);

        Assert.Contains(problems, p => p is { File: "neglect.json", QuestionId: null } && p.Message.Contains("does not match its file name", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { File: "neglect.json", QuestionId: null } && p.Message.Contains("appears twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_pack_indicator_ids_are_not_checked()
    {
        var topic = Bank.Parse(TopicJson(With(YesNo, """ "evidence": [{"when": ["yes"], "indicator": "ply.l9.nothing.1", "rationale": "r"}] """)));

        Assert.Empty(QuestionBankValidator.Validate([topic]));
    }
}
