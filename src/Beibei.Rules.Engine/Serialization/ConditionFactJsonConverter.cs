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

    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText ProofKind = JsonEncodedText.Encode("proof");
    private static readonly JsonEncodedText TestKind = JsonEncodedText.Encode("test");
    private static readonly JsonEncodedText ReportKind = JsonEncodedText.Encode("report");
    private static readonly JsonEncodedText ValueKind = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText PeriodKind = JsonEncodedText.Encode("period");
    private static readonly JsonEncodedText Standing = JsonEncodedText.Encode("standing");
    private static readonly JsonEncodedText Sampled = JsonEncodedText.Encode("sampled");
    private static readonly JsonEncodedText Resulted = JsonEncodedText.Encode("resulted");
    private static readonly JsonEncodedText Result = JsonEncodedText.Encode("result");
    private static readonly JsonEncodedText Until = JsonEncodedText.Encode("until");
    private static readonly JsonEncodedText To = JsonEncodedText.Encode("to");
    private static readonly JsonEncodedText At = JsonEncodedText.Encode("at");
    private static readonly JsonEncodedText KnownAt = JsonEncodedText.Encode("known-at");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText From = JsonEncodedText.Encode("from");

    internal static void WriteFact(Utf8JsonWriter writer, ConditionFact fact)
    {
        writer.WriteStartObject();
        switch (fact)
        {
            case Proof proof:
                writer.WriteString(Kind, ProofKind);
                CitedJson.WriteProofFields(writer, proof);
                break;
            case TestFact test:
                writer.WriteString(Kind, TestKind);
                writer.WriteString(Standing, PolicyTerms.Of(test.Standing));
                if (test.Test is { } record)
                {
                    PolicyInstantConverter.Write(writer, Sampled, record.Sampled);
                    CitedJson.WriteInstant(writer, Resulted, record.Resulted);
                    writer.WriteString(Result, PolicyTerms.Of(record.Result));
                }

                CitedJson.WriteInstant(writer, Until, test.Until);
                break;
            case ReportFact report:
                writer.WriteString(Kind, ReportKind);
                writer.WriteString(To, report.To);
                CitedJson.WriteInstant(writer, At, report.Report?.At);
                PolicyInstantConverter.Write(writer, KnownAt, report.KnownAt);
                break;
            case ValueFact value:
                writer.WriteString(Kind, ValueKind);
                writer.WriteString(Name, value.Name);
                writer.WriteString(Value, value.Value);
                break;
            case PeriodFact period:
                writer.WriteString(Kind, PeriodKind);
                writer.WriteString(Name, period.Name);
                PolicyInstantConverter.Write(writer, From, period.From);
                CitedJson.WriteInstant(writer, Until, period.Until);
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
