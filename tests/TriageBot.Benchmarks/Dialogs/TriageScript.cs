namespace TriageBot.Benchmarks.Dialogs;

/// <summary>A whole disclosure assessment typed as a professional would, from "hi" to the answer card (16 turns).</summary>
internal static class TriageScript
{
    public static readonly IReadOnlyList<string> Turns =
    [
        "hi", "no", "7", "disclosures",
        "1", "She said mum's boyfriend hurts her.", "skip", "no", "no", "skip", "no", "2", "no", "not known",
        "not asked yet", "no",
    ];
}
