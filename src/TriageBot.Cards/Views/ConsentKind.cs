namespace TriageBot.Cards.Views;

/// <summary>The consent step, as in every TriageBot output.</summary>
public enum ConsentKind
{
    /// <summary>Not yet sought: seek informed consent before sharing.</summary>
    Seek,

    /// <summary>Given: record it on the contact.</summary>
    Given,

    /// <summary>Seeking consent would place a child or adult at risk: share without it and record why.</summary>
    OverrideRisk,

    /// <summary>Declined: explore why, talk to a senior safeguarding lead, share if still necessary.</summary>
    Declined,
}
