using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace TriageBot.Dialogs.Storage;

/// <summary>One stored document and the ETag it had when read (or must have when written).</summary>
/// <remarks>
/// An item made from UTF-8 JSON text keeps that text and parses it only if <see cref="Data"/> is asked for. The dialogs
/// save their state as text and read it back from text, and SQLite stores text: parsing every save into a
/// <see cref="JsonElement"/> that was only ever written out again was a tenth of the host's CPU at 2,000 turns a second.
/// </remarks>
public sealed class StoreItem
{
    /// <summary>Writes unconditionally, overwriting whatever is stored.</summary>
    public const string AnyETag = "*";

    /// <summary>Writes only if nothing is stored under the key yet.</summary>
    public const string NewItemETag = "";

    // Set once, perhaps by two threads reading the same cached item at once; either one's copy is the same document.
    private StrongBox<JsonElement>? _data;
    private byte[]? _utf8Json;

    // Shared with the copies WithETag makes, so that the object is taken once from whichever copy is read.
    private readonly StrongBox<object?>? _decoded;

    /// <summary>An item holding <paramref name="data"/>; the default element makes a deletion.</summary>
    public StoreItem(JsonElement data, string? etag = null)
    {
        _data = new StrongBox<JsonElement>(data);
        ETag = etag;
    }

    /// <summary>An item holding the JSON text <paramref name="utf8Json"/>, which the item now owns; it is not checked here.</summary>
    public StoreItem(byte[] utf8Json, string? etag = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        _utf8Json = utf8Json;
        ETag = etag;
    }

    /// <summary>
    /// An item holding the JSON text <paramref name="utf8Json"/>, which the item now owns, and <paramref name="decoded"/>,
    /// the object the text was serialized from and that nothing changes any more: a store that keeps the item in memory
    /// hands the object to the next reader in this process (see <see cref="TryTakeDecoded{T}"/>), which then need not
    /// parse the text.
    /// </summary>
    public StoreItem(byte[] utf8Json, string? etag, object decoded)
        : this(utf8Json, etag)
    {
        ArgumentNullException.ThrowIfNull(decoded);
        _decoded = new StrongBox<object?>(decoded);
    }

    /// <summary>In a write, removes the key (whatever is stored), in the same all-or-nothing batch as the rest.</summary>
    public static StoreItem Deletion { get; } = new(default(JsonElement), AnyETag);

    public string? ETag { get; }

    /// <summary>The document, parsed from its text on first use.</summary>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    public JsonElement Data
    {
        get
        {
            if (Volatile.Read(ref _data) is { } parsed)
            {
                return parsed.Value;
            }

            // Deserializing to an element gives one that owns its document: nothing to clone or dispose.
            var element = JsonSerializer.Deserialize<JsonElement>(_utf8Json);
            Volatile.Write(ref _data, new StrongBox<JsonElement>(element));
            return element;
        }
    }

    /// <summary>The document as UTF-8 JSON text; read-only (it may be the array the item was made from).</summary>
    public ReadOnlyMemory<byte> Utf8Json => Utf8JsonArray();

    /// <summary>The text's own array, for the stores to hand to a driver or keep; never to be written to.</summary>
    internal byte[] Utf8JsonArray()
    {
        if (Volatile.Read(ref _utf8Json) is { } text)
        {
            return text;
        }

        if (IsDeletion)
        {
            throw new InvalidOperationException("A deletion has no document.");
        }

        var copied = JsonMarshal.GetRawUtf8Value(Data).ToArray();
        Volatile.Write(ref _utf8Json, copied);
        return copied;
    }

    /// <summary>Whether this item removes its key rather than storing a document.</summary>
    public bool IsDeletion => _utf8Json is null && _data is { Value.ValueKind: JsonValueKind.Undefined };

    /// <summary>
    /// The object this item's text was serialized from, for the one reader that takes it: the reader may change it, so
    /// every later reader gets false and parses the text. False too for an item read from the store's file.
    /// </summary>
    public bool TryTakeDecoded<T>([NotNullWhen(true)] out T? value)
        where T : class
    {
        value = _decoded is { } box ? Interlocked.Exchange(ref box.Value, null) as T : null;
        return value is not null;
    }

    /// <summary>This document with another ETag, sharing its text, any parsed element and the object not yet taken.</summary>
    public StoreItem WithETag(string etag) => new(this, Volatile.Read(ref _utf8Json), etag);

    /// <summary>As <see cref="WithETag(string)"/>, holding <paramref name="copiedText"/> (the same document) in place of the text.</summary>
    internal StoreItem WithETag(string etag, byte[] copiedText) => new(this, copiedText, etag);

    private StoreItem(StoreItem document, byte[]? utf8Json, string etag)
    {
        _data = Volatile.Read(ref document._data);
        _utf8Json = utf8Json;
        _decoded = document._decoded;
        ETag = etag;
    }

    internal static bool ETagMatches(string? requested, string? stored) =>
        requested is null or AnyETag || string.Equals(requested, stored ?? NewItemETag, StringComparison.Ordinal);
}
