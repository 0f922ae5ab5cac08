using Beibei.Rules.Decisions;
using NodaTime;
using NodaTime.Text;

namespace Beibei.Rules.Engine;

/// <summary>A remedy's sentence: the clause's own words where it gives them (a policy's terms), else the engine's general
/// sentence for the remedy's kind, which names no policy.</summary>
internal static class Remedies
{
    private static readonly LocalDateTimePattern Minutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    private static readonly LocalizedText TestSentence = new(
        "Get a new test and wait for its negative result.",
        "进行检测，取得阴性结果。");

    private static readonly LocalizedText ReportSentence = new(
        "Report as the policy asks.",
        "按要求报备。");

    private static readonly LocalizedText EssentialSentence = new(
        "Only a necessary purpose may go.",
        "仅限必要事由。");

    private static readonly LocalizedText WaitSentence = new(
        "Wait until the restriction ends.",
        "等待限制措施结束。");

    private static readonly LocalizedText PostponeSentence = new(
        "Postpone it until the measures end.",
        "待措施结束后再办。");

    /// <summary>The remedy of <paramref name="entry"/>, which lifts <paramref name="clauseId"/>'s denial; its sentence names
    /// instants in the policy's local time (<paramref name="days"/>).</summary>
    public static Remedy Create(in RemedyEntry entry, string clauseId, LocalDays days) => new(entry.Kind, clauseId, entry.Earliest, entry.Sentence ?? entry.Kind switch
    {
        RemedyKind.Test => TestSentence,
        RemedyKind.Report => ReportSentence,
        RemedyKind.EssentialPurpose => EssentialSentence,
        RemedyKind.AwaitResult => AwaitSentence(entry.Sampled, days),
        RemedyKind.Postpone => PostponeSentence,
        _ => WaitSentence,
    })
    {
        Condition = entry.Condition,
    };

    // The sentence names the test, so that a person knows which result to wait for.
    private static LocalizedText AwaitSentence(Instant sampled, LocalDays days)
    {
        var local = Minutes.Format(sampled.InZone(days.Zone).LocalDateTime);
        return new LocalizedText(
            $"Wait for the result of the test sampled at {local} ({days.Name.En}): a negative result lifts this.",
            $"等待{local}（{days.Name.Zh}）采样的核酸检测结果，结果为阴性即可解除。");
    }
}
