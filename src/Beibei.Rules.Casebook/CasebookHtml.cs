using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using NodaTime;

namespace Beibei.Rules.Casebook;

/// <summary>Renders a casebook as one self-contained HTML page for auditors, in English or Chinese: clause by clause the
/// source, paragraph and quotation, conditions and parameters, a table of its cases with the expected and the actual
/// outcome, and for every case a timeline picture; links from each reason to its clause, a filter by clause and by
/// verdict, and a print style.</summary>
/// <remarks>The page makes no network request: its style, script and pictures are inline, and it uses the reader's own
/// fonts. A case's picture spans from its earliest fact (or the instant asked) to its decision's <c>valid-until</c>, or
/// three days when there is none. Thread-safe.</remarks>
public static partial class CasebookHtml
{
    /// <summary>How long a case's picture spans when its decision has no <c>valid-until</c>.</summary>
    public static readonly Duration DefaultSpan = Duration.FromDays(3);

    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:2rem;line-height:1.45;color:#111}
        h1{font-size:1.6rem}h2{border-top:2px solid #ccc;padding-top:1rem}
        table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:left}
        blockquote{border-left:4px solid #999;margin:.5rem 0;padding:.25rem .75rem;background:#f6f6f6}
        .case{border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem;margin:.75rem 0}
        .failed{color:#b71c1c;font-weight:bold}.passed{color:#1b5e20}
        svg.timeline{max-width:100%;height:auto}
        #filters{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #ccc}
        [hidden]{display:none!important}
        @media print{#filters{display:none}.case{break-inside:avoid}a{color:inherit;text-decoration:none}}
        """;

    private const string Script = """
        (function(){
          var clause=document.getElementById('filter-clause'),verdict=document.getElementById('filter-verdict');
          function apply(){
            var c=clause.value,v=verdict.value;
            document.querySelectorAll('[data-case]').forEach(function(e){
              var show=(!c||(' '+e.getAttribute('data-clauses')+' ').indexOf(' '+c+' ')>=0)&&(!v||e.getAttribute('data-verdict')===v);
              e.hidden=!show;
            });
          }
          clause.addEventListener('change',apply);verdict.addEventListener('change',apply);
        })();
        """;

    /// <summary>Renders the files.</summary>
    /// <param name="files">The casebook files, in the order to show them within each clause.</param>
    /// <param name="language"><c>en</c> or <c>zh</c>.</param>
    /// <returns>The HTML text.</returns>
    public static string Render(IReadOnlyList<CasebookFile> files, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(language);
        var zh = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        string T(string en, string chinese) => zh ? chinese : en;
        var separator = zh ? "、" : ", ";
        var policy = Policy.Chongqing2022;
        var defaults = new PolicyOptions();
        var html = new StringBuilder();
        var caseNumber = 0;
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{(zh ? "zh" : "en")}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>{T("The Beibei.Rules casebook", "Beibei.Rules 规则案例集")}</title><style>{Style}</style></head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{T("The Beibei.Rules casebook", "Beibei.Rules 规则案例集")}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(T($"{files.Sum(f => f.Cases.Count)} cases in {files.Count} files. Instants are Chongqing local time (UTC+08:00).", $"共 {files.Count} 个文件、{files.Sum(f => f.Cases.Count)} 个案例。时间均为重庆当地时间（UTC+08:00）。"))}</p>");
        html.Append("<form id=\"filters\"><label>").Append(T("Clause", "条款")).Append(" <select id=\"filter-clause\"><option value=\"\">").Append(T("all", "全部")).Append("</option>");
        foreach (var clause in policy.Clauses)
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{E(clause.Id)}\">{E(clause.Id)}</option>");
        }

        html.Append("</select></label> <label>").Append(T("Verdict", "结论")).Append(" <select id=\"filter-verdict\"><option value=\"\">").Append(T("all", "全部")).Append("</option>");
        html.Append(CultureInfo.InvariantCulture, $"<option value=\"allowed\">{T("allowed", "允许")}</option><option value=\"denied\">{T("denied", "不允许")}</option><option value=\"error\">{T("bad input", "输入有误")}</option></select></label></form>");

        foreach (var clause in policy.Clauses)
        {
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"clause\" id=\"clause-{E(clause.Id)}\"><h2><code>{E(clause.Id)}</code></h2>");
            Citation(html, clause.Citation, zh);
            if (clause.ConditionIds.Count > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>{T("Conditions: ", "条件：")}{string.Join(separator, clause.ConditionIds.Select(c => $"<code>{E(c)}</code>"))}</p>");
            }

            if (clause.Parameters.Count > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>{T("Parameters (defaults): ", "参数（默认值）：")}{string.Join(separator, clause.Parameters.Select(p => $"<code>{E(p)}</code> = <code>{E(CasebookRenderer.Value(defaults, p))}</code>"))}</p>");
            }

            foreach (var file in files.Where(f => f.Clause == clause.Id))
            {
                File(html, file, zh, ref caseNumber);
            }

            html.Append("</section>");
        }

        var topics = files.Where(f => f.Clause is null || policy.FindClause(f.Clause) is null).ToArray();
        if (topics.Length > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"topics\" id=\"topics\"><h2>{T("Topics across clauses", "跨条款专题")}</h2>");
            foreach (var file in topics)
            {
                File(html, file, zh, ref caseNumber);
            }

            html.Append("</section>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<section id=\"not-evaluated\"><h2>{T("Not evaluated", "未编码的内容")}</h2><ul>");
        foreach (var item in policy.NotEvaluable)
        {
            html.Append(zh
                ? $"<li><code>{E(item.Id)}</code>（{E(item.Citation.Paragraph)}）：<q lang=\"zh\">{E(item.Citation.Quotation)}</q>——{E(item.Why.Zh)}</li>"
                : $"<li><code>{E(item.Id)}</code> ({E(item.Citation.Paragraph)}): <q lang=\"zh\">{E(item.Citation.Quotation)}</q> — {E(item.Why.En)}</li>");
        }

        html.Append("</ul></section><script>").Append(Script).Append("</script></body></html>");
        return html.ToString();
    }

    private static void Citation(StringBuilder html, Citation citation, bool zh)
    {
        html.Append(zh
            ? $"<p class=\"source\">来源：{E(citation.Paragraph)}（{E(string.Join("、", citation.Sources))}）</p>"
            : $"<p class=\"source\">Source: {E(citation.Paragraph)} ({E(string.Join(", ", citation.Sources))})</p>");
        html.Append(CultureInfo.InvariantCulture, $"<blockquote lang=\"zh\">{E(citation.Quotation)}</blockquote><p>{E(zh ? citation.Summary.Zh : citation.Summary.En)}</p>");
    }

    private static void File(StringBuilder html, CasebookFile file, bool zh, ref int caseNumber)
    {
        string T(string en, string chinese) => zh ? chinese : en;
        html.Append(CultureInfo.InvariantCulture, $"<h3>{E(file.TitleIn(zh ? "zh" : "en"))}</h3><p>{T("File: ", "文件：")}<code>{E(Path.GetFileName(file.Path))}</code></p>");
        if (file.NotesIn(zh ? "zh" : "en") is { } notes && !string.IsNullOrWhiteSpace(notes))
        {
            html.Append("<p class=\"notes\">").Append(Inline(notes.Trim())).Append("</p>");
        }

        var results = file.Cases.Select(CaseRunner.Run).ToArray();
        var first = caseNumber;
        html.Append(CultureInfo.InvariantCulture, $"<table class=\"cases\"><thead><tr><th>{T("Case", "案例")}</th><th>{T("At", "时刻")}</th><th>{T("Expected", "应答")}</th><th>{T("Actual", "实际")}</th><th>{T("Result", "结果")}</th></tr></thead><tbody>");
        foreach (var result in results)
        {
            var id = ++caseNumber;
            var c = result.Case;
            html.Append(CultureInfo.InvariantCulture, $"<tr {Attributes(file, result)}><td><a href=\"#case-{id}\">{E(c.NameIn(zh ? "zh" : "en"))}</a></td><td>{(c.At is { } at ? PolicyTime.Friendly(at) : "—")}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{Inline(CasebookRenderer.Expected(c.Expect, zh))}</td><td>{Actual(result, zh)}</td>{Outcome(result, zh)}</tr>");
        }

        html.Append("</tbody></table>");
        caseNumber = first;
        foreach (var result in results)
        {
            var id = ++caseNumber;
            var c = result.Case;
            html.Append(CultureInfo.InvariantCulture, $"<article class=\"case\" id=\"case-{id}\" {Attributes(file, result)}><h4>{E(c.NameIn(zh ? "zh" : "en"))}</h4>");
            html.Append(CultureInfo.InvariantCulture, $"<p>{(c.At is { } at ? PolicyTime.Friendly(at) : "—")} · {Inline(CasebookRenderer.Situation(c, zh))} · {E(CasebookRenderer.Question(c.Ask, zh))}</p>");
            html.Append(CultureInfo.InvariantCulture, $"<p>{T("Expected: ", "应答：")}{Inline(CasebookRenderer.Expected(c.Expect, zh))} · {T("Actual: ", "实际：")}{Actual(result, zh)}</p>");
            html.Append("<figure>").Append(Picture(result, zh)).Append("</figure></article>");
        }
    }

    /// <summary>The case's attributes for the filter: <c>data-case</c>, the clauses it concerns and its verdict.</summary>
    private static string Attributes(CasebookFile file, CaseResult result)
    {
        var clauses = (result.Decision?.Reasons.Select(r => r.ClauseId) ?? []).Prepend(file.Clause ?? string.Empty).Where(c => c.Length > 0).Distinct();
        var verdict = result.Decision is { } d ? PolicyTerms.Of(d.Verdict) : "error";
        return $"data-case=\"\" data-clauses=\"{E(string.Join(" ", clauses))}\" data-verdict=\"{verdict}\"";
    }

    private static string Actual(CaseResult result, bool zh)
    {
        if (result.Decision is not { } decision)
        {
            return (zh ? "输入有误：" : "bad input: ") + string.Join(zh ? "、" : ", ", result.Errors.Select(e => $"<code>{E(e.Code)}</code>"));
        }

        var verdict = decision.IsAllowed ? (zh ? "允许" : "allowed") : (zh ? "不允许" : "denied");
        var reasons = decision.Reasons.Select(r => Policy.Chongqing2022.FindClause(r.ClauseId) is null
            ? $"<code>{E(r.ClauseId)}</code>"
            : $"<a class=\"reason\" href=\"#clause-{E(r.ClauseId)}\">{E(r.ClauseId)}</a>");
        return $"<strong>{verdict}</strong>" + (decision.Reasons.Count == 0 ? string.Empty : zh ? "（" + string.Join("、", reasons) + "）" : " (" + string.Join(", ", reasons) + ")");
    }

    private static string Outcome(CaseResult result, bool zh) => result.Passed
        ? $"<td class=\"passed\">{(zh ? "通过" : "passed")}</td>"
        : $"<td class=\"failed\">{(zh ? "未通过：" : "failed: ")}{E(string.Join("; ", result.Failures.Select(f => $"{f.Field}: {f.Expected} ≠ {f.Actual}")))}</td>";

    /// <summary>The case's timeline picture: from its earliest fact (or the instant asked) to valid-until, or three days.</summary>
    private static string Picture(CaseResult result, bool zh)
    {
        var c = result.Case;
        if (result.Decision is not { } decision || c.Person is null || c.At is not { } at)
        {
            var text = zh ? "输入有误，无时间线" : "bad input: no timeline";
            return $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" viewBox=\"0 0 960 40\" width=\"960\" height=\"40\" role=\"img\"><title>{text}</title><text x=\"16\" y=\"24\" font-size=\"12\">{text}</text></svg>";
        }

        var earliest = TimelineSvg.Facts(c.Person, zh).Select(f => f.At).Append(at).Min();
        var until = decision.ValidUntil is { } valid && valid > earliest ? valid : at + DefaultSpan;
        var timeline = new Evaluator(c.Policy, c.Options).Timeline(c.Person, c.Ask, earliest, until);
        return timeline.IsValid ? TimelineSvg.Render(timeline.Value, c.Person, at, zh ? "zh" : "en") : string.Empty;
    }

    /// <summary>The casebook's inline Markdown (code spans, bold) as HTML, the text encoded.</summary>
    private static string Inline(string markdown)
    {
        var html = E(markdown);
        html = CodeSpan().Replace(html, "<code>$1</code>");
        return Bold().Replace(html, "<strong>$1</strong>");
    }

    [GeneratedRegex("`([^`]*)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\*\*([^*]*)\*\*")]
    private static partial Regex Bold();

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
