using TriageBot.Channel.Schema;

namespace TriageBot.Channel.Connector;

/// <summary>
/// A destination for outbound activities that is not reached over HTTP: the local Direct Line store. The
/// connector client asks each sink whether it owns a serviceUrl before posting to it.
/// </summary>
public interface IReplySink
{
    bool Owns(Uri serviceUrl);

    Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken);
}
