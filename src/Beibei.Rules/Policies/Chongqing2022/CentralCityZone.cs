using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;

namespace Beibei.Rules.Policies.Chongqing2022;

/// <summary><c>cq.central-city.zone</c>: the eleven central areas are one whole; people may move between them.</summary>
/// <remarks>A <c>travel</c> from a central area to another central area is permitted by the city (this clause is the
/// reason) unless another clause denies it. Force: required (an interpretation: the sentence is the city's definitive
/// statement of where people may move, not advice; only bans are ever advised).</remarks>
public sealed class CentralCityZone : Clause
{
    /// <summary>The clause id.</summary>
    public const string ClauseId = "cq.central-city.zone";

    private static readonly Citation Cited = new(
        [Sources.Cq136],
        "CQ-136 第三部分第4段",
        "将中心城区的11个区作为一个整体看待…11个区之间可以流动",
        new LocalizedText(
            "The eleven central-city areas count as one whole: people may travel between them.",
            "中心城区11个区作为一个整体，11个区之间可以流动。"));

    internal CentralCityZone()
    {
    }

    /// <inheritdoc/>
    public override string Id => ClauseId;

    /// <inheritdoc/>
    public override Citation Citation => Cited;

    /// <summary>The destination is in the central city too (fact: the destination).</summary>
    public const string WithinCentralCity = "within-central-city";

    /// <inheritdoc/>
    /// <remarks><c>within-central-city</c> (met: both areas are central; fact: the destination).</remarks>
    public override IReadOnlyList<string> ConditionIds => [WithinCentralCity];

    /// <inheritdoc/>
    public override ConditionOutcomes ListedOutcomes(string conditionId) => ConditionOutcomes.Met;

    /// <inheritdoc/>
    public override Reach Reach => Reach.When(Situation.Travel | Situation.HomeCentral | Situation.ToCentral);

    /// <inheritdoc/>
    protected override void Evaluate(ClauseContext context, Outcomes outcome)
    {
        // Its reach states a trip from the central city into it: the engine calls it for no other.
        if (context.IsTripAway)
        {
            outcome.Permits();
            if (outcome.RecordDetails)
            {
                outcome.Condition(WithinCentralCity, true, new ValueFact("destination", context.Destination!.Id));
            }
        }
    }
}
