namespace Beibei.Rules.Benchmarks.Peers;

/// <summary>Zone membership for the peers: the eleven central-city ids.</summary>
public static class CentralCity
{
    private static readonly HashSet<string> Ids =
        ["yuzhong", "dadukou", "jiangbei", "shapingba", "jiulongpo", "nanan", "beibei", "yubei", "banan", "liangjiang", "gaoxin"];

    public static bool Contains(string region) => Ids.Contains(region);
}
