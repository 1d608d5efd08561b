namespace TriageBot.Dialogs.Tests.Engine.Sample;

public sealed record HomeAnswers(string? Bedding, int? Adults);

public sealed record SchoolAnswers(string? LastSeen, string? Description, string ParentsTold);
