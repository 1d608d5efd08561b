using TriageBot.Channel.Connector;

namespace TriageBot.Channel.Tests.Support;

public sealed class FakeTokenProvider : ITokenProvider
{
    public const string Token = "outbound-test-token";

    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(Token);
}
