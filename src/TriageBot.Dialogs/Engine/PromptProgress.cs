namespace TriageBot.Dialogs.Engine;

/// <summary>Where the question sits, set by the caller: "Neglect: question 4 of 9".</summary>
public sealed record PromptProgress(int Number, int Total, string? Section = null)
{
    public string Describe() =>
        Section is null ? $"Question {Number} of {Total}" : $"{Section}: question {Number} of {Total}";
}
