using System.Text;

namespace TriageBot.Dialogs.Engine;

/// <summary>Plain text with numbered options, plus the options as suggested replies (one tap in Teams).</summary>
public sealed class TextPromptRenderer : IPromptRenderer
{
    public BotMessage Render(PromptSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var text = new StringBuilder();
        if (spec.Problem is { } problem)
        {
            text.Append(problem).Append("\n\n");
        }

        if (spec.Progress is { } progress)
        {
            text.Append(progress.Describe()).Append('\n');
        }

        text.Append(spec.Text);
        for (var i = 0; i < spec.Choices.Count; i++)
        {
            text.Append('\n').Append(i + 1).Append(". ").Append(spec.Choices[i].Label);
        }

        if (Hint(spec) is { } hint)
        {
            text.Append("\n\n").Append(hint);
        }

        var replies = spec.Kind is PromptKind.Choice or PromptKind.Confirm or PromptKind.MultiChoice
            ? spec.Choices.Select(c => c.Label).ToList()
            : [];
        if (spec.AllowSkip && spec.Kind != PromptKind.Confirm)
        {
            replies.Add("Skip");
        }

        if (spec.AllowBack)
        {
            replies.Add("Back");
        }

        return new BotMessage(text.ToString(), SuggestedReplies: replies.Count > 0 ? replies : null);
    }

    private static string? Hint(PromptSpec spec)
    {
        var parts = new List<string>();
        parts.Add(spec.Kind switch
        {
            PromptKind.Choice or PromptKind.Confirm => "Reply with a number or the words.",
            PromptKind.MultiChoice => "Reply with one or more numbers, for example 1, 3.",
            PromptKind.Date => "Reply with a date such as 24/11/2026, or today or yesterday.",
            PromptKind.Number when spec.Min is { } min && spec.Max is { } max => $"Reply with a whole number from {min} to {max}.",
            PromptKind.Number => "Reply with a whole number.",
            _ => "",
        });
        if (spec.AllowSkip && spec.Kind != PromptKind.Confirm)
        {
            parts.Add("Type 'skip' if you don't know.");
        }

        if (spec.AllowBack)
        {
            parts.Add("Type 'back' to change your last answer.");
        }

        var hint = string.Join(" ", parts.Where(p => p.Length > 0));
        return hint.Length > 0 ? hint : null;
    }
}
