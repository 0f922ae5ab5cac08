using Beibei.Rules.Engine;
using Beibei.Rules.Model;

namespace Beibei.Rules.Tests.Policies;

/// <summary>Chongqing 2022's region table against the catalogue's own list (<c>../shared/spec/regions.tsv</c>, read by
/// the tests only): the 41 areas in its order, each with its id, name, zone and code, and every name the catalogue lists
/// for an area (id, name, each short name, code) found as that area.</summary>
public class RegionsCatalogueTests
{
    private static readonly Lazy<string[][]> Rows = new(() =>
        [.. File.ReadAllLines(Path.Combine(Samples.RepositoryRoot(), "..", "shared", "spec", "regions.tsv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))]);

    [Fact]
    public void TheTable_HoldsTheCataloguesFortyOneAreasInItsOrder_ThenOutside()
    {
        var ids = Policy.Chongqing2022.Regions.All.Select(r => r.Id).ToList();

        Assert.Equal(41, Rows.Value.Length);
        Assert.Equal([.. Rows.Value.Select(row => row[0]), "outside"], ids);
    }

    [Fact]
    public void EveryArea_HasTheCataloguesNameZoneCodeAndShortNames_AndIsFoundByEachOfThem()
    {
        var table = Policy.Chongqing2022.Regions;
        foreach (var row in Rows.Value)
        {
            var (id, name, code) = (row[0], row[1], row[3] == "-" ? string.Empty : row[3]);
            string[] shortNames = [.. row[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
            var region = table[id];

            Assert.Equal(name, region.Name);
            Assert.Equal(row[4] == "central" ? Zone.Central : Zone.Other, region.Zone);
            Assert.Equal(code.Length == 0 ? null : code, region.GbCode);
            Assert.Equal(shortNames, region.ShortNames);
            foreach (var alias in shortNames.Prepend(name).Append(code).Where(a => a.Length > 0))
            {
                Assert.True(table.TryFind(alias, out var found) && ReferenceEquals(region, found), $"'{alias}' names {id}");
            }
        }
    }
}
