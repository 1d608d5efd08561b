namespace TriageBot.Channel.Authentication;

/// <summary>The outcome of validating a bearer token: an identity, or a short reason it was refused.</summary>
public sealed record TokenCheck(CallerIdentity? Identity, string? Failure, bool KeysUnavailable = false)
{
    public static TokenCheck Valid(CallerIdentity identity) => new(identity, null);

    public static TokenCheck Refused(string reason) => new(null, reason);
}
