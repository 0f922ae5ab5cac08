// The README's quick start, as a consumer writes it: register, ask whether a person may travel, read the decision.
using Beibei.Rules;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;

var services = new ServiceCollection().AddBeibeiRules();
using var provider = services.BuildServiceProvider();
var rules = provider.GetRequiredService<IRulesService>();

static Instant At(string iso) => OffsetDateTimePattern.ExtendedIso.Parse(iso).Value.ToInstant();

var person = new PersonFacts
{
    Region = "jiangbei",
    Tests = [TestRecord.Negative(At("2022-11-11T08:00:00+08:00"), At("2022-11-11T15:00:00+08:00"))],
    Reports = [new Report("fuling", At("2022-11-11T20:00:00+08:00"))],
};

var result = rules.Decide(person, new Travel("fuling", Purpose.Essential), At("2022-11-12T09:00:00+08:00"));
if (!result.IsValid)
{
    Console.Error.WriteLine("consumer: unexpected input errors: " + string.Join("; ", result.Errors));
    return 1;
}

var decision = result.Value;
var reason = decision.Reasons.SingleOrDefault();
var failures = new List<string>();
if (!decision.IsAllowed)
{
    failures.Add($"verdict {decision.Verdict}, expected Allowed");
}

if (reason?.ClauseId != "cq.central-city.leave-conditions" || reason.Proof is null)
{
    failures.Add($"reason {reason?.ClauseId ?? "(none)"}, expected cq.central-city.leave-conditions with its proof");
}

if (decision.ValidUntil != At("2022-11-13T08:00:00+08:00"))
{
    failures.Add($"valid-until {decision.ValidUntil}, expected the proof's expiry 2022-11-13T08:00:00+08:00");
}

if (decision.FindObligation("cq.land-and-test/landing-test") is null)
{
    failures.Add("the landing test the trip starts is not listed");
}

var bad = rules.Decide(person with { Region = "atlantis" }, new Travel("fuling", Purpose.Essential), At("2022-11-12T09:00:00+08:00"));
if (bad.IsValid || bad.Errors[0].Code != "region.unknown")
{
    failures.Add("an unknown region was not reported as region.unknown");
}

foreach (var failure in failures)
{
    Console.Error.WriteLine("consumer: " + failure);
}

Console.WriteLine(failures.Count == 0
    ? $"consumer: {decision.Verdict} because of {reason!.ClauseId}, valid until {decision.ValidUntil}"
    : "consumer: FAILED");
return failures.Count == 0 ? 0 : 1;
