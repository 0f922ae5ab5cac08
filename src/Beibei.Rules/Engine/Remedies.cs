using Beibei.Rules.Decisions;
using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>The remedies of the catalogue with their plain sentences, shared by every clause.</summary>
internal static class Remedies
{
    private static readonly LocalizedText TestSentence = new(
        "Get a new nucleic-acid test and wait for its negative result.",
        "重新进行核酸检测，取得阴性结果。");

    private static readonly LocalizedText ReportSentence = new(
        "Report the trip in advance to the destination's village, community or unit.",
        "提前向目的地村（社区）、单位报备。");

    private static readonly LocalizedText EssentialSentence = new(
        "Only a necessary trip may go: travel only if it is essential.",
        "非必要不出行：确需出行的方可前往。");

    private static readonly LocalizedText WaitSentence = new(
        "Wait until the restriction ends.",
        "等待管控措施结束。");

    /// <summary>The remedy of <paramref name="kind"/> that lifts <paramref name="clauseId"/>'s denial from <paramref name="earliest"/>.</summary>
    public static Remedy Create(RemedyKind kind, string clauseId, Instant earliest) => new(kind, clauseId, earliest, kind switch
    {
        RemedyKind.Test => TestSentence,
        RemedyKind.Report => ReportSentence,
        RemedyKind.EssentialPurpose => EssentialSentence,
        _ => WaitSentence,
    });
}
