using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;
using TriageBot.Channel.Hosting;

namespace TriageBot.Channel.Connector;

/// <summary>
/// Tokens for calling the Bot Connector, by MSAL: client credentials for the scope
/// <c>https://api.botframework.com/.default</c> from the bot's tenant (<c>botframework.com</c> for a multi-tenant
/// registration), or a user-assigned managed identity. MSAL caches tokens in the application object, which is
/// why this is a singleton.
/// </summary>
internal sealed class MsalTokenProvider : ITokenProvider
{
    public const string Scope = "https://api.botframework.com/.default";
    public const string Resource = "https://api.botframework.com";

    private readonly IConfidentialClientApplication? _confidential;
    private readonly IManagedIdentityApplication? _managed;

    public MsalTokenProvider(IOptions<BotOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        var appId = o.AppId ?? throw new InvalidOperationException("Bot:AppId is required for outbound tokens.");
        if (o.AppType == BotAppType.UserAssignedMSI)
        {
            _managed = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(appId)).Build();
            return;
        }

        var builder = ConfidentialClientApplicationBuilder.Create(appId).WithAuthority(AuthorityFor(o));
        if (!string.IsNullOrWhiteSpace(o.ClientSecret))
        {
            builder = builder.WithClientSecret(o.ClientSecret);
        }
        else
        {
            builder = builder.WithCertificate(LoadCertificate(o), sendX5C: true);
        }

        _confidential = builder.Build();
    }

    /// <summary>The token authority: the bot's tenant, or <c>botframework.com</c> for multi-tenant bots.</summary>
    public static string AuthorityFor(BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var tenant = options.AppType == BotAppType.MultiTenant || string.IsNullOrWhiteSpace(options.TenantId)
            ? "botframework.com"
            : options.TenantId;
        return $"https://login.microsoftonline.com/{tenant}";
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = _managed is not null
            ? await _managed.AcquireTokenForManagedIdentity(Resource).ExecuteAsync(cancellationToken).ConfigureAwait(false)
            : await _confidential!.AcquireTokenForClient([Scope]).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return result.AccessToken;
    }

    private static X509Certificate2 LoadCertificate(BotOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword);
        }

        using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadOnly);
        var found = store.Certificates.Find(X509FindType.FindByThumbprint, options.CertificateThumbprint!, validOnly: false);
        return found.Count > 0
            ? found[0]
            : throw new InvalidOperationException("Bot:CertificateThumbprint names no certificate in the current user's personal store.");
    }
}
