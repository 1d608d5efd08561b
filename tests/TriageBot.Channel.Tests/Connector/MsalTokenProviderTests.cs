using TriageBot.Channel.Connector;
using TriageBot.Channel.Hosting;

namespace TriageBot.Channel.Tests.Connector;

public sealed class MsalTokenProviderTests
{
    [Fact]
    public void A_single_tenant_bot_gets_tokens_from_its_own_tenant() =>
        Assert.Equal("https://login.microsoftonline.com/contoso-tenant",
            MsalTokenProvider.AuthorityFor(new BotOptions { AppType = BotAppType.SingleTenant, TenantId = "contoso-tenant" }));

    [Fact]
    public void A_multi_tenant_bot_gets_tokens_from_botframework_com() =>
        Assert.Equal("https://login.microsoftonline.com/botframework.com",
            MsalTokenProvider.AuthorityFor(new BotOptions { AppType = BotAppType.MultiTenant, TenantId = "contoso-tenant" }));

}
