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
    public static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
