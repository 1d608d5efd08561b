namespace TriageBot.Cards.Views;

/// <summary>Sets the band colour of a message; the title must say the same in words.</summary>
public enum MessageTone
{
    Info,
    Warning,
    Problem,
}
