using Beibei.Rules.Model;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary>
/// The 41 areas of Chongqing as of November 2022 (11 in the central city, 30 outside it) and the extra id
/// <c>outside</c> for anywhere outside the municipality (市外): the region table of <c>Policy.Chongqing2022</c>.
/// </summary>
/// <remarks>
/// Every area is found by its id, its Chinese name, each short name and its GB/T 2260 code. Jiangbei and Yubei were
/// abolished in 2025; the 2022 table stands here because the policy is of 2022. Thread-safe.
/// </remarks>
public static class Chongqing2022Regions
{
    /// <summary>The table: the 41 areas in the order of the catalogue, then <see cref="Outside"/>.</summary>
    public static RegionTable Table { get; } = RegionTable.Create(
    [
        new("yuzhong", "渝中区", Zone.Central, ["渝中"], "500103"),
        new("dadukou", "大渡口区", Zone.Central, ["大渡口"], "500104"),
        new("jiangbei", "江北区", Zone.Central, ["江北"], "500105"),
        new("shapingba", "沙坪坝区", Zone.Central, ["沙坪坝"], "500106"),
        new("jiulongpo", "九龙坡区", Zone.Central, ["九龙坡"], "500107"),
        new("nanan", "南岸区", Zone.Central, ["南岸"], "500108"),
        new("beibei", "北碚区", Zone.Central, ["北碚"], "500109"),
        new("yubei", "渝北区", Zone.Central, ["渝北"], "500112"),
        new("banan", "巴南区", Zone.Central, ["巴南"], "500113"),
        new("liangjiang", "两江新区", Zone.Central, ["两江"]),
        new("gaoxin", "西部科学城重庆高新区", Zone.Central, ["重庆高新区", "高新区"]),
        new("wanzhou", "万州区", Zone.Other, ["万州"], "500101"),
        new("fuling", "涪陵区", Zone.Other, ["涪陵"], "500102"),
        new("qijiang", "綦江区", Zone.Other, ["綦江"], "500110"),
        new("dazu", "大足区", Zone.Other, ["大足"], "500111"),
        new("qianjiang", "黔江区", Zone.Other, ["黔江"], "500114"),
        new("changshou", "长寿区", Zone.Other, ["长寿"], "500115"),
        new("jiangjin", "江津区", Zone.Other, ["江津"], "500116"),
        new("hechuan", "合川区", Zone.Other, ["合川"], "500117"),
        new("yongchuan", "永川区", Zone.Other, ["永川"], "500118"),
        new("nanchuan", "南川区", Zone.Other, ["南川"], "500119"),
        new("bishan", "璧山区", Zone.Other, ["璧山"], "500120"),
        new("tongliang", "铜梁区", Zone.Other, ["铜梁"], "500151"),
        new("tongnan", "潼南区", Zone.Other, ["潼南"], "500152"),
        new("rongchang", "荣昌区", Zone.Other, ["荣昌"], "500153"),
        new("kaizhou", "开州区", Zone.Other, ["开州"], "500154"),
        new("liangping", "梁平区", Zone.Other, ["梁平"], "500155"),
        new("wulong", "武隆区", Zone.Other, ["武隆"], "500156"),
        new("chengkou", "城口县", Zone.Other, ["城口"], "500229"),
        new("fengdu", "丰都县", Zone.Other, ["丰都"], "500230"),
        new("dianjiang", "垫江县", Zone.Other, ["垫江"], "500231"),
        new("zhongxian", "忠县", Zone.Other, [], "500233"),
        new("yunyang", "云阳县", Zone.Other, ["云阳"], "500235"),
        new("fengjie", "奉节县", Zone.Other, ["奉节"], "500236"),
        new("wushan", "巫山县", Zone.Other, ["巫山"], "500237"),
        new("wuxi", "巫溪县", Zone.Other, ["巫溪"], "500238"),
        new("shizhu", "石柱土家族自治县", Zone.Other, ["石柱县", "石柱"], "500240"),
        new("xiushan", "秀山土家族苗族自治县", Zone.Other, ["秀山县", "秀山"], "500241"),
        new("youyang", "酉阳土家族苗族自治县", Zone.Other, ["酉阳县", "酉阳"], "500242"),
        new("pengshui", "彭水苗族土家族自治县", Zone.Other, ["彭水县", "彭水"], "500243"),
        new("wansheng", "万盛经开区", Zone.Other, ["万盛经济技术开发区", "万盛"]),
        new("outside", "市外", Zone.Outside),
    ]);

    /// <summary>Anywhere outside Chongqing municipality (市外).</summary>
    public static Region Outside { get; } = Table["outside"];

    /// <summary>The Beibei district (北碚区), seat of the district letter of 2022-11-10.</summary>
    public static Region Beibei { get; } = Table["beibei"];
}
