using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TriageBot.Channel.DirectLine;

namespace TriageBot.Channel.Hosting;

public static class BotFrameworkEndpointRouteBuilderExtensions
{
    public const string MessagesPath = "/api/messages";

    /// <summary>
    /// Maps <c>POST /api/messages</c> and, in local mode, the local Direct Line under <c>/v3/directline</c>.
    /// Logs which mode the channel runs in.
    /// </summary>
    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        var options = services.GetRequiredService<IOptions<BotOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("TriageBot.Channel");

        endpoints.MapPost(MessagesPath, (HttpContext context, MessagesEndpoint endpoint) => endpoint.HandleAsync(context));

        if (options.IsLocalMode)
        {
            DirectLineEndpoints.Map(endpoints);
            ChannelLog.LocalMode(logger);
        }
        else
        {
            ChannelLog.AuthenticatedMode(logger, options.AppType.ToString());
        }

        return endpoints;
    }
}
