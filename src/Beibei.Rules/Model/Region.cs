namespace Beibei.Rules.Model;

/// <summary>An area of Chongqing as of November 2022, or <see cref="RegionTable.Outside"/>.</summary>
/// <remarks>Instances come only from <see cref="RegionTable"/>; they are immutable and safe to share.</remarks>
public sealed class Region
{
    internal Region(string id, string name, IReadOnlyList<string> shortNames, string? gbCode, Zone zone, int index)
    {
        Id = id;
        Name = name;
        ShortNames = shortNames;
        GbCode = gbCode;
        Zone = zone;
        Index = index;
    }

    /// <summary>The public id, e.g. <c>beibei</c>.</summary>
    public string Id { get; }

    /// <summary>The full Chinese name, e.g. <c>北碚区</c>.</summary>
    public string Name { get; }

    /// <summary>Short Chinese names accepted as aliases, e.g. <c>北碚</c>.</summary>
    public IReadOnlyList<string> ShortNames { get; }

    /// <summary>The GB/T 2260 code, or <see langword="null"/> for the functional zones that have none.</summary>
    public string? GbCode { get; }

    /// <summary>Whether the area is in the central city, another area of Chongqing, or outside the municipality.</summary>
    public Zone Zone { get; }

    /// <summary>True for the eleven central-city areas.</summary>
    public bool IsCentral => Zone == Zone.Central;

    /// <summary>True for every area of Chongqing municipality, false for <see cref="RegionTable.Outside"/>.</summary>
    public bool IsInChongqing => Zone != Zone.Outside;

    internal int Index { get; }

    /// <summary>Returns the public id.</summary>
    public override string ToString() => Id;
}
