namespace TriageBot.Dialogs.QuestionBank;

/// <summary>One fault in the bank, located by file and (where it concerns one) question id.</summary>
public sealed record QuestionBankProblem(string File, string? QuestionId, string Message)
{
    public override string ToString() => QuestionId is null ? $"{File}: {Message}" : $"{File}: {QuestionId}: {Message}";
}
