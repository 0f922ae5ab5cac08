using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary>The parts of the sources that state no condition on a person at an instant.</summary>
/// <remarks>The ids are this library's (the catalogue names the paragraphs, not ids).</remarks>
internal static class NotEvaluableClauses
{
    public static readonly IReadOnlyList<NotEvaluableClause> All =
    [
        Entry(
            "cq.view-rationally",
            [Sources.Cq136],
            "CQ-136 第二部分第2段",
            "希望广大市民朋友客观理性看待当前疫情形势",
            "Residents are asked to view the situation calmly and support the measures.",
            "希望市民客观理性看待疫情形势，配合各项防控措施。",
            "It asks for an attitude; the measures it supports are encoded by their own clauses.",
            "该句要求的是态度，所支持的各项措施已由各自条款编码。"),
        Entry(
            "cq.hygiene-habits",
            [Sources.Cq136],
            "CQ-136 第三部分第1段",
            "不扎堆、不聚集,保持勤洗手、常通风、公筷制、“一米线”等良好卫生习惯",
            "Avoid crowds and keep good hygiene habits: wash hands, ventilate, serving chopsticks, one metre apart.",
            "不扎堆、不聚集，保持勤洗手、常通风、公筷制、“一米线”等良好卫生习惯。",
            "Habits it recommends: no condition on a person at an instant, and no concrete gathering rule outside Beibei.",
            "这是倡导的卫生习惯，不构成某一时刻对个人的条件，也不是北碚以外的具体聚集规则。"),
        Entry(
            "cq.reduce-movement",
            [Sources.Cq136],
            "CQ-136 第三部分第4段",
            "总体上仍然要减少流动",
            "On the whole, people should still move about less.",
            "总体上仍然要减少流动。",
            "A general aim with no threshold; the trips it concerns are decided by the travel clauses.",
            "这是没有具体标准的总体要求，相关出行由出行条款判断。"),
        Entry(
            "cq.no-rumours",
            [Sources.Cq136],
            "CQ-136 第三部分第4段",
            "请大家不信谣、不传谣",
            "Do not believe or spread rumours.",
            "不信谣、不传谣。",
            "It concerns speech, not travel, testing or places: no condition on a person at an instant.",
            "该句涉及言论，与出行、检测、场所无关，不构成对个人在某一时刻的条件。"),
        Entry(
            "cq.targeted-screening",
            [Sources.Cq136],
            "CQ-136 第二部分第1段",
            "其他区县将根据疫情处置和防控工作需要,对特定区域开展相应频次的核酸筛查",
            "The other districts and counties screen particular areas as needed.",
            "其他区县根据需要对特定区域开展相应频次的核酸筛查。",
            "It names no area or frequency; a person's tests are facts, and the screening they join is arranged locally.",
            "该句未指明区域和频次；个人的检测作为事实输入，筛查由当地安排。"),
        Entry(
            "beibei.avoid-crowded-places",
            [Sources.BbLetter],
            "BB-LETTER 二",
            "不前往人员密集、空间密闭场所",
            "Do not go to crowded or enclosed places.",
            "不前往人员密集、空间密闭场所。",
            "Advice with no list of places; point 七 sets the conditions on which public places are entered.",
            "这是倡议，未列出具体场所；进入公共场所的条件由第七点规定。"),
        Entry(
            "beibei.two-points-one-line",
            [Sources.BbLetter],
            "BB-LETTER 二",
            "上下班人员坚持“两点一线”,其他人员减少外出",
            "Commuters keep to home and work; others go out less.",
            "上下班人员坚持“两点一线”，其他人员减少外出。",
            "A habit, with no route or count to check at an instant.",
            "这是一种习惯要求，没有可在某一时刻核对的路线或次数。"),
        Entry(
            "beibei.self-check",
            [Sources.BbLetter],
            "BB-LETTER 六",
            "对照活动轨迹,加强自查",
            "Check your own movements against the published ones.",
            "对照活动轨迹，加强自查。",
            "A self-check; what it finds arrives as an exposure, which is a fact.",
            "这是自查要求；自查发现的情况作为时空交集事实输入。"),
        Entry(
            "beibei.follow-official-news",
            [Sources.BbLetter],
            "BB-LETTER 六",
            "及时关注官方媒体发布的相关信息",
            "Follow what the official media publish.",
            "及时关注官方媒体发布的相关信息。",
            "It concerns reading the news: no condition on a person at an instant.",
            "该句涉及关注信息，不构成对个人在某一时刻的条件。"),
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

    private static NotEvaluableClause Entry(
        string id, string[] sources, string paragraph, string quotation, string summaryEn, string summaryZh, string whyEn, string whyZh) =>
        new(id, new Citation(sources, paragraph, quotation, new LocalizedText(summaryEn, summaryZh)), new LocalizedText(whyEn, whyZh));
}
