using System.Buffers;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;

namespace TriageBot.Channel.Hosting;

/// <summary>Reads a JSON request body, refusing more than <see cref="MaxBytes"/> whatever the framing.</summary>
internal static class RequestBody
{
    /// <summary>256 KB: Teams messages are at most ~100 KB, so anything near this is not a real activity.</summary>
    public const int MaxBytes = 256 * 1024;

    public static bool IsJson(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
        && (string.Equals(mediaType.MediaType, "application/json", StringComparison.OrdinalIgnoreCase)
            || (mediaType.MediaType?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) ?? false));

    /// <summary>The body bytes, or null when it exceeds <see cref="MaxBytes"/>.</summary>
    /// <remarks>
    /// Read from the request's pipe, which buffers as it goes, and copied once into an array of the body's size: a
    /// chunk and a growing stream cost 16 KB or more for a 1 KB activity, on every turn.
    /// </remarks>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return null;
        }

        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (buffer.Length > MaxBytes)
            {
                reader.AdvanceTo(buffer.End);
                return null;
            }

            if (result.IsCompleted)
            {
                var body = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return body;
            }

            // Nothing consumed, all of it examined: the next read returns when more has arrived.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
