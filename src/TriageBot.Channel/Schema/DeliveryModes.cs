namespace TriageBot.Channel.Schema;

/// <summary>Values of <c>deliveryMode</c> (Activity spec, "Delivery mode").</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string Notification = "notification";

    /// <summary>The caller wants the replies in the HTTP response body instead of posts to serviceUrl.</summary>
    public const string ExpectReplies = "expectReplies";
}
