using Beibei.Rules.Model;

namespace Beibei.Rules.Tests.Model;

public class RegionTableTests
{
    [Fact]
    public void All_HoldsFortyOneAreasAndOutside()
    {
        Assert.Equal(42, RegionTable.All.Count);
        Assert.Equal(11, RegionTable.All.Count(r => r.Zone == Zone.Central));
        Assert.Equal(30, RegionTable.All.Count(r => r.Zone == Zone.Other));
        Assert.Same(RegionTable.Outside, RegionTable.All[^1]);
        Assert.Equal(RegionTable.All.Count, RegionTable.All.Select(r => r.Id).Distinct().Count());
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
        Assert.True(RegionTable.TryFind(alias, out var region));
        Assert.Same(RegionTable.Beibei, region);
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
        Assert.True(RegionTable.TryFind(alias, out var region));
        Assert.Equal(id, region.Id);
    }

    [Fact]
    public void TryFind_EveryId_FindsItsOwnRow()
    {
        foreach (var region in RegionTable.All)
        {
            Assert.True(RegionTable.TryFind(region.Id, out var found), region.Id);
            Assert.Same(region, found);
        }
    }

    [Fact]
    public void TryFind_AnIdWithOneCharacterChangedAddedOrCut_FindsNothing()
    {
        foreach (var id in RegionTable.All.Select(r => r.Id))
        {
            for (var i = 0; i < id.Length; i++)
            {
                var changed = string.Concat(id.AsSpan(0, i), id[i] == 'x' ? "y" : "x", id.AsSpan(i + 1));
                Assert.False(RegionTable.TryFind(changed, out _), changed);
            }

            Assert.False(RegionTable.TryFind(id[..^1], out _), id[..^1]);
            Assert.False(RegionTable.TryFind(id[1..], out _), id[1..]);
            Assert.False(RegionTable.TryFind(id + "x", out _), id + "x");
        }
    }

    [Theory]
    [InlineData("atlantis")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("成都")]
    public void TryFind_UnknownAlias_ReturnsFalse(string? alias)
    {
        Assert.False(RegionTable.TryFind(alias, out var region));
        Assert.Null(region);
        Assert.False(RegionTable.IsKnown(alias));
    }

    [Fact]
    public void FunctionalZones_HaveNoGbCode()
    {
        var withoutCode = RegionTable.All.Where(r => r.IsInChongqing && r.GbCode is null).Select(r => r.Id).Order();
        Assert.Equal(["gaoxin", "liangjiang", "wansheng"], withoutCode);
    }

    [Fact]
    public void Outside_IsNotInChongqing()
    {
        Assert.False(RegionTable.Outside.IsInChongqing);
        Assert.False(RegionTable.Outside.IsCentral);
        Assert.Equal("outside", RegionTable.Outside.ToString());
    }
}
