using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary>The parts of the sources that state no condition on a person at an instant.</summary>
/// <remarks>The ids are this library's (the catalogue names the paragraphs, not ids).</remarks>
internal static class NotEvaluableClauses
{
    public static readonly IReadOnlyList<NotEvaluableClause> All =
    [
        new(
            "beibei.cooperate-with-tracing",
            new Citation(
                [Sources.BbLetter],
                "BB-LETTER 五",
                "如接到疾控中心或村(社区)流调电话,请积极主动配合,不隐瞒个人行程",
                new LocalizedText("Cooperate with epidemiological tracing calls.", "主动配合流调。")),
            new LocalizedText(
                "It asks for cooperation when a tracing call comes; the facts name no call, so there is nothing to decide at an instant.",
                "该条要求接到流调电话时配合，事实中没有来电信息，无法在某一时刻作出判断。")),
        new(
            "beibei.no-rumours",
            new Citation(
                [Sources.BbLetter],
                "BB-LETTER 八",
                "不发布、不传播、不评论扰乱社会秩序、引发社会恐慌的谣言",
                new LocalizedText("Do not spread rumours.", "抵制网络谣言。")),
            new LocalizedText(
                "It concerns speech, not travel, testing or places: no condition on a person at an instant.",
                "该条涉及言论，与出行、检测、场所无关，不构成对个人在某一时刻的条件。")),
        new(
            "beibei.district-meetings",
            new Citation(
                [Sources.BbLetter],
                "区委常委会、全区疫情防控工作调度会 (2022-11-09, 2022-11-10)",
                "科学合理划定临时管控区域,分类落实管控措施",
                new LocalizedText(
                    "The district meetings direct the administration (tracing, testing, control areas).",
                    "区委会议部署疫情防控工作（流调、检测、划定管控区域）。")),
            new LocalizedText(
                "They are administrative decisions addressed to officials; their effect on people arrives as control areas, which are facts.",
                "这些是面向工作人员的行政部署，对个人的影响体现为管控区域，已作为事实输入。")),
    ];
}
