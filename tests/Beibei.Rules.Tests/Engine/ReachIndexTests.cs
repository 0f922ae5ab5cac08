using Beibei.Rules.Engine;

namespace Beibei.Rules.Tests.Engine;

public class ReachIndexTests
{
    // Every combination of the situation's bits: the index must agree with each clause's own check on all of them.
    private const int Situations = 1 << 21;

    [Fact]
    public void Matching_EverySituation_IsTheClausesWhoseReachIncludesIt()
    {
        // The policy's own indexes, over its reaches as resolved for each layer: Beibei's layer has the one governance
        // slot, whose three bits the declared HomeGoverned, ToGoverned and PlaceGoverned positions stand for here (they are never set in
        // a situation the engine finds).
        var policy = Policy.Chongqing2022;
        Reach[] reaches = [.. policy.Reaches];
        Reach[] decides = [.. policy.Decisions];
        for (var bits = 0; bits < Situations; bits++)
        {
            var declared = (Situation)bits;
            var situation = (declared & ~(Situation.HomeGoverned | Situation.ToGoverned | Situation.PlaceGoverned))
                | (declared.HasFlag(Situation.HomeGoverned) ? Governance.Home(0) : Situation.None)
                | (declared.HasFlag(Situation.ToGoverned) ? Governance.To(0) : Situation.None)
                | (declared.HasFlag(Situation.PlaceGoverned) ? Governance.Place(0) : Situation.None);
            Assert.Equal(Expected(reaches, situation), policy.Reaching.Matching(situation));
            Assert.Equal(Expected(decides, situation), policy.Deciding.Matching(situation));
        }
    }

    [Fact]
    public void Resolve_TheDistrictLayersClauses_NeedItsSlotAndTheCitysNone()
    {
        var policy = Policy.Chongqing2022;
        var mask = policy.Clauses.ToList().FindIndex(c => c.Id == "beibei.mask");
        var stay = policy.Clauses.ToList().FindIndex(c => c.Id == "cq.central-city.stay");

        Assert.Equal(Situation.LeaveHome | Governance.Home(0), policy.Reaches[mask].First);
        Assert.Equal(policy.Clauses[stay].Reach.First, policy.Reaches[stay].First);
        Assert.False(policy.Reaches[mask].Includes(Situation.LeaveHome | Situation.HomeGoverned));
        Assert.True(policy.Reaches[mask].Includes(Situation.LeaveHome | Governance.Home(0)));
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
        Assert.Equal(0b1001u, index.Matching(Situation.LeaveHome | Situation.HomeGoverned));
    }

    [Fact]
    public void Constructor_MoreClausesThanBits_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ReachIndex([.. Enumerable.Repeat(Reach.Everywhere, ReachIndex.MaxClauses + 1)]));
        Assert.Contains($"at most {ReachIndex.MaxClauses} clauses", error.Message, StringComparison.Ordinal);
    }

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
