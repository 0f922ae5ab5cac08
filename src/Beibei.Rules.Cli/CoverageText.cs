using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Beibei.Rules.Casebook;

namespace Beibei.Rules.Cli;

/// <summary>A coverage report for people (what no case reaches, by name) and for programs (JSON).</summary>
internal static class CoverageText
{
    public static string Text(CoverageReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{report.Cases} cases reach {report.Reached} of {report.Total} items ({report.Percent:0.0} %).");
        text.AppendLine();
        foreach (var clause in report.Clauses)
        {
            var reached = clause.Items.Count(i => i.Reached);
            text.AppendLine(CultureInfo.InvariantCulture, $"{clause.ClauseId}: applied in {clause.Applied}, decided {clause.Decided}, a reason in {clause.Reason}; {reached} of {clause.Items.Count} items");
            foreach (var item in clause.Items.Where(i => !i.Reached))
            {
                text.AppendLine($"  not reached: {item.Name}");
            }
        }

        var codes = report.ErrorCodes.Count(c => c.Reached);
        text.AppendLine(CultureInfo.InvariantCulture, $"error codes: {codes} of {report.ErrorCodes.Count} reached (syntax is a file's problem, not a case's)");
        foreach (var item in report.ErrorCodes.Where(i => !i.Reached))
        {
            text.AppendLine($"  not reached: {item.Name}");
        }

        var missing = report.AllItems.Where(i => !i.Item.Reached).ToArray();
        text.AppendLine();
        text.Append(missing.Length == 0 ? "Every item is reached." : $"Not reached ({missing.Length}): " + string.Join("; ", missing.Select(m => $"{m.Scope}: {m.Item.Name}")));
        return text.ToString();
    }

    public static string Json(CoverageReport report)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("cases", report.Cases);
            w.WriteNumber("reached", report.Reached);
            w.WriteNumber("total", report.Total);
            w.WriteNumber("percent", Math.Round(report.Percent, 2));
            w.WriteStartArray("clauses");
            foreach (var clause in report.Clauses)
            {
                w.WriteStartObject();
                w.WriteString("clause", clause.ClauseId);
                w.WriteNumber("applied", clause.Applied);
                w.WriteNumber("decided", clause.Decided);
                w.WriteNumber("reason", clause.Reason);
                Items(w, "items", clause.Items);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Items(w, "error-codes", report.ErrorCodes);
            w.WriteStartArray("not-reached");
            foreach (var (scope, item) in report.AllItems.Where(i => !i.Item.Reached))
            {
                w.WriteStringValue($"{scope}: {item.Name}");
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Items(Utf8JsonWriter w, string name, IReadOnlyList<CoverageItem> items)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            w.WriteString("item", item.Name);
            w.WriteNumber("cases", item.Cases);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
