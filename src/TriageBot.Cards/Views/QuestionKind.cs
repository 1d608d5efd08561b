namespace TriageBot.Cards.Views;

public enum QuestionKind
{
    /// <summary>Yes, no or not known (three buttons).</summary>
    YesNoUnknown,

    /// <summary>One of the options.</summary>
    Choice,

    /// <summary>Any of the options.</summary>
    MultiChoice,

    Number,

    Date,

    /// <summary>Free text in the professional's words.</summary>
    Text,
}
