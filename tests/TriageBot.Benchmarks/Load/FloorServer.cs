using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TriageBot.Benchmarks.Load;

/// <summary>
/// The floor TriageBot is measured against: a bare ASP.NET Core endpoint on loopback that parses the Activity
/// and returns one canned reply in the expectReplies shape. No auth, no state, no dialogs.
/// </summary>
internal static class FloorServer
{
    public static async Task<WebApplication> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/api/messages", async (HttpRequest request) =>
        {
            using var activity = await JsonDocument.ParseAsync(request.Body);
            var root = activity.RootElement;
            var reply = new JsonObject
            {
                ["type"] = "message",
                ["replyToId"] = root.GetProperty("id").GetString(),
                ["conversation"] = new JsonObject { ["id"] = root.GetProperty("conversation").GetProperty("id").GetString() },
                ["text"] = "Is the child in immediate danger right now?",
            };
            return Results.Text(new JsonObject { ["activities"] = new JsonArray(reply) }.ToJsonString(), "application/json");
        });
        await app.StartAsync();
        return app;
    }
}
