using System.Text.Encodings.Web;
using System.Text.Json;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using NodaTime;

namespace Beibei.Rules.Casebook;

/// <summary>The clause and region listings as JSON: what <c>clauses --format json</c> and <c>regions --format json</c> print
/// and the decision service's <c>GET /v1/clauses</c> and <c>GET /v1/regions</c> send.</summary>
/// <remarks>Thread-safe.</remarks>
public static class ListingJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The in-force period, the clauses and the parts not evaluated.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="options">The options (the in-force period).</param>
    /// <param name="at">The instant asked about: the clauses in force then (none outside the in-force period; of dated
    /// versions of a clause, the one in force then); every clause and every version when null.</param>
    /// <returns>The indented JSON text. A clause with a period of its own or of its layer (<see cref="Policy.ClausePeriods"/>)
    /// carries <c>in-force-from</c> and <c>in-force-until</c> for the ends it has; the others carry neither.</returns>
    public static string Clauses(Policy policy, PolicyOptions options, Instant? at = null) => Write(w =>
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(options);
        w.WriteStartObject();
        w.WriteString("in-force-from", PolicyTime.Format(options.InForceFrom));
        w.WriteString("in-force-until", PolicyTime.Format(options.InForceUntil));
        w.WriteStartArray("clauses");
        for (var i = 0; i < policy.Clauses.Count; i++)
        {
            var (clause, period) = (policy.Clauses[i], policy.ClausePeriods[i]);
            if (at is { } instant && !(options.InForceFrom <= instant && instant < options.InForceUntil && period.Contains(instant)))
            {
                continue;
            }

            w.WriteStartObject();
            w.WriteString("id", clause.Id);
            if (period.HasStart)
            {
                w.WriteString("in-force-from", PolicyTime.Format(period.Start));
            }

            if (period.HasEnd)
            {
                w.WriteString("in-force-until", PolicyTime.Format(period.End));
            }

            WriteCitation(w, clause.Citation);
            Strings(w, "parameters", clause.Parameters);
            Strings(w, "obligations", clause.ObligationIds);
            Strings(w, "conditions", clause.ConditionIds);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("not-evaluated");
        foreach (var item in policy.NotEvaluable)
        {
            w.WriteStartObject();
            w.WriteString("id", item.Id);
            WriteCitation(w, item.Citation);
            w.WriteStartObject("why");
            w.WriteString("en", item.Why.En);
            w.WriteString("zh", item.Why.Zh);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>A policy's region table: id, name, short names, code and zone of each region.</summary>
    /// <param name="regions">The table (<see cref="Engine.Policy.Regions"/>).</param>
    /// <returns>The indented JSON text.</returns>
    public static string Regions(RegionTable regions) => Write(w =>
    {
        ArgumentNullException.ThrowIfNull(regions);
        w.WriteStartArray();
        foreach (var region in regions.All)
        {
            w.WriteStartObject();
            w.WriteString("id", region.Id);
            w.WriteString("name", region.Name);
            Strings(w, "short-names", region.ShortNames);
            if (region.GbCode is { } code)
            {
                w.WriteString("gb-code", code);
            }
            else
            {
                w.WriteNull("gb-code");
            }

            w.WriteString("zone", PolicyTerms.Of(region.Zone));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    private static void WriteCitation(Utf8JsonWriter w, Decisions.Citation citation)
    {
        Strings(w, "sources", citation.Sources);
        w.WriteString("paragraph", citation.Paragraph);
        w.WriteString("quotation", citation.Quotation);
        w.WriteStartObject("summary");
        w.WriteString("en", citation.Summary.En);
        w.WriteString("zh", citation.Summary.Zh);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
