using TriageBot.Channel.Schema;

namespace TriageBot.Channel.Authentication;

/// <summary>
/// Who sent a request, once its token has been validated, and the activity-bound checks still to make
/// (they need the body, which is parsed after the token is checked).
/// </summary>
public sealed class CallerIdentity
{
    private readonly string? _serviceUrlClaim;
    private readonly IReadOnlySet<string> _endorsements;

    private CallerIdentity(CallerKind kind, string? serviceUrlClaim, IReadOnlySet<string> endorsements)
    {
        Kind = kind;
        _serviceUrlClaim = serviceUrlClaim;
        _endorsements = endorsements;
    }

    public CallerKind Kind { get; }

    public static CallerIdentity Local { get; } = new(CallerKind.Local, null, new HashSet<string>());

    internal static CallerIdentity BotConnector(string? serviceUrlClaim, IReadOnlySet<string> endorsements) =>
        new(CallerKind.BotConnector, serviceUrlClaim, endorsements);

    internal static CallerIdentity Entra() => new(CallerKind.Entra, null, new HashSet<string>());

    /// <summary>
    /// Null when this caller may deliver <paramref name="activity"/>, else a short reason. For Bot Connector tokens
    /// (Bot Connector authentication, "Connector to your bot"): the <c>serviceurl</c> claim must equal the
    /// activity's serviceUrl, and the signing key must be endorsed for the activity's channelId.
    /// </summary>
    public string? Authorize(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (Kind != CallerKind.BotConnector)
        {
            return null;
        }

        if (_serviceUrlClaim is null || !string.Equals(_serviceUrlClaim, activity.ServiceUrl, StringComparison.Ordinal))
        {
            return "The token's serviceurl claim does not match the activity's serviceUrl.";
        }

        if (activity.ChannelId is null || !_endorsements.Contains(activity.ChannelId))
        {
            return "The token's signing key is not endorsed for the activity's channelId.";
        }

        return null;
    }
}
