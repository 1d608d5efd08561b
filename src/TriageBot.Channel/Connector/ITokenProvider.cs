namespace TriageBot.Channel.Connector;

/// <summary>Supplies the bearer token for outbound Connector calls; null means send none (local mode).</summary>
public interface ITokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
