using TriageBot.Bot;
using TriageBot.Channel;
using TriageBot.Channel.Hosting;
using TriageBot.Hosting;
using TriageBot.LocalChat;

namespace TriageBot;

/// <summary>The whole host as one list of registrations, so the tests start exactly what <c>dotnet run</c> starts.</summary>
internal static class TriageBotApp
{
    /// <summary>Builds the app; <paramref name="configure"/> runs last, so tests can replace the clock or storage.</summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.UseLocalDefaultUrl();

        builder.Services.AddTriageStorage(builder.Configuration);
        builder.Services.AddTriageDialogs(builder.Configuration);
        builder.Services.AddBotFramework(builder.Configuration);
        builder.Services.AddSingleton<IBotHandler, TriageBotHandler>();

        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapHealth();
        app.MapLocalChat();
        app.MapBotFramework();
        return app;
    }
}
