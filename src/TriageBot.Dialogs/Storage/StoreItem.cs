using System.Text.Json;

namespace TriageBot.Dialogs.Storage;

/// <summary>One stored document and the ETag it had when read (or must have when written).</summary>
public sealed record StoreItem(JsonElement Data, string? ETag = null)
{
    /// <summary>Writes unconditionally, overwriting whatever is stored.</summary>
    public const string AnyETag = "*";

    /// <summary>Writes only if nothing is stored under the key yet.</summary>
    public const string NewItemETag = "";

    /// <summary>In a write, removes the key (whatever is stored), in the same all-or-nothing batch as the rest.</summary>
    public static StoreItem Deletion { get; } = new(default(JsonElement), AnyETag);

    /// <summary>Whether this item removes its key rather than storing a document.</summary>
    public bool IsDeletion => Data.ValueKind == JsonValueKind.Undefined;

    internal static bool ETagMatches(string? requested, string? stored) =>
        requested is null or AnyETag || string.Equals(requested, stored ?? NewItemETag, StringComparison.Ordinal);
}
