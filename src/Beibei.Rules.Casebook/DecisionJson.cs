using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Beibei.Rules.Decisions;

namespace Beibei.Rules.Casebook;

/// <summary>Writes decisions, timelines and input errors as JSON (System.Text.Json), with instants as ISO 8601 with
/// offset and every word as the catalogue writes it. This is the shape other applications read.</summary>
public static class DecisionJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The decision as JSON: verdict, reasons (clause, force, sources, paragraph, quotation, summary en/zh, proof),
    /// obligations, valid-until, remedies, advice (clause, sources, paragraph, quotation, summary) and policy (id,
    /// version, digest).</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return Build(w =>
        {
            w.WriteStartObject();
            w.WriteString("at", PolicyTime.Format(decision.At));
            w.WriteString("verdict", PolicyTerms.Of(decision.Verdict));
            w.WriteStartArray("reasons");
            foreach (var reason in decision.Reasons)
            {
                WriteReason(w, reason);
            }

            w.WriteEndArray();
            w.WriteStartArray("obligations");
            foreach (var obligation in decision.Obligations)
            {
                w.WriteStartObject();
                w.WriteString("id", obligation.Id);
                w.WriteString("clause", obligation.ClauseId);
                WriteInstant(w, "opens", obligation.Opens);
                WriteInstant(w, "due", obligation.Due);
                w.WriteString("status", PolicyTerms.Of(obligation.Status));
                WriteText(w, "description", obligation.Description);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteInstant(w, "valid-until", decision.ValidUntil);
            w.WriteBoolean("valid-until-included", decision.ValidUntilIncluded);
            w.WriteStartArray("remedies");
            foreach (var remedy in decision.Remedies)
            {
                w.WriteStartObject();
                w.WriteString("kind", PolicyTerms.Of(remedy.Kind));
                w.WriteString("clause", remedy.ClauseId);
                w.WriteString("earliest", PolicyTime.Format(remedy.Earliest));
                if (remedy.Condition is { } condition)
                {
                    w.WriteString("condition", condition);
                }
                else
                {
                    w.WriteNull("condition");
                }

                WriteText(w, "sentence", remedy.Sentence);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("advice");
            foreach (var advice in decision.Advice)
            {
                w.WriteStartObject();
                w.WriteString("clause", advice.ClauseId);
                WriteCitation(w, advice.Citation);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("policy");
            w.WriteString("id", decision.Policy.Id);
            w.WriteString("version", decision.Policy.Version);
            w.WriteString("digest", decision.Policy.Digest);
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    /// <summary>A timeline as JSON: its span and segments (from, until, until-included, verdict, reasons).</summary>
    /// <param name="timeline">The timeline.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return Build(w =>
        {
            w.WriteStartObject();
            w.WriteString("from", PolicyTime.Format(timeline.From));
            w.WriteString("until", PolicyTime.Format(timeline.Until));
            w.WriteStartArray("segments");
            foreach (var segment in timeline.Segments)
            {
                w.WriteStartObject();
                w.WriteString("from", PolicyTime.Format(segment.From));
                w.WriteBoolean("from-included", segment.FromIncluded);
                w.WriteString("until", PolicyTime.Format(segment.Until));
                w.WriteBoolean("until-included", segment.UntilIncluded);
                w.WriteString("verdict", PolicyTerms.Of(segment.Verdict));
                w.WriteStartArray("reasons");
                foreach (var reason in segment.Reasons)
                {
                    w.WriteStringValue(reason);
                }

                w.WriteEndArray();
                if (segment.Policy is { } policy)
                {
                    w.WriteString("policy-version", policy.Version);
                }
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>Input errors as a JSON object: <c>error</c> (the first: code, field, message, line) and <c>errors</c> (all).</summary>
    /// <param name="errors">The errors; at least one.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(IReadOnlyList<CasebookError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return Build(w =>
        {
            w.WriteStartObject();
            if (errors.Count > 0)
            {
                w.WritePropertyName("error");
                WriteError(w, errors[0]);
            }

            w.WriteStartArray("errors");
            foreach (var error in errors)
            {
                WriteError(w, error);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void WriteError(Utf8JsonWriter w, CasebookError error)
    {
        w.WriteStartObject();
        w.WriteString("code", error.Code);
        w.WriteString("field", error.Field);
        w.WriteString("message", error.Message);
        w.WriteString("file", error.File);
        w.WriteNumber("line", error.Line);
        w.WriteEndObject();
    }

    private static void WriteReason(Utf8JsonWriter w, Reason reason)
    {
        w.WriteStartObject();
        w.WriteString("clause", reason.ClauseId);
        w.WriteString("force", PolicyTerms.Of(reason.Force));
        WriteCitation(w, reason.Citation);
        if (reason.Proof is { } proof)
        {
            w.WriteStartObject("proof");
            w.WriteString("sampled", PolicyTime.Format(proof.Test.Sampled));
            WriteInstant(w, "resulted", proof.Test.Resulted);
            w.WriteString("anchor", PolicyTime.Format(proof.Anchor));
            w.WriteString("expires", PolicyTime.Format(proof.Expires));
            w.WriteEndObject();
        }

        w.WriteStartArray("conditions");
        foreach (var condition in reason.Conditions)
        {
            w.WriteStartObject();
            w.WriteString("id", condition.Id);
            w.WriteBoolean("met", condition.Met);
            w.WritePropertyName("fact");
            WriteFact(w, condition.Fact);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteFact(Utf8JsonWriter w, ConditionFact fact)
    {
        w.WriteStartObject();
        switch (fact)
        {
            case Proof proof:
                w.WriteString("kind", "proof");
                w.WriteString("sampled", PolicyTime.Format(proof.Test.Sampled));
                WriteInstant(w, "resulted", proof.Test.Resulted);
                w.WriteString("anchor", PolicyTime.Format(proof.Anchor));
                w.WriteString("expires", PolicyTime.Format(proof.Expires));
                break;
            case TestFact test:
                w.WriteString("kind", "test");
                w.WriteString("standing", PolicyTerms.Of(test.Standing));
                if (test.Test is { } record)
                {
                    w.WriteString("sampled", PolicyTime.Format(record.Sampled));
                    WriteInstant(w, "resulted", record.Resulted);
                    w.WriteString("result", PolicyTerms.Of(record.Result));
                }

                WriteInstant(w, "until", test.Until);
                break;
            case ReportFact report:
                w.WriteString("kind", "report");
                w.WriteString("to", report.To);
                WriteInstant(w, "at", report.Report?.At);
                w.WriteString("known-at", PolicyTime.Format(report.KnownAt));
                break;
            case ValueFact value:
                w.WriteString("kind", "value");
                w.WriteString("name", value.Name);
                w.WriteString("value", value.Value);
                break;
            case PeriodFact period:
                w.WriteString("kind", "period");
                w.WriteString("name", period.Name);
                w.WriteString("from", PolicyTime.Format(period.From));
                WriteInstant(w, "until", period.Until);
                break;
        }

        w.WriteEndObject();
    }

    private static void WriteCitation(Utf8JsonWriter w, Citation citation)
    {
        w.WriteStartArray("sources");
        foreach (var source in citation.Sources)
        {
            w.WriteStringValue(source);
        }

        w.WriteEndArray();
        w.WriteString("paragraph", citation.Paragraph);
        w.WriteString("quotation", citation.Quotation);
        WriteText(w, "summary", citation.Summary);
    }

    private static void WriteText(Utf8JsonWriter w, string name, LocalizedText text)
    {
        w.WriteStartObject(name);
        w.WriteString("en", text.En);
        w.WriteString("zh", text.Zh);
        w.WriteEndObject();
    }

    private static void WriteInstant(Utf8JsonWriter w, string name, NodaTime.Instant? instant)
    {
        if (instant is { } i)
        {
            w.WriteString(name, PolicyTime.Format(i));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string Build(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
