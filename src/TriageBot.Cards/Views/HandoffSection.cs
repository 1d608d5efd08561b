namespace TriageBot.Cards.Views;

/// <summary>The fields of a contact to the front door. The declaration order is the usual form order.</summary>
public enum HandoffSection
{
    NatureOfConcerns,
    ChildsOwnWords,
    LevelAndIndicators,
    HarmOrRisk,
    DevelopmentalNeeds,
    ParentalCapacity,
    FamilyAndEnvironment,
    Strengths,
    ViewsOfChildAndFamily,
    ConsentStatus,
    ConsentRationale,
    WhatHasBeenTried,
    AgenciesInvolved,
    ChildDetails,
    ParentsCarersDetails,
    ReferrerDetails,
}
