namespace TriageBot.Dialogs.Engine;

/// <summary>Turns a question into a message: plain text here, an Adaptive Card in the cards project.</summary>
public interface IPromptRenderer
{
    BotMessage Render(PromptSpec spec);
}
