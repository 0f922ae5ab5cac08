using Beibei.Rules.Model;
using Beibei.Rules.Policies.Chongqing2022;

namespace Beibei.Rules.Casebook;

/// <summary>The Chinese words of the catalogue's public words, for everything written for people in Chinese: purposes
/// (必要, 就医), codes (黄码), symptoms, kinds, levels (高风险区), verdicts (允许, 不允许), statuses (待完成, 已逾期) and
/// region names (渝中区).</summary>
/// <remarks>A word this table does not know is returned as it is. Thread-safe.</remarks>
public static class ChineseTerms
{
    /// <summary>The Chinese word for a public word of the catalogue.</summary>
    /// <param name="word">The word, e.g. <c>non-essential</c>.</param>
    /// <returns>The Chinese word, e.g. <c>非必要</c>, or <paramref name="word"/> when there is none.</returns>
    public static string Word(string word) => word switch
    {
        "essential" => "必要",
        "non-essential" => "非必要",
        "medical" => "就医",
        "testing" => "核酸检测",
        "green" => "绿码",
        "yellow" => "黄码",
        "red" => "红码",
        "unknown" => "未知",
        "fever" => "发热",
        "cough" => "咳嗽",
        "fatigue" => "乏力",
        "smell-taste-loss" => "嗅觉味觉减退",
        "wedding" => "婚礼",
        "funeral" => "丧事",
        "banquet" => "宴席",
        "meal" => "聚餐",
        "mall" => "商场",
        "supermarket" => "超市",
        "market" => "农贸市场",
        "other" => "其他",
        "high" => "高风险区",
        "medium" => "中风险区",
        "temporary" => "临时管控区",
        "travel" => "出行",
        "enter-public-place" => "进入公共场所",
        "leave-home" => "外出",
        "gathering" => "聚集",
        "allowed" => "允许",
        "denied" => "不允许",
        "due" => "待完成",
        "overdue" => "已逾期",
        "negative" => "阴性",
        "positive" => "阳性",
        "pending" => "结果未出",
        "required" => "必须执行",
        "advised" => "倡导",
        "remedy.test" => "核酸检测",
        "remedy.report" => "报备",
        "remedy.wait" => "等待解除",
        "remedy.await-result" => "等待检测结果",
        "remedy.essential-purpose" => "限于必要出行",
        "remedy.postpone" => "延期举办",
        _ => word,
    };

    /// <summary>The Chinese word of an enumeration value.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The Chinese word.</returns>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Word(PolicyTerms.Of(value));

    /// <summary>A region's Chinese name (<c>yuzhong</c> → <c>渝中区</c>), or the text as written when it names no region.</summary>
    /// <param name="region">A region id, name or short name.</param>
    /// <returns>The name.</returns>
    public static string Region(string region) => Chongqing2022Regions.Table.TryFind(region, out var found) ? found.Name : region;
}
