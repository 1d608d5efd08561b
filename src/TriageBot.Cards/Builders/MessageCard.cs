using System.Text;
using TriageBot.Cards.Model;
using TriageBot.Cards.Views;

namespace TriageBot.Cards.Builders;

/// <summary>A short message for help and errors: a title in words, plain text, optional command buttons.</summary>
public static class MessageCard
{
    public static CardResult Build(MessageView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        ViewChecks.Text(v.Title, "The message's title");
        ViewChecks.Text(v.Text, "The message's text");
        ArgumentNullException.ThrowIfNull(v.Buttons, "The message's buttons");
        if (v.Buttons.Count > 6)
        {
            throw new ArgumentException($"The message has {v.Buttons.Count} buttons; Teams shows at most 6.", nameof(v));
        }

        foreach (var button in v.Buttons)
        {
            ArgumentNullException.ThrowIfNull(button, "A message button");
            ViewChecks.Text(button.Title, "A button's title");
            ViewChecks.Text(button.Command, $"The command of button \"{button.Title}\"");
        }

        var style = v.Tone switch
        {
            MessageTone.Info => ContainerStyle.Emphasis,
            MessageTone.Warning => ContainerStyle.Warning,
            MessageTone.Problem => ContainerStyle.Attention,
            _ => throw new ArgumentOutOfRangeException(nameof(v), v.Tone, "Unknown message tone."),
        };
        var body = new List<CardElement>
        {
            new Container
            {
                Style = style,
                Items = [Blocks.Heading(v.Title, size: TextSize.Medium), Blocks.Verbatim(v.Text)],
            },
        };
        var actions = v.Buttons.Select(b => (CardAction)Blocks.Command(b.Title, b.Command)).ToList();
        var text = new StringBuilder().AppendLine(v.Title).Append(v.Text);
        if (v.Buttons.Count > 0)
        {
            text.AppendLine().Append("Options: ").Append(string.Join("; ", v.Buttons.Select(b => b.Title))).Append('.');
        }

        var card = Blocks.Card(body, actions, $"{v.Title}. {v.Text}");
        return CardBudget.Ensure(card, text.ToString(), "message card");
    }
}
