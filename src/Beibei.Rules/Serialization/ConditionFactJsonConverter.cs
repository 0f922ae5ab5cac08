using System.Text.Json;
using System.Text.Json.Serialization;
using Beibei.Rules.Decisions;

namespace Beibei.Rules.Serialization;

/// <summary>Writes a <see cref="ConditionFact"/> of any kind as the decision JSON does: an object whose <c>kind</c> says
/// which (<c>proof</c>, <c>test</c>, <c>report</c>, <c>value</c>, <c>period</c>) followed by that kind's fields.</summary>
/// <remarks>Write-only: reading one is a <see cref="JsonException"/>. Thread-safe.</remarks>
public sealed class ConditionFactJsonConverter : JsonConverterFactory
{
    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) => typeof(ConditionFact).IsAssignableFrom(typeToConvert);

    /// <inheritdoc/>
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        typeToConvert == typeof(Proof) ? new Of<Proof>()
        : typeToConvert == typeof(TestFact) ? new Of<TestFact>()
        : typeToConvert == typeof(ReportFact) ? new Of<ReportFact>()
        : typeToConvert == typeof(ValueFact) ? new Of<ValueFact>()
        : typeToConvert == typeof(PeriodFact) ? new Of<PeriodFact>()
        : new Of<ConditionFact>();

    private static void WriteFact(Utf8JsonWriter writer, ConditionFact fact)
    {
        writer.WriteStartObject();
        switch (fact)
        {
            case Proof proof:
                writer.WriteString("kind", "proof");
                CitedJson.WriteProofFields(writer, proof);
                break;
            case TestFact test:
                writer.WriteString("kind", "test");
                writer.WriteString("standing", PolicyTerms.Of(test.Standing));
                if (test.Test is { } record)
                {
                    PolicyInstantConverter.Write(writer, "sampled", record.Sampled);
                    CitedJson.WriteInstant(writer, "resulted", record.Resulted);
                    writer.WriteString("result", PolicyTerms.Of(record.Result));
                }

                CitedJson.WriteInstant(writer, "until", test.Until);
                break;
            case ReportFact report:
                writer.WriteString("kind", "report");
                writer.WriteString("to", report.To);
                CitedJson.WriteInstant(writer, "at", report.Report?.At);
                PolicyInstantConverter.Write(writer, "known-at", report.KnownAt);
                break;
            case ValueFact value:
                writer.WriteString("kind", "value");
                writer.WriteString("name", value.Name);
                writer.WriteString("value", value.Value);
                break;
            case PeriodFact period:
                writer.WriteString("kind", "period");
                writer.WriteString("name", period.Name);
                PolicyInstantConverter.Write(writer, "from", period.From);
                CitedJson.WriteInstant(writer, "until", period.Until);
                break;
        }

        writer.WriteEndObject();
    }

    private sealed class Of<TFact> : JsonConverter<TFact>
        where TFact : ConditionFact
    {
        public override TFact Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw CitedJson.WriteOnly(typeToConvert);

        public override void Write(Utf8JsonWriter writer, TFact value, JsonSerializerOptions options) => WriteFact(writer, value);
    }
}
