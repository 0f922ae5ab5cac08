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

    /// <summary><c>remedy.test</c>: the person can act now.</summary>
    public static Remedy Test(string clauseId, Instant at) => new(RemedyKind.Test, clauseId, at, TestSentence);

    /// <summary><c>remedy.report</c>: the person can act now.</summary>
    public static Remedy Report(string clauseId, Instant at) => new(RemedyKind.Report, clauseId, at, ReportSentence);

    /// <summary><c>remedy.essential-purpose</c>: the person can act now.</summary>
    public static Remedy EssentialPurpose(string clauseId, Instant at) =>
        new(RemedyKind.EssentialPurpose, clauseId, at, EssentialSentence);

    /// <summary><c>remedy.wait</c>: the restriction ends by itself at <paramref name="end"/>.</summary>
    public static Remedy Wait(string clauseId, Instant end) => new(RemedyKind.Wait, clauseId, end, WaitSentence);
}
