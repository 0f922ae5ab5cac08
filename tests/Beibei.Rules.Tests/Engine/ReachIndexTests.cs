using Beibei.Rules.Engine;

namespace Beibei.Rules.Tests.Engine;

public class ReachIndexTests
{
    // Every combination of the situation's bits: the index must agree with each clause's own check on all of them.
    private const int Situations = 1 << 20;

    [Fact]
    public void Matching_EverySituation_IsTheClausesWhoseReachIncludesIt()
    {
        var clauses = Policy.Chongqing2022.Clauses;
        Reach[] reaches = [.. clauses.Select(c => c.Reach)];
        Reach[] decides = [.. clauses.Select(c => c.Decides)];
        var reaching = new ReachIndex(reaches);
        var deciding = new ReachIndex(decides);
        for (var bits = 0; bits < Situations; bits++)
        {
            var situation = (Situation)bits;
            Assert.Equal(Expected(reaches, situation), reaching.Matching(situation));
            Assert.Equal(Expected(decides, situation), deciding.Matching(situation));
        }
    }

    [Fact]
    public void Situations_EveryBit_IsWithinTheCombinationsChecked() =>
        Assert.All(Enum.GetValues<Situation>(), bit => Assert.InRange((int)bit, 0, Situations - 1));

    [Fact]
    public void Matching_EverywhereAndNowhere_AreEveryClauseAndNone()
    {
        var index = new ReachIndex([Reach.Everywhere, Reach.Nowhere, Reach.When(Situation.Travel, Situation.Gathering), Reach.Everywhere]);

        Assert.Equal(0b1001u, index.Matching(Situation.None));
        Assert.Equal(0b1101u, index.Matching(Situation.Travel));
        Assert.Equal(0b1101u, index.Matching(Situation.Gathering | Situation.Positive));
        Assert.Equal(0b1001u, index.Matching(Situation.LeaveHome | Situation.HomeBeibei));
    }

    [Fact]
    public void Constructor_MoreClausesThanBits_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new ReachIndex([.. Enumerable.Repeat(Reach.Everywhere, ReachIndex.MaxClauses + 1)]));

    private static uint Expected(Reach[] reaches, Situation situation)
    {
        var expected = 0u;
        for (var i = 0; i < reaches.Length; i++)
        {
            expected |= reaches[i].Includes(situation) ? 1u << i : 0u;
        }

        return expected;
    }
}
