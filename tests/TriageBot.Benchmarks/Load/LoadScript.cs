namespace TriageBot.Benchmarks.Load;

/// <summary>
/// The typed turns of one conversation in the load run: a whole disclosure assessment answered in words, from
/// "hi" to the recommendation (Level 4), as Triage/AssessmentDialog.cs and dialogs/disclosures.json ask it.
/// TriageBot.Tests compiles this file too and checks it still ends at the recommendation.
/// </summary>
internal static class LoadScript
{
    public static readonly IReadOnlyList<string> Turns =
    [
        "hi",
        "no",                                   // immediate danger?
        "7",                                    // age
        "disclosures",                          // what are you worried about?
        "someone hurting them physically",      // what is the child telling you about? (evidences ply.a1.1)
        "He said he was hit at home",           // their words
        "only to me",                           // who have they disclosed to?
        "no",                                   // formal complaint to the police?
        "no",                                   // anyone witness?
        "yesterday",                            // when?
        "no",                                   // parents informed?
        "1",                                    // who is the allegation about? (1 = a parent figure)
        "no",                                   // is the perpetrator a child?
        "no",                                   // contact with other children?
        "not asked yet",                        // consent
        "yes",                                  // would asking place the child at risk?
    ];
}
