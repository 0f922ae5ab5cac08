using System.Globalization;
using System.Text;
using Beibei.Rules.Casebook;
using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using NodaTime;

namespace Beibei.Rules.Cli;

/// <summary>Decisions and timelines for a person to read at a glance, in English or Chinese: verdict first; for a denial,
/// what would change it and from when; until when the answer holds if nothing changes; why (each condition as a
/// checklist); what to do and by when. Deadlines at a local midnight are said as the end of the day before
/// ("by the end of 13 November" / "11月13日24时前"); instants are Beijing time, said once.</summary>
internal static class HumanText
{
    // The command-line tool decides under Chongqing 2022: its local time is the policy's own (Beijing time).
    private static readonly DateTimeZone Zone = Policy.Chongqing2022.Days.Zone;

    public static string Decision(Decision decision, string language)
    {
        var zh = IsChinese(language);
        var text = new StringBuilder();
        text.AppendLine(zh
            ? $"{(decision.IsAllowed ? "允许" : "不允许")}（{When(decision.At, zh)}，北京时间）"
            : $"{PolicyTerms.Of(decision.Verdict).ToUpperInvariant()} at {When(decision.At, zh)} (Beijing time)");

        // A denial leads with what would change it: that is what a person at a checkpoint needs first.
        if (decision.Remedies.Count > 0)
        {
            text.AppendLine(zh ? "如何才能改变结果：" : "What would change it:");
            foreach (var r in decision.Remedies)
            {
                var condition = r.Condition is { } id ? (zh ? $"；对应条件 {id}" : $"; condition {id}") : string.Empty;
                text.AppendLine(zh
                    ? $"  {r.Sentence.Zh.TrimEnd('。')}（最早{When(r.Earliest, zh)}起{condition}）"
                    : $"  {r.Sentence.En.TrimEnd('.')} (from {When(r.Earliest, zh)}{condition})");
            }
        }

        if (decision.ValidUntil is { } until)
        {
            var included = decision.ValidUntilIncluded ? (zh ? "（含该时刻）" : " (included)") : string.Empty;
            text.AppendLine(zh
                ? $"如无变化，此答复有效至{When(until, zh)}{included}。"
                : $"If nothing changes, this answer holds until {When(until, zh)}{included}.");
        }
        else
        {
            text.AppendLine(zh ? "如无变化，此答复此后不再改变。" : "If nothing changes, no instant ahead changes this answer.");
        }

        text.AppendLine();
        text.AppendLine(decision.Reasons.Count == 0 ? (zh ? "依据：无" : "reasons: none") : (zh ? "依据：" : "reasons:"));
        foreach (var reason in decision.Reasons)
        {
            var sources = string.Join(zh ? "、" : ", ", reason.Citation.Sources);
            text.AppendLine(zh
                ? $"  {reason.ClauseId}（{reason.Citation.Paragraph}；{(reason.Force == Force.Required ? "必须执行" : "倡导")}；来源 {sources}）"
                : $"  {reason.ClauseId} ({reason.Citation.Paragraph}; {PolicyTerms.Of(reason.Force)}; sources {sources})");
            text.AppendLine($"    {reason.Citation.Summary.In(language)}");
            text.AppendLine($"    「{reason.Citation.Quotation}」");
            if (reason.Proof is { } proof)
            {
                text.AppendLine(zh
                    ? $"    阴性证明：{When(proof.Test.Sampled, zh)}采样，有效至{When(proof.Expires, zh)}"
                    : $"    proof: negative test sampled {When(proof.Test.Sampled, zh)}, valid until {When(proof.Expires, zh)}");
            }

            // The checklist a person at a checkpoint reads: each condition, met or not, on which fact.
            foreach (var condition in reason.Conditions)
            {
                text.AppendLine($"    [{(condition.Met ? "x" : " ")}] {condition.Id}{(zh ? "：" : ": ")}{Fact(condition.Fact, zh)}");
            }
        }

        if (decision.Obligations.Count > 0)
        {
            text.AppendLine(zh ? "须做的事：" : "obligations:");
            foreach (var o in decision.Obligations)
            {
                text.AppendLine($"  {Duty(o, zh)}");
            }
        }

        if (decision.Advice.Count > 0)
        {
            text.AppendLine(zh ? "违背以下倡导（在 advice: inform 下不作禁止）：" : "against the advice of (not a ban under advice: inform):");
            foreach (var advice in decision.Advice)
            {
                text.AppendLine(zh ? $"  {advice.ClauseId}（{advice.Citation.Paragraph}）" : $"  {advice.ClauseId} ({advice.Citation.Paragraph})");
                text.AppendLine($"    {advice.Citation.Summary.In(language)}");
                text.AppendLine($"    「{advice.Citation.Quotation}」");
            }
        }

        text.AppendLine(zh
            ? $"政策：{decision.Policy.Id}，第{decision.Policy.Version}版，sha256 {decision.Policy.Digest[..12]}…"
            : $"policy: {decision.Policy.Id} version {decision.Policy.Version}, sha256 {decision.Policy.Digest[..12]}…");
        return text.ToString().TrimEnd();
    }

