using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Beibei.Rules.Casebook;

namespace Beibei.Rules.Cli;

/// <summary>A coverage report for people (what no case reaches, by name) and for programs (JSON).</summary>
internal static class CoverageText
{
    public static string Text(CoverageReport report, string language)
    {
        var zh = HumanText.IsChinese(language);
        var text = new StringBuilder();
        text.AppendLine(zh
            ? FormattableString.Invariant($"{report.Cases}个案例覆盖{report.Total}项中的{report.Reached}项（{report.Percent:0.0}%）。")
            : FormattableString.Invariant($"{report.Cases} cases reach {report.Reached} of {report.Total} items ({report.Percent:0.0} %)."));
        text.AppendLine();
        foreach (var clause in report.Clauses)
        {
            var reached = clause.Items.Count(i => i.Reached);
            text.AppendLine(zh
                ? FormattableString.Invariant($"{clause.ClauseId}：适用于{clause.Applied}个案例，单独决定结论{clause.Decided}个，作为依据{clause.Reason}个；覆盖{clause.Items.Count}项中的{reached}项")
                : FormattableString.Invariant($"{clause.ClauseId}: applied in {clause.Applied}, decided {clause.Decided}, a reason in {clause.Reason}; {reached} of {clause.Items.Count} items"));
            foreach (var item in clause.Items.Where(i => !i.Reached))
            {
                text.AppendLine(zh ? $"  未覆盖：{ItemName(item.Name, zh)}" : $"  not reached: {item.Name}");
            }
        }

        var codes = report.ErrorCodes.Count(c => c.Reached);
        text.AppendLine(zh
            ? FormattableString.Invariant($"错误代码：覆盖{report.ErrorCodes.Count}个中的{codes}个（文件的语法错误属于文件的问题，不属于案例）")
            : FormattableString.Invariant($"error codes: {codes} of {report.ErrorCodes.Count} reached (syntax is a file's problem, not a case's)"));
        foreach (var item in report.ErrorCodes.Where(i => !i.Reached))
        {
            text.AppendLine(zh ? $"  未覆盖：{ItemName(item.Name, zh)}" : $"  not reached: {item.Name}");
        }

        var missing = report.AllItems.Where(i => !i.Item.Reached).ToArray();
        text.AppendLine();
        text.Append(missing.Length == 0
            ? (zh ? "所有项目均已覆盖。" : "Every item is reached.")
            : zh
                ? $"未覆盖（{missing.Length}项）：" + string.Join("；", missing.Select(m => $"{(m.Scope == "errors" ? "错误代码" : m.Scope)}：{ItemName(m.Item.Name, zh)}"))
                : $"Not reached ({missing.Length}): " + string.Join("; ", missing.Select(m => $"{m.Scope}: {m.Item.Name}")));
        return text.ToString();
    }

    /// <summary>An item's name in Chinese: its words translated, its ids kept (<c>condition negative-proof unmet</c> →
    /// <c>条件 negative-proof 未满足</c>).</summary>
    internal static string ItemName(string name, bool zh)
    {
        if (!zh)
        {
            return name;
        }

        var words = name.Split(' ');
        return (words[0], words[^1]) switch
        {
            ("applied", _) => "适用",
            ("reason", _) => "作为依据",
            ("condition", "met") => $"条件 {words[1]} 满足",
            ("condition", "unmet") => $"条件 {words[1]} 未满足",
            ("obligation", _) => $"义务 {words[1]}",
            ("remedy", _) => $"补救 {words[1]}",
            ("error", _) => words[1],
            ("on", _) => "恰在变化点上",
            ("just", _) => "刚过变化点",
            _ => name,
        };
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
