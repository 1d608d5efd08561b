namespace TriageBot.Benchmarks.Load;

/// <summary>The typed turns of one conversation in the load run; kept beside the flow it walks.</summary>
internal static class LoadScript
{
    public static readonly IReadOnlyList<string> Turns = ["hi", "no", "7", "disclosures"];
}
