using Beibei.Rules.Casebook;
using Beibei.Rules.Engine;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using Beibei.Rules.Tests.Reliability;
using CsCheck;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Engine;

/// <summary><see cref="Evaluator.Trace"/>: the decision, and what each clause did in it.</summary>
public class TraceTests
{

    [Fact]
    public void Trace_ATripWithAProof_SaysWhichClausesAppliedAndWhenTheyChange()
    {
        var person = Person("jiangbei", Negative("2022-11-11T08:00:00+08:00", "2022-11-11T15:00:00+08:00")) with
        {
            Reports = [new Report("fuling", T("2022-11-12T08:00:00+08:00"))],
        };

        var trace = Default.Trace(person, new Travel("fuling", Purpose.Essential), Noon12th).Value!;

        var byId = trace.Clauses.ToDictionary(c => c.ClauseId);
        Assert.Equal(Default.Policy.Clauses.Select(c => c.Id), trace.Clauses.Select(c => c.ClauseId));
        Assert.Equal(ClauseEffect.Permits, byId["cq.central-city.leave-conditions"].Effect);
        Assert.Equal(T("2022-11-13T08:00:00+08:00"), byId["cq.central-city.leave-conditions"].NextChange);
        Assert.True(byId["cq.central-city.leave-conditions"].NextChangeIncluded);
        Assert.Equal(ClauseEffect.Silent, byId["cq.test-proof"].Effect);
        Assert.Equal(ClauseEffect.NotApplicable, byId["cq.infected"].Effect);
        Assert.Null(byId["cq.infected"].NextChange);
    }

    [Fact]
    public void Trace_BadInput_IsEveryError() =>
        Assert.False(Default.Trace(Person("atlantis"), new LeaveHome(Purpose.Essential), Noon12th).IsValid);

    [Fact]
    public void Trace_TheDecision_IsDecidesAndTheEffectsAgreeWithTheReasons() =>
        Generators.ArrivingCase.Sample(c =>
        {
            var evaluator = new Evaluator(Policy.Chongqing2022, c.Options);
            var trace = evaluator.Trace(c.Person, c.Ask, c.At).Value!;

            Assert.Equal(DecisionJson.Write(evaluator.Decide(c.Person, c.Ask, c.At).Value!), DecisionJson.Write(trace.Decision));
            if (trace.Decision.Reasons is [{ ClauseId: Evaluator.NoneInForce }])
            {
                return;
            }

            foreach (var reason in trace.Decision.Reasons)
            {
                var effect = trace.Clauses.Single(t => t.ClauseId == reason.ClauseId).Effect;
                Assert.Equal(trace.Decision.IsAllowed ? ClauseEffect.Permits : ClauseEffect.Denies, effect == ClauseEffect.Supersedes ? ClauseEffect.Denies : effect);
            }
        }, iter: 500);
}
