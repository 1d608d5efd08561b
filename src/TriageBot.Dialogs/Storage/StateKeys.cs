using System.Globalization;

namespace TriageBot.Dialogs.Storage;

/// <summary>Storage keys for per-conversation and per-user state, kept apart by prefix.</summary>
public static class StateKeys
{
    /// <summary>The prefix of the keys <see cref="IStorage.NewSnapshotKey"/> hands out.</summary>
    public const string SnapshotPrefix = "snapshot/";

    public static string ForConversation(string conversationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        return "conversation/" + conversationId;
    }

    public static string ForUser(string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return "user/" + userId;
    }

    /// <summary>
    /// A "back" snapshot as builds before 2026-12-02 stored it, one key per slot; still read and deleted, so that a
    /// conversation saved by such a build goes on, but no longer written. The slot is the last segment, so ids
    /// containing '/' stay apart.
    /// </summary>
    public static string ForBackStep(string conversationId, int slot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentOutOfRangeException.ThrowIfNegative(slot);
        return string.Create(CultureInfo.InvariantCulture, $"back/{conversationId}/{slot}");
    }

    /// <summary>The key of snapshot number <paramref name="id"/> (1 or more).</summary>
    public static string ForSnapshot(long id)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(id);
        return string.Create(CultureInfo.InvariantCulture, $"{SnapshotPrefix}{id}");
    }

    /// <summary>
    /// Whether <paramref name="key"/> is exactly what <see cref="ForSnapshot"/> makes for some id, and which. Any other
    /// key, "snapshot/07" included, is an ordinary one, so every key reads back as it was written.
    /// </summary>
    public static bool TryParseSnapshot(string key, out long id)
    {
        ArgumentNullException.ThrowIfNull(key);
        id = 0;
        if (!key.StartsWith(SnapshotPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var digits = key.AsSpan(SnapshotPrefix.Length);
        return digits is [>= '1' and <= '9', ..]
            && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out id);
    }
}
