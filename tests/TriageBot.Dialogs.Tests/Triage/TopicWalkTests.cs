using Microsoft.Extensions.Time.Testing;
using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Storage;

namespace TriageBot.Dialogs.Tests.Triage;

/// <summary>Every topic walked end to end, once pressing card buttons and once typing, to the engine's answer.</summary>
public sealed class TopicWalkTests
{
    public static TheoryData<string, bool> Topics()
    {
        var data = new TheoryData<string, bool>();
        foreach (var topic in TriageHarness.Content.Topics)
        {
            data.Add(topic.Id, true);
            data.Add(topic.Id, false);
        }

        return data;
    }

    // Answers every question with its first option (or yes, a number, a date, words): the "worst" answers
    // are not the point here; reaching the answer through every question of the topic is.
    private static (string? Text, object? Card) Answer(PromptSpec p, string topic, bool byCard) => p.QuestionId switch
    {
        "triage.immediate-danger" => byCard ? (null, new { answer = "no", nonce = p.Nonce }) : ("no", null),
        "triage.worries" => byCard ? (null, new { answer = topic, nonce = p.Nonce }) : (TriageHarness.Content.Topic(topic).Title, null),
        "triage.consent" => byCard ? (null, new { answer = "given", nonce = p.Nonce }) : ("1", null),
        _ => p.Kind switch
        {
            PromptKind.Confirm => byCard ? (null, new { answer = "yes", nonce = p.Nonce }) : ("yes", null),
            PromptKind.Choice => byCard ? (null, new { answer = p.Choices[0].Value, nonce = p.Nonce }) : ("1", null),
            PromptKind.MultiChoice => byCard ? (null, new { answer = p.Choices[0].Value, nonce = p.Nonce }) : ("1", null),
            PromptKind.Number => byCard ? (null, new { answer = (p.Min ?? 1).ToString(System.Globalization.CultureInfo.InvariantCulture), nonce = p.Nonce }) : ((p.Min ?? 1).ToString(System.Globalization.CultureInfo.InvariantCulture), null),
            PromptKind.Date => byCard ? (null, new { answer = "2026-11-20", nonce = p.Nonce }) : ("20/11/2026", null),
            _ => byCard ? (null, new { answer = "In the professional's own words.", nonce = p.Nonce }) : ("In the professional's own words.", null),
        },
    };

    [Theory]
    [MemberData(nameof(Topics))]
    public async Task Topic_is_walked_question_by_question_to_the_answer(string topic, bool byCard)
    {
        var runner = TriageHarness.Runner(new MemoryStorage(TimeProvider.System), new FakeTimeProvider(TriageHarness.TuesdayMorning));
        var asked = new List<string>();
        var replies = await TriageHarness.PlayAsync(runner, $"{topic}-{byCard}", p =>
        {
            asked.Add(p.QuestionId ?? "");
            return Answer(p, topic, byCard);
        });

        // Every question of the topic whose conditions held was asked once, in source order.
        var bank = TriageHarness.Content.Topic(topic).Questions.Select(q => q.Id).ToList();
        var topicQuestions = asked.Where(bank.Contains).ToList();
        Assert.NotEmpty(topicQuestions);
        Assert.Equal(topicQuestions.Distinct(), topicQuestions);
        Assert.Equal(topicQuestions.OrderBy(bank.IndexOf), topicQuestions);

        // It ends with the engine's answer (or the plain "no indicator matched"), with the consent step given.
        var last = replies[^1];
        Assert.True(
            last.Text.Contains("Level ", StringComparison.Ordinal) || last.Text.Contains("No threshold indicator matched", StringComparison.Ordinal),
            last.Text);
        Assert.NotNull(last.AdaptiveCardJson);
        Assert.DoesNotContain(replies, r => r.Text.StartsWith("Sorry, something went wrong", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Several_topics_combine_into_one_assessment()
    {
        var runner = TriageHarness.Runner(new MemoryStorage(TimeProvider.System), new FakeTimeProvider(TriageHarness.TuesdayMorning));
        var replies = await TriageHarness.PlayAsync(runner, "combined", p => p.QuestionId switch
        {
            "triage.immediate-danger" => ("no", null),
            "triage.age" => ("5", null),
            "triage.worries" => (null, new { answer = new[] { "neglect", "domestic-abuse" }, nonce = p.Nonce }),
            "neglect.worry" => (null, new { answer = "home", nonce = p.Nonce }),
            "neglect.home.bedding" => (null, new { answer = p.Choices.First(c => c.Value != "ok" && c.Value != "not-known").Value, nonce = p.Nonce }),
            "triage.consent" => ("Not asked yet", null),
            "triage.consent-risk" => ("no", null),
            _ => ("skip", null),
        });

        var asked = replies.Select(r => r.Text).ToList();
        Assert.Contains(asked, t => t.Contains("Neglect", StringComparison.Ordinal));
        Assert.Contains(asked, t => t.Contains("Domestic abuse", StringComparison.Ordinal));
        Assert.Contains("Poor home conditions e.g. no bedding, unhygienic conditions", replies[^1].Text, StringComparison.Ordinal);
    }
}
