using System.Text;
using System.Text.Json;
using TriageBot.Channel.Schema;

namespace TriageBot.Channel.Tests.Schema;

public sealed class RawJsonTests
{
    [Fact]
    public void A_cards_json_goes_out_in_the_reply_byte_for_byte()
    {
        // Written by the cards' serializer: apostrophes and the middle dot left as they are, where the protocol's
        // own serializer would escape them. Parsed and written again, they came out escaped.
        const string Card = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Don't wait · call 999"}]}""";
        var reply = Activity.CreateMessage("Don't wait: call 999");
        reply.Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = RawJson.FromUtf8(Encoding.UTF8.GetBytes(Card)) }];

        var json = JsonSerializer.Serialize(reply, ActivityJson.Options);

        Assert.Contains($"\"content\":{Card}", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"type\":\"AdaptiveCard\"")]
    [InlineData("{} {}")]
    [InlineData("{\"a\":1}]")]
    [InlineData("{\"a\":tru}")]
    public void Bytes_that_are_not_one_json_value_are_refused_before_they_can_break_a_reply(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => RawJson.FromUtf8(Encoding.UTF8.GetBytes(text)));

        Assert.StartsWith("The bytes are not valid JSON: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_incoming_attachments_content_can_be_read_as_an_element()
    {
        const string Incoming = """{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","body":[]}}]}""";

        var activity = JsonSerializer.Deserialize<Activity>(Incoming, ActivityJson.Options)!;

        var content = activity.Attachments!.Single().Content!.ToElement();
        Assert.Equal("AdaptiveCard", content.GetProperty("type").GetString());
        Assert.Equal(Incoming, JsonSerializer.Serialize(activity, ActivityJson.Options));
    }
}
