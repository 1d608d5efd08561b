namespace TriageBot.Hosting;

internal static class DefaultUrlExtensions
{
    /// <summary>The Bot Framework tools' customary port, used only when nothing else says where to listen.</summary>
    public const string DefaultUrl = "http://localhost:3978";

    /// <summary>
    /// Listens on <see cref="DefaultUrl"/> unless --urls, ASPNETCORE_URLS, ASPNETCORE_HTTP(S)_PORTS or a Kestrel
    /// endpoint is configured (those read the same configuration), so a container or Azure keeps its own port.
    /// </summary>
    public static WebApplicationBuilder UseLocalDefaultUrl(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var configured = !string.IsNullOrWhiteSpace(config["urls"])
            || !string.IsNullOrWhiteSpace(config["http_ports"])
            || !string.IsNullOrWhiteSpace(config["https_ports"])
            || config.GetSection("Kestrel:Endpoints").Exists();
        if (!configured)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        return builder;
    }
}
