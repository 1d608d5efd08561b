using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using TriageBot.Channel.Schema;

namespace TriageBot.Channel.Hosting;

/// <summary>Error answers in the Connector's <c>{"error": {"code", "message"}}</c> shape.</summary>
internal static class Problems
{
    public static IResult Error(int status, string code, string message) =>
        Results.Json(ErrorBody.Of(code, message), ActivityJson.Options, statusCode: status);

    public static IResult TooLarge() => Error(
        StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge",
        $"The request body is larger than the limit of {RequestBody.MaxBytes / 1024} KB ({RequestBody.MaxBytes} bytes).");

    public static IResult NotJson() => Error(
        StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "The request body must be application/json.");

    public static IResult Unauthorized(HttpContext context, string reason)
    {
        context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return Error(StatusCodes.Status401Unauthorized, "Unauthorized", reason);
    }
}
