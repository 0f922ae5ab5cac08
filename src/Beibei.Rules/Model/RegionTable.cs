using System.Collections.Frozen;

namespace Beibei.Rules.Model;

/// <summary>
/// The 41 areas of Chongqing as of November 2022 (11 in the central city, 30 outside it) and the extra
/// id <c>outside</c> for anywhere outside the municipality (市外).
/// </summary>
/// <remarks>
/// Every area is found by its id, its Chinese name, each short name and its GB/T 2260 code. Lookups are
/// case-insensitive for ids and thread-safe. Jiangbei and Yubei were abolished in 2025; the 2022 table
/// stands here because the policy is of 2022.
/// </remarks>
public static class RegionTable
{
    private static readonly (string Id, string Name, string[] ShortNames, string? GbCode, Zone Zone)[] Rows =
    [
        ("yuzhong", "渝中区", ["渝中"], "500103", Zone.Central),
        ("dadukou", "大渡口区", ["大渡口"], "500104", Zone.Central),
        ("jiangbei", "江北区", ["江北"], "500105", Zone.Central),
        ("shapingba", "沙坪坝区", ["沙坪坝"], "500106", Zone.Central),
        ("jiulongpo", "九龙坡区", ["九龙坡"], "500107", Zone.Central),
        ("nanan", "南岸区", ["南岸"], "500108", Zone.Central),
        ("beibei", "北碚区", ["北碚"], "500109", Zone.Central),
        ("yubei", "渝北区", ["渝北"], "500112", Zone.Central),
        ("banan", "巴南区", ["巴南"], "500113", Zone.Central),
        ("liangjiang", "两江新区", ["两江"], null, Zone.Central),
        ("gaoxin", "西部科学城重庆高新区", ["重庆高新区", "高新区"], null, Zone.Central),
        ("wanzhou", "万州区", ["万州"], "500101", Zone.Other),
        ("fuling", "涪陵区", ["涪陵"], "500102", Zone.Other),
        ("qijiang", "綦江区", ["綦江"], "500110", Zone.Other),
        ("dazu", "大足区", ["大足"], "500111", Zone.Other),
        ("qianjiang", "黔江区", ["黔江"], "500114", Zone.Other),
        ("changshou", "长寿区", ["长寿"], "500115", Zone.Other),
        ("jiangjin", "江津区", ["江津"], "500116", Zone.Other),
        ("hechuan", "合川区", ["合川"], "500117", Zone.Other),
        ("yongchuan", "永川区", ["永川"], "500118", Zone.Other),
        ("nanchuan", "南川区", ["南川"], "500119", Zone.Other),
        ("bishan", "璧山区", ["璧山"], "500120", Zone.Other),
        ("tongliang", "铜梁区", ["铜梁"], "500151", Zone.Other),
        ("tongnan", "潼南区", ["潼南"], "500152", Zone.Other),
        ("rongchang", "荣昌区", ["荣昌"], "500153", Zone.Other),
        ("kaizhou", "开州区", ["开州"], "500154", Zone.Other),
        ("liangping", "梁平区", ["梁平"], "500155", Zone.Other),
        ("wulong", "武隆区", ["武隆"], "500156", Zone.Other),
        ("chengkou", "城口县", ["城口"], "500229", Zone.Other),
        ("fengdu", "丰都县", ["丰都"], "500230", Zone.Other),
        ("dianjiang", "垫江县", ["垫江"], "500231", Zone.Other),
        ("zhongxian", "忠县", [], "500233", Zone.Other),
        ("yunyang", "云阳县", ["云阳"], "500235", Zone.Other),
        ("fengjie", "奉节县", ["奉节"], "500236", Zone.Other),
        ("wushan", "巫山县", ["巫山"], "500237", Zone.Other),
        ("wuxi", "巫溪县", ["巫溪"], "500238", Zone.Other),
        ("shizhu", "石柱土家族自治县", ["石柱县", "石柱"], "500240", Zone.Other),
        ("xiushan", "秀山土家族苗族自治县", ["秀山县", "秀山"], "500241", Zone.Other),
        ("youyang", "酉阳土家族苗族自治县", ["酉阳县", "酉阳"], "500242", Zone.Other),
        ("pengshui", "彭水苗族土家族自治县", ["彭水县", "彭水"], "500243", Zone.Other),
        ("wansheng", "万盛经开区", ["万盛经济技术开发区", "万盛"], null, Zone.Other),
    ];

    private static readonly Region[] AllRegions = Build();

    private static readonly FrozenDictionary<string, Region> ByAlias = BuildAliases(StringComparer.OrdinalIgnoreCase);

