using Microsoft.Extensions.Options;

namespace TriageBot.Channel.Hosting;

/// <summary>Fails start-up with a message naming the missing setting, instead of failing the first turn.</summary>
internal sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        if (options.IsLocalMode)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (options.AppType == BotAppType.SingleTenant && string.IsNullOrWhiteSpace(options.TenantId))
        {
            failures.Add("Bot:TenantId is required when Bot:AppType is SingleTenant.");
        }

        var hasCredential = !string.IsNullOrWhiteSpace(options.ClientSecret)
            || !string.IsNullOrWhiteSpace(options.CertificateThumbprint)
            || !string.IsNullOrWhiteSpace(options.CertificatePath);
        if (options.AppType != BotAppType.UserAssignedMSI && !hasCredential)
        {
            failures.Add("Bot:ClientSecret, Bot:CertificateThumbprint or Bot:CertificatePath is required when Bot:AppId is set.");
        }

        if (options.SigningKeyRefreshInterval < TimeSpan.FromMinutes(5) || options.SigningKeyRefreshInterval > TimeSpan.FromDays(1))
        {
            // Microsoft asks bots to refresh the Bot Connector keys at least daily; IdentityModel's floor is 5 minutes.
            failures.Add("Bot:SigningKeyRefreshInterval must be between 00:05:00 and 1.00:00:00.");
        }

        if (options.RetryDelay <= TimeSpan.Zero || options.MaxRetryDelay < options.RetryDelay)
        {
            failures.Add("Bot:RetryDelay must be positive and no greater than Bot:MaxRetryDelay.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