    public static string Timeline(Timeline timeline, string language, Func<Instant, Decision?> decideAt)
    {
        var zh = IsChinese(language);
        var text = new StringBuilder();
        text.AppendLine(zh ? "（北京时间）" : "(Beijing time)");
        foreach (var s in timeline.Segments)
        {
            var reasons = s.Reasons.Count == 0 ? "-" : string.Join(", ", s.Reasons);
            var start = s.FromIncluded ? "[" : "(";
            var end = s.UntilIncluded ? "]" : ")";
            var verdict = zh ? (s.Verdict == Verdict.Allowed ? "允许  " : "不允许") : $"{PolicyTerms.Of(s.Verdict),-7}";
            text.AppendLine($"{start}{When(s.From, zh)}{(zh ? " 至 " : ", ")}{When(s.Until, zh)}{end}  {verdict}  {reasons}");
            SegmentDuties(text, s, zh, decideAt);
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>The duties of a segment as they stand at its start and, where they change with the day inside it (a day
    /// number, a deadline passed), from each local midnight on (at most a month of them): a segment can span days of a
    /// regime.</summary>
    private static void SegmentDuties(StringBuilder text, TimelineSegment segment, bool zh, Func<Instant, Decision?> decideAt)
    {
        const int MostDays = 31;
        var start = segment.FromIncluded ? segment.From : segment.From + Duration.Epsilon;
        var listed = string.Empty;
        var midnight = start;
        for (var day = 0; day <= MostDays && segment.Contains(midnight); day++)
        {
            if (decideAt(midnight) is not { } decision)
            {
                return;
            }

            var duties = string.Concat(decision.Obligations.Select(o => $"    {Duty(o, zh)}{Environment.NewLine}"));
            if (duties != listed)
            {
                if (day > 0)
                {
                    var date = midnight.InZone(Zone).Date;
                    text.AppendLine(zh ? $"  {date.Month}月{date.Day}日起：" : $"  from {date.ToString("d MMMM", CultureInfo.InvariantCulture)}:");
                }

                text.Append(duties);
                listed = duties;
            }

            // Just after the midnight: a deadline at the midnight itself (inclusive) has passed for the day that starts.
            midnight = Zone.AtStartOfDay(midnight.InZone(Zone).Date.PlusDays(1)).ToInstant() + Duration.Epsilon;
        }
    }

    /// <summary>A condition's fact in words: "report to fuling made 2022-11-11 20:00" / "已于2022年11月11日 20:00向涪陵区报备".</summary>
    public static string Fact(ConditionFact fact, bool zh) => fact switch
    {
        TestFact { Test: null } => zh ? "没有核酸检测记录" : "no test known",
        Proof p => zh
            ? $"{When(p.Test.Sampled, zh)}采样的阴性结果，证明有效至{When(p.Expires, zh)}"
            : $"negative test sampled {When(p.Test.Sampled, zh)}, proves until {When(p.Expires, zh)}",
        TestFact { Standing: TestStanding.Expired } t => zh
            ? $"最近一次检测{When(t.Test!.Sampled, zh)}采样，结果阴性，已于{When(t.Until!.Value, zh)}过期"
            : $"newest test sampled {When(t.Test!.Sampled, zh)}, negative, expired at {When(t.Until!.Value, zh)}",
        TestFact { Standing: TestStanding.Pending } t => zh
            ? $"最近一次检测{When(t.Test!.Sampled, zh)}采样，结果未出"
            : $"newest test sampled {When(t.Test!.Sampled, zh)}, result pending",
        TestFact t => zh
            ? $"{When(t.Test!.Sampled, zh)}采样的检测，{Standing(t.Standing)}"
            : $"test sampled {When(t.Test!.Sampled, zh)}, {PolicyTerms.Of(t.Standing)}",
        ReportFact { Report: { } report } r => zh
            ? $"已于{When(report.At, zh)}向{RegionName(r.To)}报备"
            : $"report to {r.To} made {When(report.At, zh)}",
        ReportFact r => zh
            ? $"截至{When(r.KnownAt, zh)}，未向{RegionName(r.To)}报备"
            : $"none to {r.To} known at {When(r.KnownAt, zh)}",
        ValueFact v => zh ? $"{ValueName(v.Name)}为{Value(v.Name, v.Value)}" : $"{v.Name} {v.Value}",
        PeriodFact { Until: { } until } p => zh
            ? $"{PeriodName(p.Name)}：{When(p.From, zh)}至{When(until, zh)}"
            : $"{p.Name} from {When(p.From, zh)} until {When(until, zh)}",
        PeriodFact p => zh
            ? $"{PeriodName(p.Name)}：自{When(p.From, zh)}起，结束时间未知"
            : $"{p.Name} from {When(p.From, zh)}, end not known",
        _ => string.Empty,
    };

    public static bool IsChinese(string language) => language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>An instant as a person reads it in Beijing time: <c>2022-11-12 18:00</c> / <c>2022年11月12日 18:00</c>.</summary>
    private static string When(Instant instant, bool zh)
    {
        var local = instant.InZone(Zone);
        var seconds = local.Second != 0 || local.NanosecondOfSecond != 0 ? local.ToString("':'ss", CultureInfo.InvariantCulture) : string.Empty;
        return local.ToString(zh ? "uuuu'年'MM'月'dd'日 'HH':'mm" : "uuuu'-'MM'-'dd' 'HH':'mm", CultureInfo.InvariantCulture) + seconds;
    }

    /// <summary>One duty: its id, status, the day of its regime (3天2检第2天 / day 2 of …), its window and what to do.</summary>
    private static string Duty(Obligation o, bool zh)
    {
        var window = Window(o, zh);
        if (zh)
        {
            var day = o is { Day: { } n, Regime: { } regime } ? $"{regime.Zh}第{n}天" : string.Empty;
            var when = day.Length > 0 && window.Length > 0 ? $"{day}，{window}" : day + window;
            return $"{o.Id}【{Status(o, zh)}】{when}：{o.Description.Zh}";
        }

        var dayEn = o is { Day: { } number, Regime: { } named } ? $" day {number} of {named.En}," : string.Empty;
        return $"{o.Id} [{Status(o, zh)}]{(window.Length == 0 ? dayEn.TrimEnd(',') : dayEn)}{window}: {o.Description.En}";
    }

    /// <summary>The window of a duty: a deadline at a local midnight is the end of the day before.</summary>
    private static string Window(Obligation o, bool zh)
    {
        var opens = o.Opens is { } from ? (zh ? $"{When(from, zh)}起" : $" from {When(from, zh)}") : string.Empty;
        if (o.Due is not { } due)
        {
            return opens;
        }

        var deadline = PolicyTime.EndOfDay(due, zh ? "zh" : "en") is { } endOfDay
            ? (zh ? endOfDay : " " + endOfDay)
            : (zh ? $"{When(due, zh)}前" : $" by {When(due, zh)}");

        return zh && opens.Length > 0 ? $"{opens}，{deadline}" : opens + deadline;
    }

    private static string Status(Obligation o, bool zh) => o.Status switch
    {
        ObligationStatus.Overdue => zh ? "已逾期" : "overdue",
        _ when o.Due is null => zh ? "进行中" : "ongoing",
        _ => zh ? "待完成" : "due",
    };

    private static string Standing(TestStanding standing) => standing switch
    {
        TestStanding.Expired => "已过期",
        TestStanding.Pending => "结果未出",
        TestStanding.Positive => "阳性",
        TestStanding.Negative => "阴性",
        _ => "缺少",
    };

    private static string RegionName(string id) => ChineseTerms.Region(id);

    private static string ValueName(string name) => name switch
    {
        "purpose" => "出行目的",
        "health-code" => "健康码",
        "temperature" => "体温",
        "symptoms" => "症状",
        "kind" => "类型",
        "destination" => "目的地",
        "question" => "所问事项",
        _ => name,
    };

    private static string Value(string name, string value) => (name, value) switch
    {
        ("temperature", "unknown") => "未测",
        ("temperature", _) => value + "℃",
        ("destination", _) => RegionName(value),
        ("symptoms", _) => string.Join("、", value.Split(", ").Select(Word)),
        _ => Word(value),
    };

    private static string PeriodName(string name) => name switch
    {
        "isolation" => "居家隔离",
        "control-area" => "管控区",
        _ => name,
    };

    private static string Word(string word) => ChineseTerms.Word(word);
}