    // Exact spellings first: an ordinal frozen dictionary is several times faster than the case-insensitive one.
    private static readonly FrozenDictionary<string, Region> ByExactAlias = BuildAliases(StringComparer.Ordinal);

    /// <summary>Anywhere outside Chongqing municipality (市外).</summary>
    public static Region Outside { get; } = AllRegions[^1];

    /// <summary>The Beibei district (北碚区), seat of the district letter of 2022-11-10.</summary>
    public static Region Beibei { get; } = AllRegions.Single(r => r.Id == "beibei");

    /// <summary>All 41 areas of Chongqing followed by <see cref="Outside"/>, in the order of the table.</summary>
    public static IReadOnlyList<Region> All { get; } = AllRegions;

    /// <summary>Finds an area by id, Chinese name, short name or GB/T 2260 code.</summary>
    /// <param name="alias">The id or alias; surrounding white space is ignored.</param>
    /// <param name="region">The area found, or <see langword="null"/>.</param>
    /// <returns>True when the alias names an area.</returns>
    public static bool TryFind(string? alias, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Region? region)
    {
        if (IndexOfId(alias) is var index and >= 0)
        {
            region = AllRegions[index];
            return true;
        }

        return TryFindAlias(alias, out region);
    }

    // The names other than the ids, kept out of line: TryFind is inlined where facts are loaded, and this part would
    // only make those frames larger.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool TryFindAlias(string? alias, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Region? region)
    {
        region = null;
        return alias is not null
            && (ByExactAlias.TryGetValue(alias, out region) || ByAlias.TryGetValue(alias.Trim(), out region));
    }

    /// <summary>True when <paramref name="alias"/> names an area.</summary>
    /// <param name="alias">The id or alias.</param>
    /// <returns>Whether the table knows it.</returns>
    public static bool IsKnown(string? alias) => TryFind(alias, out _);

    /// <summary>The row of a public id written exactly, or -1: the compiler turns this switch into a jump on length and
    /// characters, several times faster than any dictionary for the spelling callers use most. A test checks it
    /// against the table.</summary>
    internal static int IndexOfId(string? id) => id switch
    {
        "yuzhong" => 0,
        "dadukou" => 1,
        "jiangbei" => 2,
        "shapingba" => 3,
        "jiulongpo" => 4,
        "nanan" => 5,
        "beibei" => 6,
        "yubei" => 7,
        "banan" => 8,
        "liangjiang" => 9,
        "gaoxin" => 10,
        "wanzhou" => 11,
        "fuling" => 12,
        "qijiang" => 13,
        "dazu" => 14,
        "qianjiang" => 15,
        "changshou" => 16,
        "jiangjin" => 17,
        "hechuan" => 18,
        "yongchuan" => 19,
        "nanchuan" => 20,
        "bishan" => 21,
        "tongliang" => 22,
        "tongnan" => 23,
        "rongchang" => 24,
        "kaizhou" => 25,
        "liangping" => 26,
        "wulong" => 27,
        "chengkou" => 28,
        "fengdu" => 29,
        "dianjiang" => 30,
        "zhongxian" => 31,
        "yunyang" => 32,
        "fengjie" => 33,
        "wushan" => 34,
        "wuxi" => 35,
        "shizhu" => 36,
        "xiushan" => 37,
        "youyang" => 38,
        "pengshui" => 39,
        "wansheng" => 40,
        "outside" => 41,
        _ => -1,
    };

    internal static Region Resolve(string alias) =>
        TryFind(alias, out var region) ? region : throw new InvalidOperationException($"Unvalidated region '{alias}'.");

    private static Region[] Build()
    {
        var regions = new Region[Rows.Length + 1];
        for (var i = 0; i < Rows.Length; i++)
        {
            var row = Rows[i];
            regions[i] = new Region(row.Id, row.Name, row.ShortNames, row.GbCode, row.Zone, i);
        }

        regions[^1] = new Region("outside", "市外", [], null, Zone.Outside, Rows.Length);
        return regions;
    }

    private static FrozenDictionary<string, Region> BuildAliases(StringComparer comparer)
    {
        var map = new Dictionary<string, Region>(comparer);
        foreach (var region in AllRegions)
        {
            map[region.Id] = region;
            map[region.Name] = region;
            foreach (var shortName in region.ShortNames)
            {
                map[shortName] = region;
            }

            if (region.GbCode is not null)
            {
                map[region.GbCode] = region;
            }
        }

        return map.ToFrozenDictionary(comparer);
    }
}
