namespace TriageBot.Channel.Connector;

/// <summary>Local mode has no app registration, so nothing to authenticate outbound calls with.</summary>
internal sealed class NoTokenProvider : ITokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
