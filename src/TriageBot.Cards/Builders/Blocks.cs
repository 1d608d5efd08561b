using System.Text.Json.Nodes;
using TriageBot.Cards.Model;

namespace TriageBot.Cards.Builders;

/// <summary>
/// The few shapes every card is made of. Rule: words the card itself says go in TextBlocks; anything that came
/// from a document or from a person goes in a RichTextBlock run, which hosts never read as markdown, so an
/// underscore or asterisk in a source text is shown as written.
/// </summary>
internal static class Blocks
{
    public static TextBlock Heading(string text, TextColor? color = null, TextSize size = TextSize.Large) => new()
    {
        Text = text,
        Style = TextBlockStyle.Heading,
        Size = size,
        Weight = TextWeight.Bolder,
        Color = color,
        Wrap = true,
    };

    public static TextBlock SectionHeading(string text) => new()
    {
        Text = text,
        Style = TextBlockStyle.Heading,
        Size = TextSize.Medium,
        Weight = TextWeight.Bolder,
        Wrap = true,
        Spacing = Spacing.Medium,
        Separator = true,
    };

    public static TextBlock Words(string text, bool subtle = false, TextWeight? weight = null, TextSize? size = null) => new()
    {
        Text = text,
        IsSubtle = subtle ? true : null,
        Weight = weight,
        Size = size,
        Wrap = true,
    };

    public static RichTextBlock Verbatim(string text, bool subtle = false, TextWeight? weight = null, TextSize? size = null) => new()
    {
        Inlines = [Run(text, subtle, weight, size)],
    };

    public static TextRun Run(string text, bool subtle = false, TextWeight? weight = null, TextSize? size = null) => new()
    {
        Text = text,
        IsSubtle = subtle ? true : null,
        Weight = weight,
        Size = size,
    };

    /// <summary>A numbered list, one block per step so each wraps on a narrow phone screen.</summary>
    public static IEnumerable<CardElement> Numbered(IReadOnlyList<string> steps) =>
        steps.Select((step, i) => (CardElement)new RichTextBlock { Inlines = [Run($"{i + 1}. {step}")], Spacing = Spacing.Small });

    public static IEnumerable<CardElement> Bulleted(IReadOnlyList<string> items) =>
        items.Select(item => (CardElement)new RichTextBlock { Inlines = [Run($"• {item}")], Spacing = Spacing.Small });

    public static SubmitAction Submit(string title, JsonObject data, AssociatedInputs? inputs = null) =>
        new() { Title = title, Data = data, AssociatedInputs = inputs };

    /// <summary>A button that sends {"command": …} and ignores the card's inputs, so it works with a required field empty.</summary>
    public static SubmitAction Command(string title, string command, string? nonce = null)
    {
        var data = new JsonObject { [CardProtocol.CommandKey] = command };
        if (nonce is not null)
        {
            data[CardProtocol.NonceKey] = nonce;
        }

        return Submit(title, data, AssociatedInputs.None);
    }

    /// <summary>The "call 999" band, styled as attention but saying it in words first.</summary>
    public static Container Emergency(string heading, string sentence) => new()
    {
        Style = ContainerStyle.Attention,
        Bleed = true,
        Items =
        [
            Heading(heading, TextColor.Attention, TextSize.ExtraLarge),
            Words(sentence, weight: TextWeight.Bolder),
            new ActionSet { Actions = [Phones.Call("999")] },
        ],
    };

    public static TextBlock Footer() => new()
    {
        Text = Wording.Footer,
        Weight = TextWeight.Bolder,
        Wrap = true,
        Separator = true,
        Spacing = Spacing.Large,
    };

    public static AdaptiveCard Card(IReadOnlyList<CardElement> body, IReadOnlyList<CardAction>? actions, string fallback) => new()
    {
        Body = body,
        Actions = actions is { Count: > 0 } ? actions : null,
        FallbackText = fallback,
        Speak = fallback,
        // No "lang": adaptivecards 3.0.6 checks it with a global regex whose state flips between cards, so
        // every other card fails validation; Teams uses the reader's own language without it.
    };
}
