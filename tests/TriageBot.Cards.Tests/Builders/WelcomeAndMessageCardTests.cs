using System.Text;
using TriageBot.Cards.Builders;
using TriageBot.Cards.Tests.Support;
using TriageBot.Cards.Views;

namespace TriageBot.Cards.Tests.Builders;

public sealed class WelcomeAndMessageCardTests
{
    private static MessageView Help => new("Help", "Answer each question with the buttons, or type your answer. Type back, skip or cancel at any time.")
    {
        Buttons = [new CommandButton("Start again", CardProtocol.CommandStartAgain), new CommandButton("Who do I call now?", CardProtocol.CommandWhoToCall)],
    };

    private static MessageView Problem => new("Something went wrong", "I could not work out a recommendation. Nothing was lost: try again, or call the front door on 01752 668000.", MessageTone.Problem);

    [Fact]
    public void Match_their_snapshots_fit_the_budget_and_parse_in_Microsofts_renderer()
    {
        var welcome = WelcomeCard.Build(new WelcomeView("Plymouth"));
        var help = MessageCard.Build(Help);
        var problem = MessageCard.Build(Problem);

        Snapshot.Match("welcome", welcome.Card);
        Snapshot.Match("message-help", help.Card);
        Snapshot.Match("message-problem", problem.Card);
        Assert.All([welcome, help, problem], r => Assert.InRange(r.Card.Utf8Size(), 1, CardProtocol.MaxCardBytes));
        // The JSON sent is the card the snapshots check.
        Assert.All([welcome, help, problem], r => Assert.Equal(r.Card.ToJsonString(), Encoding.UTF8.GetString(r.Utf8Json.Span)));
        CardValidator.AssertValid(welcome.Card, help.Card, problem.Card);
    }

    [Fact]
    public void Welcome_leads_with_999_and_offers_the_three_ways_in()
    {
        var result = WelcomeCard.Build(new WelcomeView("Plymouth"));
        var json = result.Card.ToJson();

        Assert.Equal("tel:999", (string?)CardQuery.OfType(json["body"]![0]!, "Action.OpenUrl").Single()["url"]);
        var actions = json["actions"]!.AsArray();
        Assert.Equal(["start", "who-to-call", "help"], actions.Select(a => (string?)a!["data"]!["command"]));
        Assert.StartsWith("If a child is in immediate danger, call 999 now.", result.Text, StringComparison.Ordinal);
        Assert.Contains("TriageBot · Plymouth", result.Text, StringComparison.Ordinal);
        Assert.EndsWith("TriageBot advises; you decide. Talk to your safeguarding lead.", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_says_its_title_and_text_in_words_and_lists_its_options()
    {
        var result = MessageCard.Build(Help);

        Assert.Equal(
            "Help\nAnswer each question with the buttons, or type your answer. Type back, skip or cancel at any time.\nOptions: Start again; Who do I call now?.",
            result.Text.ReplaceLineEndings("\n"));
        Assert.Equal(["start-again", "who-to-call"], result.Card.ToJson()["actions"]!.AsArray().Select(a => (string?)a!["data"]!["command"]));
    }

    [Fact]
    public void A_problem_is_styled_as_attention_but_its_title_says_so()
    {
        var json = MessageCard.Build(Problem).Card.ToJson();

        var band = json["body"]![0]!;
        Assert.Equal("attention", (string?)band["style"]);
        Assert.Equal("Something went wrong", (string?)band["items"]![0]!["text"]);
        Assert.Null(json["actions"]);
    }

    [Fact]
    public void A_message_without_text_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => MessageCard.Build(new MessageView("Help", " ")));

        Assert.Contains("The message's text is missing or empty.", error.Message, StringComparison.Ordinal);
    }
}
