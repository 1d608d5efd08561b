namespace TriageBot.Dialogs.QuestionBank;

/// <summary>
/// The hand-off contact's fields an answer may fill (the MASH Contact asks for the nature of concerns, the
/// child's words, harm or risk, the three assessment domains, strengths, views, consent and what was tried).
/// </summary>
public static class ContactFields
{
    public const string NatureOfConcerns = "natureOfConcerns";
    public const string ChildsWords = "childsWords";
    public const string HarmOrRisk = "harmOrRisk";
    public const string DevelopmentalNeeds = "developmentalNeeds";
    public const string ParentalCapacity = "parentalCapacity";
    public const string FamilyFactors = "familyFactors";
    public const string Strengths = "strengths";
    public const string ViewsOfChildAndFamily = "viewsOfChildAndFamily";

    /// <summary>"Have parents been made aware of the concerns?": steers the consent step.</summary>
    public const string ParentsAware = "parentsAware";
    public const string TriedAndByWhom = "triedAndByWhom";
    public const string AgenciesInvolved = "agenciesInvolved";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        NatureOfConcerns, ChildsWords, HarmOrRisk, DevelopmentalNeeds, ParentalCapacity, FamilyFactors,
        Strengths, ViewsOfChildAndFamily, ParentsAware, TriedAndByWhom, AgenciesInvolved,
    };
}
