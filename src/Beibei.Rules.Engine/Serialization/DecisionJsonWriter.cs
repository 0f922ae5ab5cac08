using System.Runtime.CompilerServices;
using System.Text.Json;
using Beibei.Rules.Decisions;
using NodaTime;

namespace Beibei.Rules.Serialization;

/// <summary>The decision JSON written straight to a <see cref="Utf8JsonWriter"/>: the same bytes as the source-generated
/// metadata of <see cref="BeibeiRulesJsonContext"/> write for a <see cref="Decision"/>, without walking that metadata.
/// <see cref="BeibeiRulesJson.Write(Utf8JsonWriter, Decision)"/> (the command-line tool, the casebook and the decision
/// service) goes this way; <c>JsonSerializer.Serialize(decision)</c> goes through the metadata, and a test holds the two to
/// the same bytes for every case of the casebook.</summary>
/// <remarks>A compact writer with the relaxed encoder (the decision service's) gets the bytes of
/// <see cref="CompactDecisionJson"/> in one raw value; any other writer, and <see cref="WriteMembers"/>, a call per token.
/// The names are escaped once; a decision's words (verdict, force, status, kind) are escaped once per value.
/// Thread-safe: it keeps no state but those read-only tables.</remarks>
internal static class DecisionJsonWriter
{
    private static readonly JsonEncodedText At = JsonEncodedText.Encode("at");
    private static readonly JsonEncodedText VerdictName = JsonEncodedText.Encode("verdict");
    private static readonly JsonEncodedText ReasonsName = JsonEncodedText.Encode("reasons");
    private static readonly JsonEncodedText ObligationsName = JsonEncodedText.Encode("obligations");
    private static readonly JsonEncodedText ValidUntil = JsonEncodedText.Encode("valid-until");
    private static readonly JsonEncodedText ValidUntilIncluded = JsonEncodedText.Encode("valid-until-included");
    private static readonly JsonEncodedText RemediesName = JsonEncodedText.Encode("remedies");
    private static readonly JsonEncodedText AdviceName = JsonEncodedText.Encode("advice");
    private static readonly JsonEncodedText PolicyName = JsonEncodedText.Encode("policy");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
    private static readonly JsonEncodedText Digest = JsonEncodedText.Encode("digest");
    private static readonly JsonEncodedText Clause = JsonEncodedText.Encode("clause");
    private static readonly JsonEncodedText ForceName = JsonEncodedText.Encode("force");
    private static readonly JsonEncodedText ProofName = JsonEncodedText.Encode("proof");
    private static readonly JsonEncodedText Conditions = JsonEncodedText.Encode("conditions");
    private static readonly JsonEncodedText Met = JsonEncodedText.Encode("met");
    private static readonly JsonEncodedText Fact = JsonEncodedText.Encode("fact");
    private static readonly JsonEncodedText Opens = JsonEncodedText.Encode("opens");
    private static readonly JsonEncodedText Due = JsonEncodedText.Encode("due");
    private static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");
    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText Earliest = JsonEncodedText.Encode("earliest");
    private static readonly JsonEncodedText ConditionName = JsonEncodedText.Encode("condition");
    private static readonly JsonEncodedText Sentence = JsonEncodedText.Encode("sentence");
    private static readonly JsonEncodedText En = JsonEncodedText.Encode("en");
    private static readonly JsonEncodedText Zh = JsonEncodedText.Encode("zh");

    public static void Write(Utf8JsonWriter writer, Decision decision)
    {
        if (CompactDecisionJson.Fits(writer.Options))
        {
            writer.WriteRawValue(CompactDecisionJson.Render(decision), skipInputValidation: true);
            return;
        }

        writer.WriteStartObject();
        WriteMembers(writer, decision);
        writer.WriteEndObject();
    }

