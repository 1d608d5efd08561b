using System.Text.Json;
using System.Text.Json.Serialization;

namespace TriageBot.Dialogs.QuestionBank;

/// <summary>Reads a <c>when</c> written either as a list of values or as a number range object.</summary>
internal sealed class AnswerConditionConverter : JsonConverter<AnswerCondition>
{
    public override AnswerCondition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray:
                var values = JsonSerializer.Deserialize<List<string>>(ref reader, options)
                    ?? throw new JsonException("a when list cannot be null");
                return new AnswerCondition(values);
            case JsonTokenType.StartObject:
                var range = JsonSerializer.Deserialize<Range>(ref reader, options)
                    ?? throw new JsonException("a when range cannot be null");
                if (range.AtLeast is null && range.AtMost is null)
                {
                    throw new JsonException("a when range needs atLeast or atMost");
                }

                return new AnswerCondition(null, range.AtLeast, range.AtMost);
            default:
                throw new JsonException("a when must be a list of answer values or {\"atLeast\": n} / {\"atMost\": n}");
        }
    }

    public override void Write(Utf8JsonWriter writer, AnswerCondition value, JsonSerializerOptions options)
    {
        if (value.Values is not null)
        {
            JsonSerializer.Serialize(writer, value.Values, options);
        }
        else
        {
            JsonSerializer.Serialize(writer, new Range(value.AtLeast, value.AtMost), options);
        }
    }

    private sealed record Range(
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? AtLeast = null,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? AtMost = null);
}
