using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using TriageBot.Channel.Connector;
using TriageBot.Channel.Hosting;
using TriageBot.Channel.Schema;

namespace TriageBot.Channel.Tests.Support;

/// <summary>
/// The channel as a host would wire it (AddBotFramework + MapBotFramework) on a real Kestrel at 127.0.0.1:0,
/// with an echo bot, in-memory OpenID documents and a fake outbound token.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    /// <summary>Test-only header that makes a request look as if it came from another machine.</summary>
    public const string RemoteIpHeader = "X-Test-Remote-Ip";

    private readonly WebApplication _app;

    private BotHost(WebApplication app, Uri baseAddress, EchoBot bot, InMemoryDocumentRetriever documents, CapturingLoggerProvider logs)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = baseAddress };
        Bot = bot;
        Documents = documents;
        Logs = logs;
    }

    public HttpClient Client { get; }
    public EchoBot Bot { get; }
    public InMemoryDocumentRetriever Documents { get; }
    public CapturingLoggerProvider Logs { get; }

    public static Task<BotHost> StartLocalAsync() => StartAsync([]);

    public static Task<BotHost> StartAuthenticatedAsync() => StartAsync(new Dictionary<string, string?>
    {
        ["Bot:AppId"] = Tokens.AppId,
        ["Bot:TenantId"] = Tokens.TenantId,
        ["Bot:AppType"] = "SingleTenant",
        ["Bot:ClientSecret"] = "unused-the-token-provider-is-fake",
    });

    public static async Task<BotHost> StartAsync(Dictionary<string, string?> settings)
    {
        settings.TryAdd("Bot:RetryDelay", "00:00:00.020");
        settings.TryAdd("Bot:MaxRetryDelay", "00:00:00.100");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var bot = new EchoBot();
        var documents = new InMemoryDocumentRetriever();
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);

        builder.Services.AddBotFramework(builder.Configuration);
        builder.Services.AddSingleton<IBotHandler>(bot);
        builder.Services.AddSingleton<IDocumentRetriever>(documents);
        if (!string.IsNullOrEmpty(settings.GetValueOrDefault("Bot:AppId")))
        {
            builder.Services.AddSingleton<ITokenProvider, FakeTokenProvider>();
        }

        var app = builder.Build();
        app.Use((context, next) =>
        {
            if (context.Request.Headers.TryGetValue(RemoteIpHeader, out var ip))
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(ip.ToString());
            }

            return next(context);
        });
        app.MapBotFramework();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new BotHost(app, new Uri(address.TrimEnd('/') + "/"), bot, documents, logs);
    }

    /// <summary>POSTs an activity to /api/messages, optionally with a bearer token.</summary>
    public Task<HttpResponseMessage> PostActivityAsync(Activity activity, string? token = null, string? remoteIp = null) =>
        PostRawAsync(JsonSerializer.Serialize(activity, ActivityJson.Options), token, remoteIp: remoteIp);

    public async Task<HttpResponseMessage> PostRawAsync(
        string body, string? token = null, string contentType = "application/json", string? remoteIp = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (remoteIp is not null)
        {
            request.Headers.Add(RemoteIpHeader, remoteIp);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