    /// <summary>The decision's members, from <c>at</c> to <c>policy</c>, into an object the caller has opened.</summary>
    public static void WriteMembers(Utf8JsonWriter writer, Decision decision)
    {
        PolicyInstantConverter.Write(writer, At, decision.At);
        writer.WriteString(VerdictName, Words<Verdict>.Of(decision.Verdict));
        writer.WriteStartArray(ReasonsName);
        foreach (var reason in decision.Reasons)
        {
            WriteReason(writer, reason);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(ObligationsName);
        foreach (var obligation in decision.Obligations)
        {
            WriteObligation(writer, obligation);
        }

        writer.WriteEndArray();
        WriteInstant(writer, ValidUntil, decision.ValidUntil);
        writer.WriteBoolean(ValidUntilIncluded, decision.ValidUntilIncluded);
        writer.WriteStartArray(RemediesName);
        foreach (var remedy in decision.Remedies)
        {
            WriteRemedy(writer, remedy);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(AdviceName);
        foreach (var advice in decision.Advice)
        {
            writer.WriteStartObject();
            writer.WriteString(Clause, advice.ClauseId);
            CitedJson.WriteCitation(writer, advice.Citation, BeibeiRulesJsonContext.Compact.Options);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject(PolicyName);
        writer.WriteString(Id, decision.Policy.Id);
        writer.WriteString(Version, decision.Policy.Version);
        writer.WriteString(Digest, decision.Policy.Digest);
        writer.WriteEndObject();
    }

    private static void WriteReason(Utf8JsonWriter writer, Reason reason)
    {
        writer.WriteStartObject();
        writer.WriteString(Clause, reason.ClauseId);
        writer.WriteString(ForceName, Words<Force>.Of(reason.Force));
        CitedJson.WriteCitation(writer, reason.Citation, BeibeiRulesJsonContext.Compact.Options);
        if (reason.Proof is { } proof)
        {
            writer.WriteStartObject(ProofName);
            CitedJson.WriteProofFields(writer, proof);
            writer.WriteEndObject();
        }

        writer.WriteStartArray(Conditions);
        foreach (var condition in reason.Conditions)
        {
            writer.WriteStartObject();
            writer.WriteString(Id, condition.Id);
            writer.WriteBoolean(Met, condition.Met);
            writer.WritePropertyName(Fact);
            ConditionFactJsonConverter.WriteFact(writer, condition.Fact);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteObligation(Utf8JsonWriter writer, Obligation obligation)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, obligation.Id);
        var id = obligation.Id;
        writer.WriteString(Clause, id.AsSpan(0, id.IndexOf('/', StringComparison.Ordinal)));
        WriteInstant(writer, Opens, obligation.Opens);
        WriteInstant(writer, Due, obligation.Due);
        writer.WriteString(Status, Words<ObligationStatus>.Of(obligation.Status));
        WriteText(writer, Description, obligation.Description);
        writer.WriteEndObject();
    }

    private static void WriteRemedy(Utf8JsonWriter writer, Remedy remedy)
    {
        writer.WriteStartObject();
        writer.WriteString(Kind, Words<RemedyKind>.Of(remedy.Kind));
        writer.WriteString(Clause, remedy.ClauseId);
        PolicyInstantConverter.Write(writer, Earliest, remedy.Earliest);
        if (remedy.Condition is { } condition)
        {
            writer.WriteString(ConditionName, condition);
        }
        else
        {
            writer.WriteNull(ConditionName);
        }

        WriteText(writer, Sentence, remedy.Sentence);
        writer.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter writer, JsonEncodedText name, LocalizedText text)
    {
        writer.WriteStartObject(name);
        writer.WriteString(En, text.En);
        writer.WriteString(Zh, text.Zh);
        writer.WriteEndObject();
    }

    private static void WriteInstant(Utf8JsonWriter writer, JsonEncodedText name, Instant? instant)
    {
        if (instant is { } value)
        {
            PolicyInstantConverter.Write(writer, name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>The public words of an enumeration (<see cref="PolicyTerms"/>), escaped once.</summary>
    internal static class Words<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly JsonEncodedText[] Encoded =
            [.. Enum.GetValues<TEnum>().OrderBy(v => Index(v)).Select(v => JsonEncodedText.Encode(PolicyTerms.Of(v)))];

        private static readonly bool Dense = Unsafe.SizeOf<TEnum>() == sizeof(int)
            && Enum.GetValues<TEnum>().Select(Index).Order().SequenceEqual(Enumerable.Range(0, Enum.GetValues<TEnum>().Length));

        public static JsonEncodedText Of(TEnum value)
        {
            var index = Dense ? Index(value) : -1;
            return (uint)index < (uint)Encoded.Length ? Encoded[index] : JsonEncodedText.Encode(PolicyTerms.Of(value));
        }

        private static int Index(TEnum value) => Unsafe.SizeOf<TEnum>() == sizeof(int) ? Unsafe.As<TEnum, int>(ref value) : -1;
    }
}
