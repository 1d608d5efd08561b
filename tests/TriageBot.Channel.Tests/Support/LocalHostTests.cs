namespace TriageBot.Channel.Tests.Support;

/// <summary>A test class's bot host in local mode (no Bot:AppId) and the fake channel its replies go to, one per test.</summary>
public abstract class LocalHostTests : IAsyncLifetime
{
    protected BotHost Host { get; private set; } = null!;

    protected FakeChannel Channel { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Channel = await FakeChannel.StartAsync();
        Host = await BotHost.StartLocalAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
    }
}
