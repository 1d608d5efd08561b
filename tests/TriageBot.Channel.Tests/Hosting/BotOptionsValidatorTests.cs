using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TriageBot.Channel.Hosting;

namespace TriageBot.Channel.Tests.Hosting;

/// <summary>Misconfiguration is reported by setting name, before the first turn.</summary>
public sealed class BotOptionsValidatorTests
{
    private static BotOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddBotFramework(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<BotOptions>>().Value;
    }

    [Fact]
    public void No_app_id_means_local_mode()
    {
        var options = Resolve([]);

        Assert.True(options.IsLocalMode);
    }

    [Fact]
    public void A_single_tenant_bot_without_a_tenant_is_refused_naming_the_setting()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Bot:AppId"] = "app", ["Bot:ClientSecret"] = "s" }));

        Assert.Contains("Bot:TenantId", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_app_id_without_any_credential_is_refused_naming_the_settings()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Bot:AppId"] = "app", ["Bot:TenantId"] = "t" }));

        Assert.Contains("Bot:ClientSecret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Signing_keys_must_be_refreshed_at_least_daily()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Resolve(new()
        {
            ["Bot:AppId"] = "app", ["Bot:TenantId"] = "t", ["Bot:ClientSecret"] = "s", ["Bot:SigningKeyRefreshInterval"] = "2.00:00:00",
        }));

        Assert.Contains("Bot:SigningKeyRefreshInterval", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_assigned_managed_identity_needs_no_secret()
    {
        var options = Resolve(new() { ["Bot:AppId"] = "app", ["Bot:TenantId"] = "t", ["Bot:AppType"] = "UserAssignedMSI" });

        Assert.Equal(BotAppType.UserAssignedMSI, options.AppType);
        Assert.False(options.IsLocalMode);
    }
}
