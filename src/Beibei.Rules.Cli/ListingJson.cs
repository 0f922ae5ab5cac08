using System.Text.Encodings.Web;
using System.Text.Json;
using Beibei.Rules.Casebook;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;

namespace Beibei.Rules.Cli;

/// <summary>The clause and region listings as JSON, for <c>clauses --format json</c> and <c>regions --format json</c>.</summary>
internal static class ListingJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ZoneWord(Zone zone) => zone switch
    {
        Zone.Central => "central",
        Zone.Other => "other",
        _ => "outside",
    };

    /// <summary>The in-force period, the clauses (empty when <paramref name="inForce"/> is false) and the parts not evaluated.</summary>
    public static string Clauses(Policy policy, PolicyOptions options, bool inForce) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("in-force-from", PolicyTime.Format(options.InForceFrom));
        w.WriteString("in-force-until", PolicyTime.Format(options.InForceUntil));
        w.WriteStartArray("clauses");
        foreach (var clause in inForce ? policy.Clauses : [])
        {
            w.WriteStartObject();
            w.WriteString("id", clause.Id);
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

    /// <summary>The region table.</summary>
    public static string Regions() => Write(w =>
    {
        w.WriteStartArray();
        foreach (var region in RegionTable.All)
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

            w.WriteString("zone", ZoneWord(region.Zone));
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
