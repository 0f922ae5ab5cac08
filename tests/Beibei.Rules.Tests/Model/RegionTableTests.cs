using Beibei.Rules.Model;
using Beibei.Rules.Policies.Chongqing2022;
using CsCheck;

namespace Beibei.Rules.Tests.Model;

public class RegionTableTests
{
    [Fact]
    public void All_HoldsFortyOneAreasAndOutside()
    {
        Assert.Equal(42, Chongqing2022Regions.Table.All.Count);
        Assert.Equal(11, Chongqing2022Regions.Table.All.Count(r => r.Zone == Zone.Central));
        Assert.Equal(30, Chongqing2022Regions.Table.All.Count(r => r.Zone == Zone.Other));
        Assert.Same(Chongqing2022Regions.Outside, Chongqing2022Regions.Table.All[^1]);
        Assert.Equal(Chongqing2022Regions.Table.All.Count, Chongqing2022Regions.Table.All.Select(r => r.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("beibei")]
    [InlineData("北碚区")]
    [InlineData("北碚")]
    [InlineData("500109")]
    [InlineData("BeiBei")]
    [InlineData(" beibei ")]
    public void TryFind_EveryAliasOfBeibei_FindsBeibei(string alias)
    {
        Assert.True(Chongqing2022Regions.Table.TryFind(alias, out var region));
        Assert.Same(Chongqing2022Regions.Beibei, region);
        Assert.True(region.IsCentral);
    }

    [Theory]
    [InlineData("秀山县", "xiushan")]
    [InlineData("彭水县", "pengshui")]
    [InlineData("酉阳县", "youyang")]
    [InlineData("重庆高新区", "gaoxin")]
    [InlineData("高新区", "gaoxin")]
    [InlineData("两江", "liangjiang")]
    [InlineData("万盛经济技术开发区", "wansheng")]
    [InlineData("忠县", "zhongxian")]
    [InlineData("市外", "outside")]
    [InlineData("500117", "hechuan")]
    public void TryFind_NamesUsedByTheSeed_Resolve(string alias, string id)
    {
        Assert.True(Chongqing2022Regions.Table.TryFind(alias, out var region));
        Assert.Equal(id, region.Id);
    }

    [Fact]
    public void TryFind_EveryId_FindsItsOwnRow()
    {
        foreach (var region in Chongqing2022Regions.Table.All)
        {
            Assert.True(Chongqing2022Regions.Table.TryFind(region.Id, out var found), region.Id);
            Assert.Same(region, found);
        }
    }

    [Fact]
    public void TryFind_AnIdWithOneCharacterChangedAddedOrCut_FindsNothing()
    {
        foreach (var id in Chongqing2022Regions.Table.All.Select(r => r.Id))
        {
            for (var i = 0; i < id.Length; i++)
            {
                var changed = string.Concat(id.AsSpan(0, i), id[i] == 'x' ? "y" : "x", id.AsSpan(i + 1));
                Assert.False(Chongqing2022Regions.Table.TryFind(changed, out _), changed);
            }

            Assert.False(Chongqing2022Regions.Table.TryFind(id[..^1], out _), id[..^1]);
            Assert.False(Chongqing2022Regions.Table.TryFind(id[1..], out _), id[1..]);
            Assert.False(Chongqing2022Regions.Table.TryFind(id + "x", out _), id + "x");
        }
    }

    [Fact]
    public void TryFind_IdsOfOneLengthThatNoShortcutTellsApart_AreFoundByTheDictionary()
    {
        // 'a' and U+0461 are 1,024 apart: every hash of a character the fast index tries puts both on one slot, so
        // ids of length one are left to the dictionary; the ids of length two still take the shortcut.
        var regions = new[] { new Region("a", "Alpha", Zone.Other), new Region("\u0461", "Beta", Zone.Other), new Region("bc", "Gamma", Zone.Central), new Region("cb", "Delta", Zone.Other) };
        var table = RegionTable.Create(regions);

        foreach (var region in regions)
        {
            Assert.True(table.TryFind(region.Id, out var found), region.Id);
            Assert.Same(region, found);
        }

        Assert.False(table.TryFind("b", out _));
        Assert.False(table.TryFind("bb", out _));
        Assert.False(table.TryFind("\u0861", out _));
    }

    [Fact]
    public void TryFind_InTablesOfManyIdsOfOneLength_FindsEachIdAndNothingElse()
    {
        // Eleven ids of seven letters have no one position that tells them apart (as in Chongqing's own table): the
        // index hashes two; any table of random ids must still find every id and no near miss.
        Gen.String[Gen.Char['a', 'z'], 7, 7].HashSet[2, 60].Sample(ids =>
        {
            var regions = ids.Select((id, i) => new Region(id, "name-" + i, Zone.Other)).ToArray();
            var table = RegionTable.Create(regions);
            foreach (var region in regions)
            {
                Assert.True(table.TryFind(region.Id, out var found), region.Id);
                Assert.Same(region, found);
                var changed = string.Concat(region.Id.AsSpan(0, 6), region.Id[6] == 'z' ? "a" : ((char)(region.Id[6] + 1)).ToString());
                Assert.Equal(ids.Contains(changed), table.TryFind(changed, out _));
            }
        });
    }

    [Theory]
    [InlineData("atlantis")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("成都")]
    public void TryFind_UnknownAlias_ReturnsFalse(string? alias)
    {
        Assert.False(Chongqing2022Regions.Table.TryFind(alias, out var region));
        Assert.Null(region);
        Assert.False(Chongqing2022Regions.Table.IsKnown(alias));
    }

    [Fact]
    public void FunctionalZones_HaveNoGbCode()
    {
        var withoutCode = Chongqing2022Regions.Table.All.Where(r => r.IsWithinJurisdiction && r.GbCode is null).Select(r => r.Id).Order();
        Assert.Equal(["gaoxin", "liangjiang", "wansheng"], withoutCode);
    }

    [Fact]
    public void Outside_IsNotInChongqing()
    {
        Assert.False(Chongqing2022Regions.Outside.IsWithinJurisdiction);
        Assert.False(Chongqing2022Regions.Outside.IsCentral);
        Assert.Equal("outside", Chongqing2022Regions.Outside.ToString());
    }
}
