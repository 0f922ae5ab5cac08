using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Beibei.Rules.Decisions;
using NodaTime;

namespace Beibei.Rules.Serialization;

/// <summary>The compact decision JSON under the relaxed encoder (what the decision service sends), written as bytes:
/// the same bytes as <see cref="DecisionJsonWriter"/> and the source-generated metadata, which a test holds them to for
/// every case of the casebook. <see cref="DecisionJsonWriter.Write"/> hands a compact writer these bytes in one
/// <see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/>.</summary>
/// <remarks>
/// A decision is about a hundred JSON tokens, most of them the same in every decision (names, words, citations), and a
/// <see cref="Utf8JsonWriter"/> call per token was most of the time the decision service spent on an item of a batch.
/// Here the names are literals with their punctuation, a citation's members are one copy of bytes made once per citation,
/// and strings come escaped from <see cref="EscapedStrings"/>' table. A string the relaxed encoder would escape, and one
/// not yet in the table, is escaped by the encoder itself. Thread-safe: each thread writes into a buffer of its own, which
/// the span returned by <see cref="Render"/> points into until the thread's next call.
/// </remarks>
internal sealed class CompactDecisionJson
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    [ThreadStatic]
    private static CompactDecisionJson? perThread;

    private byte[] buffer = new byte[4096];
    private int length;

    /// <summary>True when <paramref name="options"/> write what these bytes are: compact, with the relaxed encoder.</summary>
    public static bool Fits(JsonWriterOptions options) => !options.Indented && ReferenceEquals(options.Encoder, Encoder);

    /// <summary>The decision's compact JSON, valid until this thread's next call.</summary>
    public static ReadOnlySpan<byte> Render(Decision decision)
    {
        var json = perThread ??= new CompactDecisionJson();
        json.length = 0;
        json.Decision(decision);
        return json.buffer.AsSpan(0, json.length);
    }

    private void Decision(Decision decision)
    {
        Raw("{\"at\":"u8);
        Instant(decision.At);
        Raw(",\"verdict\":"u8);
        Word(DecisionJsonWriter.Words<Verdict>.Of(decision.Verdict));
        Items(",\"reasons\":"u8, decision.Reasons, static (json, reason) => json.Reason(reason));
        Items(",\"obligations\":"u8, decision.Obligations, static (json, obligation) => json.Obligation(obligation));
        Raw(",\"valid-until\":"u8);
        Instant(decision.ValidUntil);
        Raw(decision.ValidUntilIncluded ? ",\"valid-until-included\":true"u8 : ",\"valid-until-included\":false"u8);
        Items(",\"remedies\":"u8, decision.Remedies, static (json, remedy) => json.Remedy(remedy));
        Items(",\"advice\":"u8, decision.Advice, static (json, advice) => json.Advice(advice));
        Raw(",\"policy\":{\"id\":"u8);
        String(decision.Policy.Id);
        Raw(",\"version\":"u8);
        String(decision.Policy.Version);
        Raw(",\"digest\":"u8);
        String(decision.Policy.Digest);
        Raw("}}"u8);
    }

    private void Reason(Reason reason)
    {
        Raw("{\"clause\":"u8);
        String(reason.ClauseId);
        Raw(",\"force\":"u8);
        Word(DecisionJsonWriter.Words<Force>.Of(reason.Force));
        Raw(","u8);
        Raw(CitedJson.CompactMembers(reason.Citation));
        if (reason.Proof is { } proof)
        {
            Raw(",\"proof\":{"u8);
            ProofFields(proof);
            Raw("}"u8);
        }

        Items(",\"conditions\":"u8, reason.Conditions, static (json, condition) => json.Condition(condition));
        Raw("}"u8);
    }

    private void Condition(Condition condition)
    {
        Raw("{\"id\":"u8);
        String(condition.Id);
        Raw(condition.Met ? ",\"met\":true,\"fact\":"u8 : ",\"met\":false,\"fact\":"u8);
        Fact(condition.Fact);
        Raw("}"u8);
    }

    private void Advice(Advice advice)
    {
        Raw("{\"clause\":"u8);
        String(advice.ClauseId);
        Raw(","u8);
        Raw(CitedJson.CompactMembers(advice.Citation));
        Raw("}"u8);
    }

    private void ProofFields(Proof proof)
    {
        Raw("\"sampled\":"u8);
        Instant(proof.Test.Sampled);
        Raw(",\"resulted\":"u8);
        Instant(proof.Test.Resulted);
        Raw(",\"anchor\":"u8);
        Instant(proof.Anchor);
        Raw(",\"expires\":"u8);
        Instant(proof.Expires);
    }

    private void Fact(ConditionFact fact)
    {
        switch (fact)
        {
            case Proof proof:
                Raw("{\"kind\":\"proof\","u8);
                ProofFields(proof);
                break;
            case TestFact test:
                Raw("{\"kind\":\"test\",\"standing\":"u8);
                String(PolicyTerms.Of(test.Standing));
                if (test.Test is { } record)
                {
                    Raw(",\"sampled\":"u8);
                    Instant(record.Sampled);
                    Raw(",\"resulted\":"u8);
                    Instant(record.Resulted);
                    Raw(",\"result\":"u8);
                    String(PolicyTerms.Of(record.Result));
                }

                Raw(",\"until\":"u8);
                Instant(test.Until);
                break;
            case ReportFact report:
                Raw("{\"kind\":\"report\",\"to\":"u8);
                String(report.To);
                Raw(",\"at\":"u8);
                Instant(report.Report?.At);
                Raw(",\"known-at\":"u8);
                Instant(report.KnownAt);
                break;
            case ValueFact value:
                Raw("{\"kind\":\"value\",\"name\":"u8);
                String(value.Name);
                Raw(",\"value\":"u8);
                String(value.Value);
                break;
            case PeriodFact period:
                Raw("{\"kind\":\"period\",\"name\":"u8);
                String(period.Name);
                Raw(",\"from\":"u8);
                Instant(period.From);
                Raw(",\"until\":"u8);
                Instant(period.Until);
                break;
            default:
                // A kind of fact the contract does not know is written as the converter writes it: an empty object.
                Raw("{"u8);
                break;
        }

        Raw("}"u8);
    }

    private void Obligation(Obligation obligation)
    {
        var id = obligation.Id;
        Raw("{\"id\":"u8);
        String(id);
        Raw(",\"clause\":"u8);
        String(id.AsSpan(0, id.IndexOf('/', StringComparison.Ordinal)));
        Raw(",\"opens\":"u8);
        Instant(obligation.Opens);
        Raw(",\"due\":"u8);
        Instant(obligation.Due);
        Raw(",\"status\":"u8);
        Word(DecisionJsonWriter.Words<ObligationStatus>.Of(obligation.Status));
        Raw(",\"description\":"u8);
        Text(obligation.Description);
        Raw("}"u8);
    }

    private void Remedy(Remedy remedy)
    {
        Raw("{\"kind\":"u8);
        Word(DecisionJsonWriter.Words<RemedyKind>.Of(remedy.Kind));
        Raw(",\"clause\":"u8);
        String(remedy.ClauseId);
        Raw(",\"earliest\":"u8);
        Instant(remedy.Earliest);
        Raw(",\"condition\":"u8);
        if (remedy.Condition is { } condition)
        {
            String(condition);
        }
        else
        {
            Raw("null"u8);
        }

        Raw(",\"sentence\":"u8);
        Text(remedy.Sentence);
        Raw("}"u8);
    }

    private void Text(LocalizedText text)
    {
        Raw("{\"en\":"u8);
        String(text.En);
        Raw(",\"zh\":"u8);
        String(text.Zh);
        Raw("}"u8);
    }

    /// <summary>A member whose value is an array: <paramref name="name"/> (with its comma and colon), then each item.</summary>
    private void Items<T>(ReadOnlySpan<byte> name, IReadOnlyList<T> items, Action<CompactDecisionJson, T> write)
    {
        Raw(name);
        Raw("["u8);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                Raw(","u8);
            }

            write(this, items[i]);
        }

        Raw("]"u8);
    }

    private void Word(JsonEncodedText word) => Quoted(word.EncodedUtf8Bytes);

    private void Instant(Instant? instant)
    {
        if (instant is { } value)
        {
            Instant(value);
        }
        else
        {
            Raw("null"u8);
        }
    }

    private void Instant(Instant instant)
    {
        var text = Room(PolicyInstantConverter.MaxLength + 2);
        text[0] = (byte)'"';
        var written = PolicyInstantConverter.FormatUtf8(instant, text[1..]);
        text[written + 1] = (byte)'"';
        length += written + 2;
    }

    private void String(string value)
    {
        if (EscapedStrings.Cached(value) is { } quoted)
        {
            Raw(quoted);
        }
        else
        {
            String(value.AsSpan());
        }
    }

    /// <summary>A string written as the relaxed encoder writes it: as its UTF-8 when it needs no escape, else escaped by
    /// <see cref="Utf8JsonWriter"/> itself.</summary>
    private void String(ReadOnlySpan<char> value)
    {
        var text = Room((value.Length * 3) + 2);
        text[0] = (byte)'"';
        if (Utf8.FromUtf16(value, text[1..], out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
            && Encoder.FindFirstCharacterToEncodeUtf8(text.Slice(1, written)) < 0)
        {
            text[written + 1] = (byte)'"';
            length += written + 2;
            return;
        }

        Raw(EscapedStrings.Quoted(value));
    }

    private void Quoted(ReadOnlySpan<byte> escaped)
    {
        var text = Room(escaped.Length + 2);
        text[0] = (byte)'"';
        escaped.CopyTo(text[1..]);
        text[escaped.Length + 1] = (byte)'"';
        length += escaped.Length + 2;
    }

    private void Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Room(bytes.Length));
        length += bytes.Length;
    }

    /// <summary>At least <paramref name="size"/> bytes free after what is written.</summary>
    private Span<byte> Room(int size)
    {
        if (buffer.Length - length < size)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + size));
        }

        return buffer.AsSpan(length);
    }
}
