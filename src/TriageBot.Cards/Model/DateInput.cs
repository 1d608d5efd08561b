namespace TriageBot.Cards.Model;

/// <summary>Input.Date. Dates travel as the schema's "YYYY-MM-DD" strings.</summary>
public sealed record DateInput : CardInput
{
    public DateOnly? Value { get; init; }

    public string? Placeholder { get; init; }

    public DateOnly? Min { get; init; }

    public DateOnly? Max { get; init; }
}
