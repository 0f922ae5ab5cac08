using RulesEngine.Models;

namespace Beibei.Rules.Benchmarks.Peers;

/// <summary>The same conditions as a Microsoft RulesEngine workflow; the engine is built once and executed warm.</summary>
public sealed class RulesEngineTravelRule
{
    private const string Workflow = "travel";

    private readonly RulesEngine.RulesEngine engine;

    public RulesEngineTravelRule()
    {
        var workflow = new Workflow
        {
            WorkflowName = Workflow,
            Rules =
            [
                new Rule
                {
                    RuleName = "central-city-leave-conditions",
                    RuleExpressionType = RuleExpressionType.LambdaExpression,
                    Expression =
                        "!CentralCity.Contains(input.Region) || CentralCity.Contains(input.To) || " +
                        "(input.Purpose != \"non-essential\" " +
                        "&& input.Reports.Any(r => r.To == input.To && r.At <= input.At) " +
                        "&& input.Tests.Any(t => t.Negative && t.Resulted <= input.At && t.Sampled <= input.At && input.At - t.Sampled <= 172800))",
                },
            ],
        };
        engine = new RulesEngine.RulesEngine([workflow], new ReSettings { CustomTypes = [typeof(CentralCity)] });
    }

    public bool Decide(TravelRequest request) => Explain(request) is null;

    /// <summary>Null when the trip is allowed; otherwise the engine's message (an expression error shows here too).</summary>
    public string? Explain(TravelRequest request)
    {
        var results = engine.ExecuteAllRulesAsync(Workflow, new RuleParameter("input", request)).GetAwaiter().GetResult();
        var failed = results.Find(r => !r.IsSuccess);
        return failed is null ? null : $"{failed.Rule.RuleName}: {failed.ExceptionMessage}";
    }
}
