using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Polly;
using TriageBot.Channel.Authentication;
using TriageBot.Channel.Connector;
using TriageBot.Channel.DirectLine;

namespace TriageBot.Channel.Hosting;

public static class BotFrameworkServiceCollectionExtensions
{
    private const string MetadataClient = "TriageBot.Channel.OpenIdMetadata";

    /// <summary>
    /// Registers the Bot Framework channel from the <c>Bot</c> section of <paramref name="configuration"/>.
    /// The host must also register an <see cref="IBotHandler"/>. Register a different
    /// <see cref="IDocumentRetriever"/> or <see cref="ITokenProvider"/> after this call to replace the defaults.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(BotOptions.SectionName);
        services.AddOptions<BotOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(MetadataClient);
        services.TryAddSingleton<IDocumentRetriever>(sp =>
            new HttpDocumentRetriever(sp.GetRequiredService<IHttpClientFactory>().CreateClient(MetadataClient)) { RequireHttps = true });
        services.TryAddSingleton<BotTokenValidator>();

        var local = section.Get<BotOptions>()?.IsLocalMode ?? true;
        if (local)
        {
            services.TryAddSingleton<ITokenProvider, NoTokenProvider>();
            services.TryAddSingleton<DirectLineStore>();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IReplySink, DirectLineStore>(sp => sp.GetRequiredService<DirectLineStore>()));
        }
        else
        {
            services.TryAddSingleton<ITokenProvider, MsalTokenProvider>();
        }

        services.AddHttpClient<ConnectorClient>()
            .AddResilienceHandler("bot-connector", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<BotOptions>>().Value;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    // Bot Connector guidance: honour Retry-After on 429; back off on 412, 502, 503, 504.
                    ShouldHandle = args => ValueTask.FromResult(
                        args.Outcome.Result is { } response && IsTransient((int)response.StatusCode)),
                    MaxRetryAttempts = 3,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryDelay,
                    MaxDelay = options.MaxRetryDelay,
                    ShouldRetryAfterHeader = true,
                });
                pipeline.AddTimeout(options.AttemptTimeout);
            });

        // Transient, because the typed ConnectorClient is: a singleton would pin one HttpMessageHandler forever.
        services.TryAddTransient<TurnRunner>();
        services.TryAddTransient<MessagesEndpoint>();
        return services;
    }

    private static bool IsTransient(int status) => status is 429 or 412 or 502 or 503 or 504;
}
