namespace TriageBot.Channel.Hosting;

/// <summary>
/// Configuration section <c>Bot</c>. With no <see cref="AppId"/> the channel runs in local mode: it accepts
/// unauthenticated requests from loopback callers only, sends no tokens, and serves the local Direct Line.
/// </summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>The Microsoft App ID of the bot registration; inbound tokens must carry it as audience.</summary>
    public string? AppId { get; set; }

    /// <summary>Entra tenant of the registration (required for SingleTenant; enables Entra-issued inbound tokens).</summary>
    public string? TenantId { get; set; }

    public BotAppType AppType { get; set; } = BotAppType.SingleTenant;

    public string? ClientSecret { get; set; }

    /// <summary>Thumbprint of a certificate in the current user's personal store, used instead of a secret.</summary>
    public string? CertificateThumbprint { get; set; }

    /// <summary>Path of a PKCS#12 file, used instead of a secret; <see cref="CertificatePassword"/> opens it.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Bot Connector OpenID metadata (Bot Connector authentication, "Connector to your bot").</summary>
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>How often signing keys are refreshed; Microsoft asks for at least daily.</summary>
    public TimeSpan SigningKeyRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>First back-off of the outbound retry policy; it doubles, with jitter, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>Limit for one outbound attempt, so a stuck connection cannot hold the turn past Teams' ~15 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(8);

    public bool IsLocalMode => string.IsNullOrWhiteSpace(AppId);

    /// <summary>The Entra OpenID metadata of <see cref="TenantId"/>, or null when no tenant is configured.</summary>
    public string? EntraMetadataUrl =>
        string.IsNullOrWhiteSpace(TenantId)
            ? null
            : $"https://login.microsoftonline.com/{Uri.EscapeDataString(TenantId)}/v2.0/.well-known/openid-configuration";
}
