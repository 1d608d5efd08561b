using System.Text.Json.Serialization;

namespace TriageBot.Dialogs.QuestionBank;

[JsonConverter(typeof(JsonStringEnumConverter<AnswerKind>))]
public enum AnswerKind
{
    /// <summary>One value (yes-no, choice) or several (multi-choice).</summary>
    Choice,
    Number,
    Date,
    Text,
    NotKnown,
}

/// <summary>
/// What the professional answered to one question. Exactly one form is set; build it with the factory
/// methods. Equality compares contents (a multi-choice answer in the same order is the same answer), and
/// it serialises with System.Text.Json so conversation state can store it.
/// </summary>
public sealed record Answer
{
    public const string YesValue = "yes";
    public const string NoValue = "no";
    public const string NotKnownValue = "not-known";

    [JsonConstructor]
    private Answer(AnswerKind kind, IReadOnlyList<string>? values, decimal? number, DateOnly? date, string? text)
    {
        var ok = kind switch
        {
            AnswerKind.Choice => values is { Count: > 0 } && values.All(v => !string.IsNullOrWhiteSpace(v)) && number is null && date is null && text is null,
            AnswerKind.Number => number is not null && values is not { Count: > 0 } && date is null && text is null,
            AnswerKind.Date => date is not null && values is not { Count: > 0 } && number is null && text is null,
            AnswerKind.Text => !string.IsNullOrWhiteSpace(text) && values is not { Count: > 0 } && number is null && date is null,
            AnswerKind.NotKnown => values is not { Count: > 0 } && number is null && date is null && text is null,
            _ => false,
        };
        if (!ok)
        {
            throw new ArgumentException($"An answer of kind {kind} needs exactly its own non-empty content.");
        }

        Kind = kind;
        Values = values ?? [];
        Number = number;
        Date = date;
        Text = text;
    }

    public AnswerKind Kind { get; }

    /// <summary>The chosen value(s) of a yes-no, choice or multi-choice answer; empty for other kinds.</summary>
    public IReadOnlyList<string> Values { get; }

    public decimal? Number { get; }

    public DateOnly? Date { get; }

    public string? Text { get; }

    [JsonIgnore]
    public bool IsNotKnown => Kind == AnswerKind.NotKnown;

    public static Answer Yes { get; } = Choice(YesValue);

    public static Answer No { get; } = Choice(NoValue);

    public static Answer NotKnown { get; } = new(AnswerKind.NotKnown, null, null, null, null);

    /// <summary>A single value; <c>not-known</c> (e.g. from a card button) becomes <see cref="NotKnown"/>.</summary>
    public static Answer Choice(string value) =>
        value == NotKnownValue ? NotKnown : new(AnswerKind.Choice, [value], null, null, null);

    public static Answer Choices(params IEnumerable<string> values) => new(AnswerKind.Choice, [.. values], null, null, null);

    public static Answer OfNumber(decimal number) => new(AnswerKind.Number, null, number, null, null);

    public static Answer OnDate(DateOnly date) => new(AnswerKind.Date, null, null, date, null);

    public static Answer OfText(string text) => new(AnswerKind.Text, null, null, null, text);

    public bool Equals(Answer? other) =>
        other is not null
        && Kind == other.Kind
        && Values.SequenceEqual(other.Values, StringComparer.Ordinal)
        && Number == other.Number
        && Date == other.Date
        && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        foreach (var value in Values)
        {
            hash.Add(value, StringComparer.Ordinal);
        }

        hash.Add(Number);
        hash.Add(Date);
        hash.Add(Text, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>Never the answer's text or values: answers may hold names, and ToString ends up in logs.</summary>
    public override string ToString() => $"Answer({Kind})";
}
