namespace TriageBot.Cards.Model;

/// <summary>Action.OpenUrl; with a <c>tel:</c> URL a phone dials the number.</summary>
public sealed record OpenUrlAction : CardAction
{
    public required Uri Url { get; init; }
}
