using Beibei.Rules.Decisions;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary>What the Chongqing rules tell a person to do to lift a denial, in the sources' own terms (村（社区）, 喜事缓办):
/// the clauses give these to their remedies, so that the engine's own sentences stay general.</summary>
internal static class RemedySentences
{
    /// <summary>A new nucleic-acid test and its negative result (<c>remedy.test</c>).</summary>
    public static readonly LocalizedText Test = new(
        "Get a new nucleic-acid test and wait for its negative result.",
        "进行核酸检测，取得阴性结果。");

    /// <summary>A report to the destination (<c>remedy.report</c>, 报备).</summary>
    public static readonly LocalizedText Report = new(
        "Report the trip in advance to the destination's village, community or unit.",
        "提前向目的地村（社区）、单位报备。");

    /// <summary>Only a necessary trip (<c>remedy.essential-purpose</c>, 非必要不出行).</summary>
    public static readonly LocalizedText EssentialPurpose = new(
        "Only a necessary trip may go: travel only if it is essential.",
        "非必要不出行，确有必要方可出行。");

    /// <summary>A wedding postponed until the measures end (<c>remedy.postpone</c>, 喜事缓办).</summary>
    public static readonly LocalizedText Postpone = new(
        "Postpone the wedding until the measures end (喜事缓办).",
        "喜事缓办：待防控措施结束后再办。");
}
