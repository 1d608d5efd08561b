namespace TriageBot.Dialogs.QuestionBank;

public enum AnswerType
{
    YesNo,
    Choice,
    MultiChoice,
    Number,
    Date,
    Text,
}

/// <summary>The answer type names as the files spell them.</summary>
public static class AnswerTypes
{
    private static readonly Dictionary<string, AnswerType> _byName = new(StringComparer.Ordinal)
    {
        ["yes-no"] = AnswerType.YesNo,
        ["choice"] = AnswerType.Choice,
        ["multi-choice"] = AnswerType.MultiChoice,
        ["number"] = AnswerType.Number,
        ["date"] = AnswerType.Date,
        ["text"] = AnswerType.Text,
    };

    public static IReadOnlyCollection<string> Names => _byName.Keys;

    /// <summary>Null for a name the bank does not know; the validator reports it.</summary>
    public static AnswerType? Parse(string name) => _byName.TryGetValue(name, out var type) ? type : null;
}
