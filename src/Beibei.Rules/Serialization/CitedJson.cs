using System.Text.Json;
using Beibei.Rules.Decisions;

namespace Beibei.Rules.Serialization;

/// <summary>What the reason and advice converters share: a citation written flat into its owner, and a fact.</summary>
internal static class CitedJson
{
    public static void WriteCitation(Utf8JsonWriter writer, Citation citation, JsonSerializerOptions options)
    {
        writer.WriteStartArray("sources");
        foreach (var source in citation.Sources)
        {
            writer.WriteStringValue(source);
        }

        writer.WriteEndArray();
        writer.WriteString("paragraph", citation.Paragraph);
        writer.WriteString("quotation", citation.Quotation);
        writer.WritePropertyName("summary");
        JsonSerializer.Serialize(writer, citation.Summary, BeibeiRulesJsonContext.Default.LocalizedText);
    }

    public static void WriteInstant(Utf8JsonWriter writer, string name, NodaTime.Instant? instant)
    {
        if (instant is { } i)
        {
            writer.WriteString(name, PolicyInstantConverter.Format(i));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void WriteProofFields(Utf8JsonWriter writer, Proof proof)
    {
        writer.WriteString("sampled", PolicyInstantConverter.Format(proof.Test.Sampled));
        WriteInstant(writer, "resulted", proof.Test.Resulted);
        writer.WriteString("anchor", PolicyInstantConverter.Format(proof.Anchor));
        writer.WriteString("expires", PolicyInstantConverter.Format(proof.Expires));
    }

    public static JsonException WriteOnly(Type type) =>
        new($"{type.Name} is a result of the library: its JSON is written, not read back.");
}
