using System.Globalization;
using System.Text;
using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Policies.Chongqing2022;
using Beibei.Rules.Questions;

namespace Beibei.Rules.Casebook;

/// <summary>Renders a casebook as one Markdown document for auditors, in English or Chinese: for each clause its source,
/// quotation, parameters and a table of its cases (situation, question, expected answer).</summary>
public static class CasebookRenderer
{
    /// <summary>Renders the files.</summary>
    /// <param name="files">The casebook files, in the order to show them within each clause.</param>
    /// <param name="language"><c>en</c> or <c>zh</c>.</param>
    /// <returns>The Markdown text.</returns>
    public static string Render(IReadOnlyList<CasebookFile> files, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(language);
        var zh = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        string T(string en, string chinese) => zh ? chinese : en;

        var policy = Policy.Chongqing2022;
        var defaults = new PolicyOptions();
        var md = new StringBuilder();
        md.AppendLine(T("# The Beibei.Rules casebook", "# Beibei.Rules 规则案例集")).AppendLine();
        md.AppendLine(T(
            $"{files.Sum(f => f.Cases.Count)} cases in {files.Count} files. Each case states a situation at an instant, asks one question and gives the answer the policy must give. Instants are Chongqing local time (UTC+08:00).",
            $"共 {files.Count} 个文件、{files.Sum(f => f.Cases.Count)} 个案例。每个案例给出某一时刻的情形、一个问题及政策应给出的答案。时间均为重庆当地时间（UTC+08:00）。"));
        md.AppendLine();

        foreach (var clause in policy.Clauses)
        {
            var own = files.Where(f => f.Clause == clause.Id).ToArray();
            md.AppendLine(CultureInfo.InvariantCulture, $"## `{clause.Id}`").AppendLine();
            WriteCitation(md, clause.Citation, zh);
            if (clause.ConditionIds.Count > 0)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"{T("Conditions: ", "条件：")}{string.Join(Separator(zh), clause.ConditionIds.Select(c => $"`{c}`"))}").AppendLine();
            }

            if (clause.Parameters.Count > 0)
            {
                var values = clause.Parameters.Select(p => $"`{p}` = `{Value(defaults, p)}`");
                md.AppendLine(CultureInfo.InvariantCulture, $"{T("Parameters (defaults): ", "参数（默认值）：")}{string.Join(Separator(zh), values)}").AppendLine();
            }

            if (own.Length == 0)
            {
                md.AppendLine(T("_No case file names this clause; see the topics below._", "_没有专门针对此条款的案例文件，见下文专题。_")).AppendLine();
            }

