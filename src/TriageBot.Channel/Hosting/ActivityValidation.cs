using TriageBot.Channel.Schema;

namespace TriageBot.Channel.Hosting;

/// <summary>The fields the protocol requires before an activity can be handled, checked with messages that name them.</summary>
internal static class ActivityValidation
{
    /// <summary>Null when the activity can be handled, else (code, message).</summary>
    public static (string Code, string Message)? Check(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Type))
        {
            return ("MissingType", "The activity has no 'type' (Activity spec A2010: activities MUST include a type).");
        }

        if (string.IsNullOrEmpty(activity.ChannelId))
        {
            return ("MissingChannelId", "The activity has no 'channelId' (Activity spec A2020).");
        }

        if (string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return ("MissingConversation", "The activity has no 'conversation.id' (Activity spec A2080).");
        }

        if (string.IsNullOrEmpty(activity.ServiceUrl))
        {
            // Without a serviceUrl the replies have nowhere to go, unless the caller takes them in the response.
            return activity.ExpectsReplies
                ? null
                : ("MissingServiceUrl", "The activity has no 'serviceUrl' to send replies to.");
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url)
            || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return ("InvalidServiceUrl", "The activity's 'serviceUrl' is not an absolute http(s) URL.");
        }

        return null;
    }
}
