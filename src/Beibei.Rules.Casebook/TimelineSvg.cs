using System.Globalization;
using System.Security;
using System.Text;
using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using NodaTime;

namespace Beibei.Rules.Casebook;

/// <summary>A timeline as a picture (SVG, self-contained): the verdict's bands over the span, a mark for each fact as it
/// becomes known (a test sampled and resulted, an arrival, a report, an isolation, a control area, an exposure), the
/// instant asked, and the policy's local midnights.</summary>
/// <remarks>Each band is a <c>rect</c> with <c>data-verdict</c>, <c>data-from</c> and <c>data-until</c> (instants as
/// the JSON writes them), each mark a shape with <c>data-fact</c> and <c>data-at</c>, each midnight a <c>line</c> with
/// <c>data-midnight</c>: a program (or a test) can read the picture back. Thread-safe.</remarks>
public static class TimelineSvg
{
    private const double Width = 960;
    private const double Left = 16;
    private const double Right = 16;
    private const double BandTop = 44;
    private const double BandHeight = 36;

    /// <summary>Draws <paramref name="timeline"/> with the facts of <paramref name="person"/> and the instant asked.</summary>
    /// <param name="timeline">The timeline (its span is the picture's).</param>
    /// <param name="person">The facts, whose instants are marked where they fall in the span.</param>
    /// <param name="asked">The instant asked about.</param>
    /// <param name="language"><c>en</c> or <c>zh</c>, for the labels.</param>
    /// <param name="days">The policy's local days, whose midnights are drawn and whose local time labels are in;
    /// Chongqing 2022's (Beijing time) when null.</param>
    /// <returns>The SVG text.</returns>
    public static string Render(Timeline timeline, PersonFacts person, Instant asked, string language = "en", LocalDays? days = null)
    {
        days ??= Policy.Chongqing2022.Days;
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(language);
        var zh = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var from = timeline.From;
        var until = timeline.Until;
        var span = Math.Max((until - from).TotalNanoseconds, 1);
        double X(Instant t) => Left + ((Width - Left - Right) * Math.Clamp((t - from).TotalNanoseconds / span, 0, 1));
        string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" viewBox=\"0 0 {N(Width)} 128\" width=\"{N(Width)}\" height=\"128\" role=\"img\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(zh ? "时间线" : "Timeline")} {PolicyTime.Friendly(from, days)} – {PolicyTime.Friendly(until, days)}</title>");

        foreach (var segment in timeline.Segments)
        {
            var allowed = segment.Verdict == Verdict.Allowed;
            var x = X(segment.From);
            var reasons = segment.Reasons.Count == 0 ? "-" : string.Join(", ", segment.Reasons);
            var word = allowed ? (zh ? "允许" : "allowed") : (zh ? "不允许" : "denied");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"band {PolicyTerms.Of(segment.Verdict)}\" data-verdict=\"{PolicyTerms.Of(segment.Verdict)}\" data-from=\"{PolicyTime.Format(segment.From)}\" data-until=\"{PolicyTime.Format(segment.Until)}\" x=\"{N(x)}\" y=\"{N(BandTop)}\" width=\"{N(Math.Max(X(segment.Until) - x, 0.5))}\" height=\"{N(BandHeight)}\" fill=\"{(allowed ? "#2e7d32" : "#c62828")}\">");
            svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(word)}: {PolicyTime.Friendly(segment.From, days)} – {PolicyTime.Friendly(segment.Until, days)} ({Escape(reasons)})</title></rect>");
        }

        // The local midnights: calendar-day rules count in the policy's zone whatever offset the facts were written in.
        for (var midnight = days.EndOf(days.DateOf(from)); midnight <= until; midnight = days.EndOf(days.DateOf(midnight)))
        {
            var x = N(X(midnight));
            var date = days.DateOf(midnight);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"midnight\" data-midnight=\"{PolicyTime.Format(midnight)}\" x1=\"{x}\" y1=\"36\" x2=\"{x}\" y2=\"88\" stroke=\"#555\" stroke-dasharray=\"3 3\"/>");
            if (X(midnight) > Left + 12 && X(midnight) < Width - Right - 12)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"100\" font-size=\"10\" text-anchor=\"middle\" fill=\"#333\">{date.Month:00}-{date.Day:00}</text>");
            }
        }

        foreach (var (at, fact, label) in Facts(person, zh).Where(f => f.At >= from && f.At <= until).OrderBy(f => f.At))
        {
            var x = N(X(at));
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"fact\" data-fact=\"{fact}\" data-at=\"{PolicyTime.Format(at)}\" cx=\"{x}\" cy=\"28\" r=\"5\" fill=\"{Colour(fact)}\"><title>{Escape(label)} {PolicyTime.Friendly(at, days)}</title></circle>");
        }

        if (asked >= from && asked <= until)
        {
            var x = N(X(asked));
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"asked\" data-at=\"{PolicyTime.Format(asked)}\" x1=\"{x}\" y1=\"16\" x2=\"{x}\" y2=\"92\" stroke=\"#000\" stroke-width=\"2\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"12\" font-size=\"11\" text-anchor=\"{Anchor(X(asked))}\">{Escape(zh ? "所问时刻" : "asked")} {PolicyTime.Friendly(asked, days)}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(Left)}\" y=\"120\" font-size=\"10\" fill=\"#333\">{PolicyTime.Friendly(from, days)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(Width - Right)}\" y=\"120\" font-size=\"10\" text-anchor=\"end\" fill=\"#333\">{PolicyTime.Friendly(until, days)}</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Every instant at which a fact of the person becomes known, with its kind and a label.</summary>
    internal static IEnumerable<(Instant At, string Fact, string Label)> Facts(PersonFacts person, bool zh)
    {
        foreach (var test in person.Tests)
        {
            yield return (test.Sampled, "sampled", zh ? "采样" : "test sampled");
            if (test.Resulted is { } resulted)
            {
                yield return (resulted, "resulted", zh ? "结果：" + ChineseTerms.Of(test.Result) : "result: " + PolicyTerms.Of(test.Result));
            }
        }

        if (person.Arrival is { } arrival)
        {
            yield return (arrival.At, "arrival", zh ? "从" + ChineseTerms.Region(arrival.From) + "抵达" : "arrived from " + arrival.From);
            if (arrival.Reported is { } reported)
            {
                yield return (reported, "arrival-reported", zh ? "已报备抵达" : "arrival reported");
            }
        }

        foreach (var report in person.Reports)
        {
            yield return (report.At, "report", zh ? "向" + ChineseTerms.Region(report.To) + "报备" : "report to " + report.To);
        }

        if (person.Isolation is { } isolation)
        {
            yield return (isolation.From, "isolation", zh ? "居家隔离开始" : "home isolation from");
        }

        if (person.ControlArea is { } area)
        {
            yield return (area.From, "control-area", zh ? ChineseTerms.Of(area.Level) + "开始" : "control area from: " + PolicyTerms.Of(area.Level));
        }

        if (person.Exposure is { } exposure)
        {
            yield return (exposure.Noticed, "exposure", zh ? "收到协查通知" : "tracing notice");
        }
    }

    // A label near an edge is anchored inside the picture.
    private static string Anchor(double x) => x < 120 ? "start" : x > Width - 120 ? "end" : "middle";

    private static string Colour(string fact) => fact switch
    {
        "sampled" or "resulted" => "#1565c0",
        "arrival" or "arrival-reported" => "#6a1b9a",
        "report" => "#ef6c00",
        _ => "#455a64",
    };

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;
}