            foreach (var file in own)
            {
                WriteFile(md, file, zh);
            }
        }

        var topics = files.Where(f => f.Clause is null || policy.FindClause(f.Clause) is null).ToArray();
        if (topics.Length > 0)
        {
            md.AppendLine(T("## Topics across clauses", "## 跨条款专题")).AppendLine();
            foreach (var file in topics)
            {
                WriteFile(md, file, zh);
            }
        }

        md.AppendLine(T("## Not evaluated", "## 未编码的内容")).AppendLine();
        foreach (var item in policy.NotEvaluable)
        {
            md.AppendLine(zh
                ? $"- `{item.Id}`（{item.Citation.Paragraph}）：「{item.Citation.Quotation}」——{item.Why.Zh}"
                : $"- `{item.Id}` ({item.Citation.Paragraph}): “{item.Citation.Quotation}” — {item.Why.En}");
        }

        return md.ToString();
    }

    private static void WriteCitation(StringBuilder md, Citation citation, bool zh)
    {
        md.AppendLine(zh
            ? $"来源：{citation.Paragraph}（{string.Join("、", citation.Sources)}）"
            : $"Source: {citation.Paragraph} ({string.Join(", ", citation.Sources)})").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"> {citation.Quotation}").AppendLine();
        md.AppendLine(zh ? citation.Summary.Zh : citation.Summary.En).AppendLine();
    }

    private static void WriteFile(StringBuilder md, CasebookFile file, bool zh)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"### {Cell(file.TitleIn(zh ? "zh" : "en"))}").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{(zh ? "文件：" : "File: ")}`{Path.GetFileName(file.Path)}`").AppendLine();
        if (file.NotesIn(zh ? "zh" : "en") is { } notes && !string.IsNullOrWhiteSpace(notes))
        {
            md.AppendLine(notes.Trim()).AppendLine();
        }

        md.AppendLine(zh ? "| 案例 | 时刻 | 情形 | 问题 | 应答 |" : "| Case | At | Situation | Question | Expected |");
        md.AppendLine("|---|---|---|---|---|");
        foreach (var c in file.Cases)
        {
            var at = c.At is { } instant ? PolicyTime.Friendly(instant) : "—";
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(c.NameIn(zh ? "zh" : "en"))} | {at} | {Cell(Situation(c, zh))} | {Cell(Question(c.Ask, zh))} | {Cell(Expected(c.Expect, zh))} |");
        }

        md.AppendLine();
    }

    internal static string Situation(CaseDefinition c, bool zh)
    {
        if (c.Person is not { } p)
        {
            return zh ? "（输入有误）" : "(bad input)";
        }

        var parts = new List<string> { zh ? "在" + RegionZh(p.Region) : "in " + p.Region };
        var options = c.FieldLines.Keys.Where(k => k.StartsWith("options.", StringComparison.Ordinal)).Select(k => k["options.".Length..]);
        parts.AddRange(options.Select(o => (zh ? "参数 " : "option ") + $"`{o}` = `{Value(c.Options, o, c.Policy)}`"));
        foreach (var t in p.Tests)
        {
            var resulted = t.Resulted is { } r ? (zh ? $"，{PolicyTime.Friendly(r)} 出结果" : $", resulted {PolicyTime.Friendly(r)}") : string.Empty;
            parts.Add(zh
                ? $"{PolicyTime.Friendly(t.Sampled)} 采样的检测（{ChineseTerms.Of(t.Result)}）{resulted}"
                : $"{PolicyTerms.Of(t.Result)} test sampled {PolicyTime.Friendly(t.Sampled)}{resulted}");
        }

        if (p.Arrival is { } a)
        {
            parts.Add(zh ? $"{PolicyTime.Friendly(a.At)} 从{RegionZh(a.From)}抵达" : $"arrived from {a.From} {PolicyTime.Friendly(a.At)}");
            if (a.Entered is { } entered)
            {
                parts.Add(zh ? $"{PolicyTime.Friendly(entered)} 入渝" : $"entered Chongqing {PolicyTime.Friendly(entered)}");
            }

            if (a.Reported is { } reported)
            {
                parts.Add(zh ? $"{PolicyTime.Friendly(reported)} 已报备抵达" : $"arrival reported {PolicyTime.Friendly(reported)}");
            }
        }

        parts.AddRange(p.Reports.Select(r => zh ? $"{PolicyTime.Friendly(r.At)} 向{RegionZh(r.To)}报备" : $"reported to {r.To} {PolicyTime.Friendly(r.At)}"));
        if (p.HealthCode is { } code)
        {
            parts.Add(zh ? "健康码为" + ChineseTerms.Of(code) : "health code " + PolicyTerms.Of(code));
        }

        if (p.HealthCodeReported is { } codeReported)
        {
            parts.Add(zh ? $"{PolicyTime.Friendly(codeReported)} 已报告健康码异常" : $"abnormal code reported {PolicyTime.Friendly(codeReported)}");
        }

        if (p.Exposure is { } exposure)
        {
            parts.Add(zh ? $"{PolicyTime.Friendly(exposure.Noticed)} 收到协查通知或发现时空交集" : $"tracing notice or overlap noticed {PolicyTime.Friendly(exposure.Noticed)}");
            if (exposure.Reported is { } exposureReported)
            {
                parts.Add(zh ? $"{PolicyTime.Friendly(exposureReported)} 已报备" : $"reported {PolicyTime.Friendly(exposureReported)}");
            }
        }

        if (p.Temperature is { } temperature)
        {
            parts.Add(zh ? "体温" + temperature.ToString(CultureInfo.InvariantCulture) + "℃" : temperature.ToString(CultureInfo.InvariantCulture) + " °C");
        }

        if (p.Symptoms.Count > 0)
        {
            parts.Add(zh ? "症状：" + string.Join("、", p.Symptoms.Select(ChineseTerms.Of)) : "symptoms: " + string.Join("/", p.Symptoms.Select(PolicyTerms.Of)));
        }

        if (p.Isolation is { } i)
        {
            var until = i.Until is { } u ? (zh ? $" 至 {PolicyTime.Friendly(u)}" : $" until {PolicyTime.Friendly(u)}") : string.Empty;
            parts.Add((zh ? "居家隔离自 " : "home isolation from ") + PolicyTime.Friendly(i.From) + until);
        }

        if (p.ControlArea is { } area)
        {
            var until = area.Until is { } u ? (zh ? $" 至 {PolicyTime.Friendly(u)}" : $" until {PolicyTime.Friendly(u)}") : string.Empty;
            parts.Add((zh ? $"身处{ChineseTerms.Of(area.Level)}，自 " : $"{PolicyTerms.Of(area.Level)} control area from ") + PolicyTime.Friendly(area.From) + until);
        }

        return string.Join(zh ? "；" : "; ", parts);
    }

    internal static string Question(Question? ask, bool zh) => ask switch
    {
        Travel t => (zh ? $"前往{RegionZh(t.To)}（{ChineseTerms.Of(t.Purpose)}）" : $"travel to {t.To} ({PolicyTerms.Of(t.Purpose)})")
            + (t.Arrives is { } arrives ? (zh ? $"，预计 {PolicyTime.Friendly(arrives)} 抵达" : $", arriving {PolicyTime.Friendly(arrives)}") : string.Empty)
            + (zh ? "？" : "?"),
        EnterPublicPlace e => zh
            ? "进入公共场所" + (e.Kind is { } kind ? $"（{ChineseTerms.Of(kind)}）" : string.Empty) + (e.Region is { } region ? $"，位于{RegionZh(region)}" : string.Empty) + "？"
            : "enter a public place" + (e.Kind is { } k ? $" ({PolicyTerms.Of(k)})" : string.Empty) + (e.Region is { } r ? $" in {r}" : string.Empty) + "?",
        LeaveHome l => zh ? $"出门（{ChineseTerms.Of(l.Purpose)}）？" : $"leave home ({PolicyTerms.Of(l.Purpose)})?",
        Gathering g => zh ? $"举办或参加{ChineseTerms.Of(g.Kind)}？" : $"hold or attend a {PolicyTerms.Of(g.Kind)}?",
        _ => zh ? "（输入有误）" : "(bad input)",
    };

    internal static string Expected(CaseExpectation? expect, bool zh)
    {
        if (expect is null)
        {
            return string.Empty;
        }

        if (expect.Error is { } error)
        {
            return (zh ? "拒绝输入：" : "rejected as bad input: ") + $"`{error}`";
        }

        var parts = new List<string> { $"**{(expect.Verdict is { } v ? (zh ? ChineseTerms.Of(v) : PolicyTerms.Of(v)) : "?")}**" };
        if (expect.Reasons.Count > 0)
        {
            parts.Add((zh ? "依据：" : "because of ") + string.Join(Separator(zh), expect.Reasons.Select(r => $"`{r}`")));
        }

        if (expect.NotReasons.Count > 0)
        {
            parts.Add((zh ? "不依据：" : "not because of ") + string.Join(Separator(zh), expect.NotReasons.Select(r => $"`{r}`")));
        }

        if (expect.Obligations.Count > 0)
        {
            parts.Add((zh ? "义务：" : "obligations ") + string.Join(zh ? "、" : ", ", expect.Obligations.Select(o => Obligation(o, zh))));
        }

        if (expect.NoObligations.Count > 0)
        {
            parts.Add((zh ? "无义务：" : "no obligation ") + string.Join(Separator(zh), expect.NoObligations.Select(o => $"`{o}`")));
        }

        if (expect.ChecksValidUntil)
        {
            parts.Add(expect.ValidUntil is { } until
                ? (zh ? "有效至 " : "valid until ") + PolicyTime.Friendly(until)
                : zh ? "答复此后不再改变" : "valid until: none (no instant ahead changes it)");
        }

        if (expect.Remedies.Count > 0)
        {
            parts.Add((zh ? "补救：" : "remedies ") + string.Join(Separator(zh), expect.Remedies.Select(r => Remedy(r, expect, zh))));
        }

        if (expect.NoRemedies.Count > 0)
        {
            parts.Add((zh ? "无补救：" : "no remedy ") + string.Join(Separator(zh), expect.NoRemedies.Select(r => RemedyName(r, zh))));
        }

        foreach (var (clause, conditions) in expect.Conditions)
        {
            parts.Add((zh ? "条件 " : "conditions of ") + $"`{clause}`{(zh ? "：" : ": ")}" + string.Join(Separator(zh), conditions.Select(c => $"`{c.Key}` {(c.Value ? (zh ? "满足" : "met") : (zh ? "未满足" : "unmet"))}")));
        }

        if (expect.Advice.Count > 0)
        {
            parts.Add((zh ? "提示违背倡导：" : "against the advice of ") + string.Join(Separator(zh), expect.Advice.Select(a => $"`{a}`")));
        }

        if (expect.Forces.Count > 0)
        {
            parts.Add((zh ? "效力：" : "force ") + string.Join(Separator(zh), expect.Forces.Select(f => $"`{f.Key}` {(zh ? ChineseTerms.Of(f.Value) : PolicyTerms.Of(f.Value))}")));
        }

        return string.Join(zh ? "；" : "; ", parts);
    }

    private static string Remedy(RemedyKind kind, CaseExpectation expect, bool zh) =>
        expect.RemedyEarliest.TryGetValue(kind, out var earliest)
            ? (zh ? $"{RemedyName(kind, zh)}（最早 {PolicyTime.Friendly(earliest)}）" : $"`{PolicyTerms.Of(kind)}` (from {PolicyTime.Friendly(earliest)})")
            : RemedyName(kind, zh);

    // A remedy by its Chinese name with its id (核酸检测 `remedy.test`), or its id.
    private static string RemedyName(RemedyKind kind, bool zh) =>
        zh ? $"{ChineseTerms.Of(kind)} `{PolicyTerms.Of(kind)}`" : $"`{PolicyTerms.Of(kind)}`";

    private static string Obligation(ExpectedObligation o, bool zh)
    {
        var fields = new List<string>();
        if (o.Opens is { } opens)
        {
            fields.Add((zh ? "开始于 " : "opens ") + PolicyTime.Friendly(opens));
        }
        else if (o.NoOpens)
        {
            fields.Add(zh ? "无开始时刻" : "no opening instant");
        }

        if (o.Due is { } due)
        {
            fields.Add(PolicyTime.EndOfDay(due, zh ? "zh" : "en") ?? ((zh ? "截止 " : "due ") + PolicyTime.Friendly(due)));
        }
        else if (o.NoDue)
        {
            fields.Add(zh ? "无截止时刻" : "no due instant");
        }

        if (o.Status is { } status)
        {
            fields.Add(zh ? ChineseTerms.Of(status) : PolicyTerms.Of(status));
        }

        return fields.Count == 0 ? $"`{o.Id}`" : zh ? $"`{o.Id}`（{string.Join("，", fields)}）" : $"`{o.Id}` ({string.Join(", ", fields)})";
    }

    internal static string Value(PolicyOptions o, string name, Policy? policy = null) =>
        (policy ?? Policy.Chongqing2022).FindParameter(name) is { } parameter
            ? parameter.Format(o) + (parameter.Unit.Length > 0 ? " " + parameter.Unit : string.Empty)
            : "?";

    // A region by its Chinese name; an id the table does not know (a case of bad input) as the author wrote it, as code.
    private static string RegionZh(string id) => Chongqing2022Regions.Table.TryFind(id, out _) ? ChineseTerms.Region(id) : $"`{id}`";

    private static string Separator(bool zh) => zh ? "、" : ", ";

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
