namespace TriageBot.Dialogs.Tests.Engine.Sample;

/// <summary>Lets a test make a step misbehave (throw) without a second copy of the sample.</summary>
public sealed class SampleHooks
{
    public Action<string>? OnDescription { get; set; }
}
