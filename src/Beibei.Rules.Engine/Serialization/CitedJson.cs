using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Beibei.Rules.Decisions;

namespace Beibei.Rules.Serialization;

/// <summary>What the reason and advice converters share: a citation written flat into its owner, and a fact.</summary>
internal static class CitedJson
{
    // A clause's citation is the same object in every decision: its text is escaped once, not per decision.
    private static readonly ConditionalWeakTable<Citation, Escaped> Cache = [];

    public static void WriteCitation(Utf8JsonWriter writer, Citation citation, JsonSerializerOptions options)
    {
        if (ReferenceEquals(writer.Options.Encoder, JavaScriptEncoder.UnsafeRelaxedJsonEscaping))
        {
            Cache.GetValue(citation, c => new Escaped(c)).Write(writer);
            return;
        }

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

    /// <summary>The citation's members (<c>"sources":[…],…,"summary":{…}</c>) as compact bytes under the relaxed encoder,
    /// made once per citation.</summary>
    public static ReadOnlySpan<byte> CompactMembers(Citation citation) => Cache.GetValue(citation, c => new Escaped(c)).Members;

    private static readonly JsonEncodedText Sampled = JsonEncodedText.Encode("sampled");
    private static readonly JsonEncodedText Resulted = JsonEncodedText.Encode("resulted");
    private static readonly JsonEncodedText Anchor = JsonEncodedText.Encode("anchor");
    private static readonly JsonEncodedText Expires = JsonEncodedText.Encode("expires");

    public static void WriteInstant(Utf8JsonWriter writer, JsonEncodedText name, NodaTime.Instant? instant)
    {
        if (instant is { } i)
        {
            PolicyInstantConverter.Write(writer, name, i);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void WriteProofFields(Utf8JsonWriter writer, Proof proof)
    {
        PolicyInstantConverter.Write(writer, Sampled, proof.Test.Sampled);
        WriteInstant(writer, Resulted, proof.Test.Resulted);
        PolicyInstantConverter.Write(writer, Anchor, proof.Anchor);
        PolicyInstantConverter.Write(writer, Expires, proof.Expires);
    }

    /// <summary>A citation's text, escaped for the relaxed encoder the library's contexts use.</summary>
    private sealed class Escaped(Citation citation)
    {
        private readonly JsonEncodedText[] sources = [.. citation.Sources.Select(s => JsonEncodedText.Encode(s, JavaScriptEncoder.UnsafeRelaxedJsonEscaping))];
        private readonly JsonEncodedText paragraph = JsonEncodedText.Encode(citation.Paragraph, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        private readonly JsonEncodedText quotation = JsonEncodedText.Encode(citation.Quotation, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        private readonly JsonEncodedText en = JsonEncodedText.Encode(citation.Summary.En, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        private readonly JsonEncodedText zh = JsonEncodedText.Encode(citation.Summary.Zh, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

        private static readonly JsonEncodedText Sources = JsonEncodedText.Encode("sources");
        private static readonly JsonEncodedText Paragraph = JsonEncodedText.Encode("paragraph");
        private static readonly JsonEncodedText Quotation = JsonEncodedText.Encode("quotation");
        private static readonly JsonEncodedText Summary = JsonEncodedText.Encode("summary");
        private static readonly JsonEncodedText En = JsonEncodedText.Encode("en");
        private static readonly JsonEncodedText Zh = JsonEncodedText.Encode("zh");

        private byte[]? members;

        public byte[] Members => members ??= Compact();

        public void Write(Utf8JsonWriter writer)
        {
            writer.WriteStartArray(Sources);
            foreach (var source in sources)
            {
                writer.WriteStringValue(source);
            }

            writer.WriteEndArray();
            writer.WriteString(Paragraph, paragraph);
            writer.WriteString(Quotation, quotation);
            writer.WriteStartObject(Summary);
            writer.WriteString(En, en);
            writer.WriteString(Zh, zh);
            writer.WriteEndObject();
        }

        private byte[] Compact()
        {
            // Written in an object of their own, whose braces are then left off.
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                writer.WriteStartObject();
                Write(writer);
                writer.WriteEndObject();
            }

            return buffer.WrittenSpan[1..^1].ToArray();
        }
    }

    public static JsonException WriteOnly(Type type) =>
        new($"{type.Name} is a result of the library: its JSON is written, not read back.");
}
