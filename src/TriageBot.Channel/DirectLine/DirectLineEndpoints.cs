using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TriageBot.Channel.Hosting;
using TriageBot.Channel.Schema;

namespace TriageBot.Channel.DirectLine;

/// <summary>
/// A local subset of Direct Line API 3.0 (learn.microsoft.com/azure/bot-service/rest-api/
/// bot-framework-rest-direct-line-3-0-api-reference) for Web Chat with <c>webSocket: false</c>: start conversation
/// (201), reconnect, send activity (200 with its id), get activities by watermark, refresh token. Status codes follow that
/// reference: 401 when the Authorization header is missing, 403 when the token is not valid for the conversation.
/// Loopback callers only, and only mapped in local mode.
/// </summary>
internal static class DirectLineEndpoints
{
    public const string DirectLineChannelId = "directline";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/v3/directline");
        group.AddEndpointFilter(async (context, next) =>
            context.HttpContext.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote)
                ? await next(context)
                : Problems.Error(StatusCodes.Status403Forbidden, "Forbidden", "The local Direct Line accepts loopback callers only."));

        group.MapPost("/conversations", (DirectLineStore store) =>
            Results.Json(store.Create(), ActivityJson.Options, statusCode: StatusCodes.Status201Created));

        group.MapPost("/tokens/refresh", (HttpContext context, DirectLineStore store) =>
        {
            var token = BearerOf(context.Request);
            if (token is null)
            {
                return Problems.Unauthorized(context, "A Direct Line token is required.");
            }

            return store.Refresh(token) is { } session
                ? Results.Json(session, ActivityJson.Options)
                : Problems.Error(StatusCodes.Status403Forbidden, "TokenInvalid", "The token is not valid or has expired.");
        });

        // Reconnect (DirectLineJS calls it when given an existing conversationId): the same conversation and token.
        group.MapGet("/conversations/{conversationId}", (HttpContext context, string conversationId, DirectLineStore store) =>
            Authorize(context, store, conversationId) ?? Results.Json(store.Session(conversationId), ActivityJson.Options));

        group.MapGet("/conversations/{conversationId}/activities", (HttpContext context, string conversationId, string? watermark, DirectLineStore store) =>
        {
            if (Authorize(context, store, conversationId) is { } denied)
            {
                return denied;
            }

            var from = 0;
            if (!string.IsNullOrEmpty(watermark)
                && (!int.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out from)))
            {
                return Problems.Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark must be one returned by this conversation.");
            }

            return Results.Json(store.Read(conversationId, from), ActivityJson.Options);
        });

        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
    }

    private static async Task<IResult> PostActivityAsync(
        HttpContext context, string conversationId, DirectLineStore store, TurnRunner turns,
        IHostApplicationLifetime lifetime, ILoggerFactory loggers)
    {
        if (Authorize(context, store, conversationId) is { } denied)
        {
            return denied;
        }

        if (context.Request.ContentLength > RequestBody.MaxBytes)
        {
            return Problems.TooLarge();
        }

        if (!RequestBody.IsJson(context.Request))
        {
            return Problems.NotJson();
        }

        var body = await RequestBody.ReadAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            return Problems.TooLarge();
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ActivityJson.Options);
        }
        catch (JsonException)
        {
            activity = null;
        }

        if (activity is null)
        {
            return Problems.Error(StatusCodes.Status400BadRequest, "BadSyntax", "The body is not a valid activity.");
        }

        if (string.IsNullOrEmpty(activity.Type))
        {
            return Problems.Error(StatusCodes.Status400BadRequest, "MissingType", "The activity has no 'type'.");
        }

        if (string.IsNullOrEmpty(activity.From?.Id))
        {
            return Problems.Error(StatusCodes.Status400BadRequest, "MissingFrom", "The activity has no 'from.id'.");
        }

        // The channel, not the client, decides where the activity lives and where replies go.
        activity.ChannelId = DirectLineChannelId;
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.Recipient = DirectLineStore.BotAccount;
        activity.ServiceUrl = $"{context.Request.Scheme}://{context.Request.Host}{DirectLineStore.ServicePath}";
        // Replies always go to the transcript Web Chat polls; an expectReplies here would lose them.
        activity.DeliveryMode = null;
        var id = store.Append(conversationId, activity);

        if (!ActivityTypes.IsKnown(activity.Type))
        {
            return Results.Json(new ResourceResponse(id), ActivityJson.Options);
        }

        try
        {
            if (store.AddMember(conversationId, activity.From!.Id!))
            {
                // Direct Line tells the bot when a member first joins, which is where bots send their welcome.
                var joined = new Activity
                {
                    Type = ActivityTypes.ConversationUpdate,
                    ChannelId = activity.ChannelId,
                    Conversation = activity.Conversation,
                    Recipient = activity.Recipient,
                    From = activity.From,
                    ServiceUrl = activity.ServiceUrl,
                    Locale = activity.Locale,
                    MembersAdded = [activity.From],
                };
                await turns.RunAsync(joined, context.RequestAborted, lifetime.ApplicationStopping);
            }

            await turns.RunAsync(activity, context.RequestAborted, lifetime.ApplicationStopping);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
        {
            ChannelLog.TurnFailed(loggers.CreateLogger(typeof(DirectLineEndpoints)), activity.Type, conversationId, ex.GetType().Name);
            return Problems.Error(StatusCodes.Status502BadGateway, "BotError", "The bot could not handle this activity.");
        }

        return Results.Json(new ResourceResponse(id), ActivityJson.Options);
    }

    private static IResult? Authorize(HttpContext context, DirectLineStore store, string conversationId) =>
        store.Authorize(conversationId, BearerOf(context.Request)) switch
        {
            TokenStatus.Valid => null,
            TokenStatus.Missing => Problems.Unauthorized(context, "A Direct Line token is required."),
            TokenStatus.UnknownConversation => Problems.Error(StatusCodes.Status404NotFound, "NotFound", "The conversation does not exist or has expired."),
            _ => Problems.Error(StatusCodes.Status403Forbidden, "TokenInvalid", "The token is not valid for this conversation."),
        };

    private static string? BearerOf(HttpRequest request)
    {
        const string prefix = "Bearer ";
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && header.Length > prefix.Length
            ? header[prefix.Length..].Trim()
            : null;
    }
}
