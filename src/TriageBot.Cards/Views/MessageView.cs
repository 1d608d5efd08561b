namespace TriageBot.Cards.Views;

/// <summary>A short message for help or errors: a title in words, plain text, and optional buttons.</summary>
public sealed record MessageView(string Title, string Text, MessageTone Tone = MessageTone.Info)
{
    public IReadOnlyList<CommandButton> Buttons { get; init; } = [];
}
