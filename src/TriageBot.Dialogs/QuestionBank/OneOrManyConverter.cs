using System.Text.Json;
using System.Text.Json.Serialization;

namespace TriageBot.Dialogs.QuestionBank;

/// <summary>
/// Lets a file write the common single condition as an object and the rare "any of these" as a list,
/// so that most questions stay as readable as the schema in the design.
/// </summary>
internal sealed class OneOrManyConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return JsonSerializer.Deserialize<List<T>>(ref reader, options) ?? [];
        }

        var one = JsonSerializer.Deserialize<T>(ref reader, options) ?? throw new JsonException($"expected a {typeof(T).Name} or a list of them");
        return [one];
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        if (value.Count == 1)
        {
            JsonSerializer.Serialize(writer, value[0], options);
        }
        else
        {
            JsonSerializer.Serialize<IEnumerable<T>>(writer, value, options);
        }
    }
}
