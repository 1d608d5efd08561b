using TriageBot.Dialogs.QuestionBank;

namespace TriageBot.Dialogs.Tests.QuestionBank;

/// <summary>ShouldAsk, Evidence and IsImmediateDanger behave as the real files say.</summary>
public sealed class QuestionRulesTests
{
    /// <summary>Walks a topic the way the flow will: ask each question whose askWhen holds, record the scripted answer.</summary>
    private static List<string> Walk(string topicId, Dictionary<string, Answer> script)
    {
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        var asked = new List<string>();
        foreach (var q in Bank.Topic(topicId).Questions)
        {
            if (!QuestionRules.ShouldAsk(q, answers))
            {
                continue;
            }

            asked.Add(q.Id);
            if (script.TryGetValue(q.Id, out var answer))
            {
                answers[q.Id] = answer;
            }
        }

        return asked;
    }

    [Theory]
    [InlineData("soiled")]
    [InlineData("none")]
    public void Soiled_or_no_bedding_evidences_poor_home_conditions(string bedding)
    {
        var hit = Assert.Single(QuestionRules.Evidence(Bank.Question("neglect.home.bedding"), Answer.Choice(bedding)));

        Assert.Equal("ply.l3.housing.2", hit.IndicatorId);
        Assert.Equal("neglect.home.bedding", hit.QuestionId);
        Assert.Equal("Poor home conditions e.g. no bedding, unhygienic conditions", Bank.PackIndicators[hit.IndicatorId]);
        Assert.Contains("no bedding", hit.Rationale, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("adequate")]
    [InlineData("dirty")]
    [InlineData("not-known")]
    public void Adequate_merely_dirty_or_unknown_bedding_evidences_nothing(string bedding)
    {
        Assert.Empty(QuestionRules.Evidence(Bank.Question("neglect.home.bedding"), Answer.Choice(bedding)));
    }

    [Fact]
    public void A_multi_choice_answer_evidences_each_matching_rule()
    {
        var hits = QuestionRules.Evidence(Bank.Question("neglect.home.kitchen"), Answer.Choices("food-mouldy", "not-enough-food"));

        Assert.Equal(["ply.l3.housing.2", "ply.l2.basic-care.4"], hits.Select(h => h.IndicatorId));
    }

    [Fact]
    public void Home_condition_questions_are_asked_only_when_the_worry_is_the_home()
    {
        var homeQuestions = Bank.Topic("neglect").Questions
            .Where(q => q.Subheading == "If concerns are the home conditions are filthy: think about").Select(q => q.Id).ToList();
        var childQuestions = Bank.Topic("neglect").Questions.Where(q => q.Subheading == "Child presents as unkempt:-").Select(q => q.Id).ToList();

        var unkempt = Walk("neglect", new Dictionary<string, Answer> { ["neglect.worry"] = Answer.Choice("unkempt") });
        var home = Walk("neglect", new Dictionary<string, Answer> { ["neglect.worry"] = Answer.Choice("home") });
        var both = Walk("neglect", new Dictionary<string, Answer> { ["neglect.worry"] = Answer.Choice("both") });

        Assert.Equal(9, homeQuestions.Count);
        Assert.Equal(["neglect.worry", .. childQuestions], unkempt);
        Assert.Equal(["neglect.worry", .. homeQuestions], home);
        Assert.Equal(["neglect.worry", .. homeQuestions, .. childQuestions], both);
    }

    [Fact]
    public void A_question_gated_on_an_unanswered_question_is_not_asked()
    {
        Assert.Equal(["neglect.worry"], Walk("neglect", new Dictionary<string, Answer>()));
        Assert.False(QuestionRules.ShouldAsk(Bank.Question("mental-health.parent.child-whereabouts"), new Dictionary<string, Answer>
        {
            ["mental-health.whose"] = Answer.Choice("child"),
        }));
    }

    [Fact]
    public void A_child_who_says_a_parent_hurt_them_has_made_a_disclosure_of_physical_harm()
    {
        var script = new Dictionary<string, Answer>
        {
            ["disclosures.kind"] = Answer.Choices("physical"),
            ["disclosures.words"] = Answer.OfText("mummy's friend hits me"),
            ["disclosures.about"] = Answer.Choice("parent"),
        };

        var hits = Walk("disclosures", script).SelectMany(id => script.TryGetValue(id, out var a) ? QuestionRules.Evidence(Bank.Question(id), a) : []).ToList();

        var hit = Assert.Single(hits);
        Assert.Equal("ply.a1.1", hit.IndicatorId);
        Assert.Equal("Child has made a disclosure of physical or sexual harm", Bank.PackIndicators[hit.IndicatorId]);
        Assert.Empty(QuestionRules.Evidence(Bank.Question("disclosures.kind"), Answer.Choices("emotional", "neglect")));
    }

    [Theory]
    [InlineData(0, null, true)]        // no previous incidents: no history with the victim
    [InlineData(3, "same", false)]     // history with this victim
    [InlineData(3, "different", true)] // previous incidents were someone else's
    [InlineData(3, "not-known", true)]
    [InlineData(-1, null, true)]       // -1 stands for "not known" in this table
    public void The_perpetrator_history_question_is_asked_only_when_there_is_no_known_history_with_the_victim(int previous, string? samePerpetrator, bool asked)
    {
        var script = new Dictionary<string, Answer>
        {
            ["domestic-abuse.previous"] = previous < 0 ? Answer.NotKnown : Answer.OfNumber(previous),
        };
        if (samePerpetrator is not null)
        {
            script["domestic-abuse.same-perpetrator"] = Answer.Choice(samePerpetrator);
        }

        var walk = Walk("domestic-abuse", script);

        Assert.Equal(asked, walk.Contains("domestic-abuse.perpetrator-history"));
        Assert.Equal(previous > 0, walk.Contains("domestic-abuse.same-perpetrator"));
        Assert.Equal(previous > 0, walk.Contains("domestic-abuse.previous-outcome"));
    }

    [Theory]
    [InlineData(new[] { "not-present" }, false)]
    [InlineData(new[] { "present" }, true)]
    [InlineData(new[] { "witnessed", "hurt" }, true)]
    public void Whether_the_child_was_held_is_asked_only_if_the_child_was_present(string[] presence, bool asked)
    {
        var walk = Walk("domestic-abuse", new Dictionary<string, Answer> { ["domestic-abuse.child-present"] = Answer.Choices(presence) });

        Assert.Equal(asked, walk.Contains("domestic-abuse.child-held"));
    }

    [Fact]
    public void A_child_hurt_in_a_domestic_abuse_incident_evidences_both_exposure_and_failure_to_protect()
    {
        var hits = QuestionRules.Evidence(Bank.Question("domestic-abuse.child-present"), Answer.Choices("witnessed", "hurt"));

        Assert.Equal(["ply.l3.guidance-boundaries.3", "ply.l4.basic-care.7"], hits.Select(h => h.IndicatorId));
    }

    [Fact]
    public void Immediate_danger_is_rare_and_explicit_exactly_these_answers_in_the_whole_bank()
    {
        // Every answer value of every question, tried one at a time.
        var danger = Bank.Questions
            .SelectMany(q => q.Answer.Values.Select(v => (q, v)))
            .Where(x => QuestionRules.IsImmediateDanger(x.q, Answer.Choice(x.v)))
            .Select(x => $"{x.q.Id}={x.v}")
            .ToList();

        Assert.Equal(
            ["drugs-alcohol.parent.where=now-unsafe", "mental-health.parent.threatens-child=now", "mental-health.child.severity=emergency"],
            danger);
        Assert.All(Bank.Questions.Where(q => q.ImmediateDanger is not null), q => Assert.False(string.IsNullOrWhiteSpace(q.ImmediateDanger!.Rationale)));
    }

    [Fact]
    public void A_parent_too_intoxicated_to_care_for_the_children_now_is_appendix_1_and_immediate_danger()
    {
        var where = Bank.Question("drugs-alcohol.parent.where");

        Assert.True(QuestionRules.IsImmediateDanger(where, Answer.Choice("now-unsafe")));
        Assert.Equal("ply.a1.3", Assert.Single(QuestionRules.Evidence(where, Answer.Choice("now-unsafe"))).IndicatorId);
        Assert.False(QuestionRules.IsImmediateDanger(where, Answer.Choice("children-present")));
        Assert.False(QuestionRules.IsImmediateDanger(where, Answer.NotKnown));
    }

    [Fact]
    public void A_number_range_condition_matches_only_numbers_inside_it()
    {
        var topic = Bank.Parse("""
            {"topic": "t", "title": "T", "hint": "h", "source": "s", "questions": [
              {"id": "t.n", "text": "How many?", "authored": true, "answer": {"type": "number", "min": 0, "max": 10, "allowNotKnown": true},
               "evidence": [{"when": {"atLeast": 3}, "indicator": "ply.l3.housing.2", "rationale": "three or more"}]}]}
            """);
        var q = topic.Questions[0];

        Assert.Empty(QuestionRules.Evidence(q, Answer.OfNumber(2)));
        Assert.Single(QuestionRules.Evidence(q, Answer.OfNumber(3)));
        Assert.Empty(QuestionRules.Evidence(q, Answer.NotKnown));
        Assert.Equal("question t.n takes a number of at most 10", QuestionRules.Problem(q, Answer.OfNumber(11)));
    }

    public static TheoryData<string, Answer, string> Misfits => new()
    {
        { "neglect.home.bedding", Answer.Choice("filthy"), "not one of its answers (none, soiled, dirty, adequate)" },
        { "neglect.home.bedding", Answer.Choices("none", "soiled"), "takes one value, not 2" },
        { "neglect.home.faeces", Answer.OfText("yes"), "takes a yes-no answer, not a text" },
        { "neglect.home.faeces", Answer.Choice("maybe"), "not one of its answers (yes, no)" },
        { "neglect.worry", Answer.NotKnown, "does not accept 'not known'" },
        { "domestic-abuse.previous", Answer.OfNumber(-1), "at least 0" },
        { "domestic-abuse.what", Answer.Choices("verbal", "verbal"), "the same value twice" },
        { "disclosures.when", Answer.OfNumber(3), "takes a date answer" },
    };

    [Theory]
    [MemberData(nameof(Misfits))]
    public void An_answer_the_question_cannot_take_is_refused_naming_the_question(string questionId, Answer answer, string message)
    {
        var q = Bank.Question(questionId);

        var error = Assert.Throws<ArgumentException>(() => QuestionRules.Evidence(q, answer));
        Assert.Throws<ArgumentException>(() => QuestionRules.IsImmediateDanger(q, answer));
        Assert.Contains(questionId, error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("filthy", error.Message, StringComparison.Ordinal); // what was typed is never echoed
    }

    [Fact]
    public void Every_answer_value_of_every_question_fits_and_evaluates()
    {
        foreach (var q in Bank.Questions)
        {
            foreach (var value in q.Answer.Values)
            {
                Assert.Null(QuestionRules.Problem(q, Answer.Choice(value)));
            }
        }
    }
}
