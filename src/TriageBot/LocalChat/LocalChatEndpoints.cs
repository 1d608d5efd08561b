using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using TriageBot.Channel.Hosting;

namespace TriageBot.LocalChat;

/// <summary>
/// The local chat page at <c>/</c>: Microsoft Web Chat against the local Direct Line. The page and the Web Chat
/// bundle are embedded in the assembly at build time, so nothing is read from the working directory or a CDN.
/// Only mapped in local mode (no Bot:AppId), where the local Direct Line exists.
/// </summary>
internal static class LocalChatEndpoints
{
    public static WebApplication MapLocalChat(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<BotOptions>>().Value.IsLocalMode)
        {
            return app;
        }

        var files = new ManifestEmbeddedFileProvider(typeof(LocalChatEndpoints).Assembly, "LocalChat");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = context =>
            {
                // The page is for this machine only; keep browsers from caching a page of someone's conversation.
                context.Context.Response.Headers.CacheControl = "no-store";
                context.Context.Response.Headers.XContentTypeOptions = "nosniff";
            },
        });
        return app;
    }
}
