namespace TriageBot.Dialogs.Engine;

/// <summary>The words that interrupt any question, typed or sent as a card value {"command": "..."}.</summary>
public enum TurnCommand
{
    Help,
    Cancel,
    Back,
    Restart,
    Skip,
}
