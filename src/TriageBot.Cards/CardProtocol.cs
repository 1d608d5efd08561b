namespace TriageBot.Cards;

/// <summary>
/// The words the cards put in Action.Submit data, so the dialogs can read a submitted <c>value</c>
/// without knowing how a card was laid out.
/// </summary>
public static class CardProtocol
{
    /// <summary>The answer to a question: a button's value, or an input's value (inputs use this id).</summary>
    public const string AnswerKey = "answer";

    /// <summary>Identifies the question a card asked, so a tap on an old card is recognised as stale.</summary>
    public const string NonceKey = "nonce";

    public const string CommandKey = "command";

    public const string AnswerYes = "yes";
    public const string AnswerNo = "no";
    public const string AnswerNotKnown = "not-known";

    public const string CommandBack = "back";
    public const string CommandSkip = "skip";
    public const string CommandCancel = "cancel";
    public const string CommandPrepareContact = "prepare-contact";
    public const string CommandStartAgain = "start-again";
    public const string CommandHandoffText = "handoff-text";
    public const string CommandStart = "start";
    public const string CommandWhoToCall = "who-to-call";
    public const string CommandHelp = "help";

    /// <summary>TriageBot's own budget for one card (compact UTF-8 JSON), well under Teams' limit, for phones.</summary>
    public const int MaxCardBytes = 28 * 1024;
}
