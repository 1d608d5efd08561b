using System.Globalization;
using System.Text;
using TriageBot.Cards.Model;
using TriageBot.Cards.Views;

namespace TriageBot.Cards.Builders;

/// <summary>The first card: what TriageBot does, the 999 reminder, and how to start.</summary>
public static class WelcomeCard
{
    private const string What = "I help you when you are worried about a child: I ask the questions the front door would ask, then tell you the level of need, who to contact now, and whether you need consent first.";

    private const string Typing = "You can also type: start, who to call, or help.";

    public static CardResult Build(WelcomeView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        ViewChecks.Text(v.AreaName, "The area's name");
        var body = new List<CardElement>
        {
            Blocks.Emergency("In immediate danger? Call 999", "If a child is in immediate danger, call 999 now, before anything else."),
            Blocks.Heading($"TriageBot · {v.AreaName}"),
            Blocks.Words(What),
            Blocks.Words(Typing, subtle: true),
            Blocks.Footer(),
        };
        CardAction[] actions =
        [
            Blocks.Command("I'm worried about a child", CardProtocol.CommandStart),
            Blocks.Command("Who do I call now?", CardProtocol.CommandWhoToCall),
            Blocks.Command("Help", CardProtocol.CommandHelp),
        ];
        var text = new StringBuilder()
            .AppendLine("If a child is in immediate danger, call 999 now.")
            .AppendLine(CultureInfo.InvariantCulture, $"TriageBot · {v.AreaName}")
            .AppendLine(What)
            .AppendLine("Type start to begin, who to call for the numbers to call now, or help.")
            .Append(Wording.Footer)
            .ToString();
        var card = Blocks.Card(body, actions, $"TriageBot · {v.AreaName}. If a child is in immediate danger, call 999 now.");
        return CardBudget.Ensure(card, text, "welcome card");
    }
}
