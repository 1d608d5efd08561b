namespace TriageBot.Dialogs.Engine;

/// <summary>What the engine itself says; the host may replace any of it.</summary>
public sealed record EngineTexts
{
    public string Apology { get; init; } =
        "Sorry, something went wrong on my side. Your answers so far are kept. Type 'start again' to begin again, or try your last answer again.";

    public string AlreadyAnswered { get; init; } = "That card has already been answered; here is the current question.";

    public string Cancelled { get; init; } = "Cancelled: I've stopped asking questions. Send any message to start again.";

    public string StartingAgain { get; init; } = "Starting again from the beginning.";

    public string NothingToGoBackTo { get; init; } = "There is nothing to go back to: this is the first question.";

    public string BackUnavailable { get; init; } = "I can't go back from here: the earlier question is no longer saved. Carry on with this one, or type \"start again\".";

    public string BackNotAllowed { get; init; } = "You can't go back from this question.";

    public string CannotSkip { get; init; } = "This question needs an answer; it can't be skipped.";

    public string RecordedAsNotKnown { get; init; } = "I've recorded that as not known and moved on.";

    public string StateUnreadable { get; init; } = "Sorry, I could not read this conversation's saved answers, so we need to start again.";

    public string DefaultHelp { get; init; } = "Answer the question by pressing a button or typing your answer.";

    public string CommandsHelp { get; init; } =
        "You can also type: 'back' for the previous question, 'skip' or 'don't know' where a question allows it, 'start again' to begin again, or 'cancel' to stop.";
}
