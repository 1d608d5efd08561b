using System.Text.Json;
using TriageBot.Dialogs.QuestionBank;

namespace TriageBot.Dialogs.Tests.QuestionBank;

/// <summary>The bank holds Appendix 2 and Appendix 1 of 001 word for word, and nothing else claims to come from them.</summary>
public sealed class AppendixCoverageTests
{
    private static readonly Dictionary<string, string> _topicOfHeading = new(StringComparer.Ordinal)
    {
        ["NEGLECT"] = "neglect",
        ["DRUGS / ALCOHOL"] = "drugs-alcohol",
        ["DOMESTIC ABUSE"] = "domestic-abuse",
        ["MENTAL HEALTH"] = "mental-health",
        ["LACK OF ENGAGEMENT"] = "lack-of-engagement",
        ["INJURIES"] = "injuries",
        ["DISCLOSURES"] = "disclosures",
    };

    private static List<(string Topic, string? Prompt, string Text)> Appendix2() =>
        [.. Bank.Inventory().GetProperty("appendix2").EnumerateArray().Select(e => (
            _topicOfHeading[e.GetProperty("topic").GetString()!],
            e.GetProperty("prompt").ValueKind == JsonValueKind.Null ? null : e.GetProperty("prompt").GetString(),
            e.GetProperty("question").GetString()!))];

    private static List<(string Topic, Question Question)> FromAppendix2() =>
        [.. Bank.Topics.SelectMany(t => t.Questions.Where(q => !q.Authored).Select(q => (t.Id, q)))];

    [Fact]
    public void Every_appendix_2_question_is_in_the_bank_verbatim_with_its_topic_and_subheading_in_source_order()
    {
        var source = Appendix2();
        var bank = FromAppendix2();

        Assert.Equal(89, source.Count);
        var mismatches = new List<string>();
        for (var i = 0; i < Math.Max(source.Count, bank.Count); i++)
        {
            if (i >= bank.Count)
            {
                mismatches.Add($"#{i}: missing from the bank: {source[i].Text}");
                continue;
            }

            if (i >= source.Count)
            {
                mismatches.Add($"#{i}: {bank[i].Question.Id} is not in Appendix 2: {bank[i].Question.Text}");
                continue;
            }

            var (topic, prompt, text) = source[i];
            var (bankTopic, q) = bank[i];
            if (q.Text != text || bankTopic != topic || q.Subheading != prompt)
            {
                mismatches.Add($"#{i}: {q.Id} [{bankTopic} / {q.Subheading}] \"{q.Text}\" should be [{topic} / {prompt}] \"{text}\"");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void No_question_marked_as_from_appendix_2_is_missing_from_the_inventory()
    {
        var texts = Appendix2().Select(s => s.Text).ToHashSet(StringComparer.Ordinal);

        var strangers = FromAppendix2().Where(b => !texts.Contains(b.Question.Text)).Select(b => b.Question.Id);

        Assert.Empty(strangers);
    }

    [Fact]
    public void Each_topic_file_names_its_appendix_2_heading_as_source_and_holds_that_heading_s_questions()
    {
        foreach (var group in Appendix2().GroupBy(s => s.Topic))
        {
            var topic = Bank.Topic(group.Key);
            var heading = _topicOfHeading.Single(h => h.Value == group.Key).Key;

            Assert.Equal($"001_9322bea10a27a627.txt, Appendix 2: {heading}", topic.Source);
            Assert.Equal(group.Count(), topic.Questions.Count(q => !q.Authored));
        }
    }

    [Fact]
    public void Topics_come_in_the_fixed_order_each_from_its_own_file()
    {
        Assert.Equal(QuestionBankLoader.TopicOrder, Bank.Topics.Select(t => t.Id));
        Assert.All(Bank.Topics, t => Assert.Equal(t.Id + ".json", t.File));
    }

    [Fact]
    public void Significant_harm_offers_the_14_appendix_1_signs_verbatim_each_evidencing_its_own_indicator()
    {
        var signs = Bank.Inventory().GetProperty("appendix1").EnumerateArray().Select(e => e.GetString()!).ToList();
        var question = Assert.Single(Bank.Topic("significant-harm").Questions);
        var options = question.Answer.Options!.Where(o => o.Value != "none").ToList();

        Assert.Equal(14, signs.Count);
        Assert.Equal(AnswerTypes.Parse("multi-choice"), question.Answer.Kind);
        Assert.Equal(signs, options.Select(o => o.Label));
        for (var i = 0; i < options.Count; i++)
        {
            var hit = Assert.Single(QuestionRules.Evidence(question, Answer.Choice(options[i].Value)));
            Assert.Equal($"ply.a1.{i + 1}", hit.IndicatorId);
            Assert.Equal(signs[i], Bank.PackIndicators[hit.IndicatorId]);
        }

        Assert.Empty(QuestionRules.Evidence(question, Answer.Choice("none")));
    }

    [Fact]
    public void Every_parents_aware_question_of_the_source_fills_the_parents_aware_field_that_steers_consent()
    {
        var awareness = Bank.Questions.Where(q =>
            q.Text.Contains("parents been made aware", StringComparison.Ordinal)
            || q.Text.StartsWith("Have parents been informed?", StringComparison.Ordinal)).ToList();

        Assert.Equal(9, awareness.Count); // eight "made aware" and the disclosures "informed" question
        Assert.All(awareness, q => Assert.Equal(ContactFields.ParentsAware, q.ContactField));
    }

    [Fact]
    public void Free_text_answers_fill_the_contact_and_evidence_nothing()
    {
        var textQuestions = Bank.Questions.Where(q => q.Answer.Kind == AnswerType.Text).ToList();

        Assert.NotEmpty(textQuestions);
        Assert.All(textQuestions, q =>
        {
            Assert.Empty(q.Evidence);
            Assert.Null(q.ImmediateDanger);
            Assert.NotNull(q.ContactField);
        });
        Assert.Equal(ContactFields.ChildsWords, Bank.Question("disclosures.words").ContactField);
        Assert.All(Bank.Questions.Where(q => q.Text.StartsWith("What prevention has already been attempted", StringComparison.Ordinal)),
            q => Assert.Equal(ContactFields.TriedAndByWhom, q.ContactField));
    }
}
