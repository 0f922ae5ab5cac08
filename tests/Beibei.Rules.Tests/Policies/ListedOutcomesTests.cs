using Beibei.Rules.Engine;
using Beibei.Rules.Policies.Chongqing2022;

namespace Beibei.Rules.Tests.Policies;

/// <summary>The outcomes each condition of a Chongqing 2022 clause is listed with, which the casebook's coverage asks a
/// case for: the condition a clause exists to deny on is listed only unmet (once met, the clause is no reason); the
/// conditions of <c>cq.infected</c> and <c>beibei.symptoms</c> only unmet (they are reasons only when they deny), of
/// <c>cq.central-city.zone</c> only met (a reason only when it permits a trip within the zone); every other condition
/// either way.</summary>
public class ListedOutcomesTests
{
    public static TheoryData<string, string> OnlyUnmet => new()
    {
        { BeibeiStayInDistrict.ClauseId, CommonConditions.EssentialPurpose },
        { CentralCityInbound.ClauseId, CommonConditions.EssentialPurpose },
        { CentralCityStay.ClauseId, CommonConditions.EssentialPurpose },
        { ControlAreas.ClauseId, ControlAreas.ControlLifted },
        { HomeIsolation.ClauseId, HomeIsolation.IsolationEnded },
        { LandAndTest.ClauseId, LandAndTest.LastResultNegative },
    };

    [Theory]
    [MemberData(nameof(OnlyUnmet))]
    public void TheConditionAClauseDeniesOn_IsListedUnmetOnly_ItsOthersEitherWay(string clauseId, string condition)
    {
        var clause = Assert.Single(Policy.Chongqing2022.Clauses, c => c.Id == clauseId);

        Assert.Contains(condition, clause.ConditionIds);
        Assert.Equal(ConditionOutcomes.Unmet, clause.ListedOutcomes(condition));
        Assert.All(clause.ConditionIds.Where(c => c != condition), other => Assert.Equal(ConditionOutcomes.Either, clause.ListedOutcomes(other)));
    }

    [Fact]
    public void EveryOtherClause_ListsAllItsConditionsOneWay()
    {
        var oneWay = new Dictionary<string, ConditionOutcomes>
        {
            [Infected.ClauseId] = ConditionOutcomes.Unmet,
            [BeibeiSymptoms.ClauseId] = ConditionOutcomes.Unmet,
            [CentralCityZone.ClauseId] = ConditionOutcomes.Met,
        };
        var onlyUnmet = OnlyUnmet.Select(row => (string)row[0]).ToHashSet();

        foreach (var clause in Policy.Chongqing2022.Clauses.Where(c => !onlyUnmet.Contains(c.Id)))
        {
            var expected = oneWay.GetValueOrDefault(clause.Id, ConditionOutcomes.Either);
            Assert.All(clause.ConditionIds, condition => Assert.Equal(expected, clause.ListedOutcomes(condition)));
        }

        Assert.All(oneWay.Keys, id => Assert.NotEmpty(Assert.Single(Policy.Chongqing2022.Clauses, c => c.Id == id).ConditionIds));
    }
}
