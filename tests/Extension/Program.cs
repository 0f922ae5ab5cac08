// An example district rule (AN EXAMPLE, NOT LAW) added on top of Chongqing 2022 through the public API only: a layer of
// its own, dated versions of a parameter value and of a clause, decisions with conditions and valid-until, timelines, and
// a casebook file of its own. Prints "N passed, M failed".
using Beibei.Rules;
using Beibei.Rules.Casebook;
using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using Beibei.Rules.Extension;
using Beibei.Rules.Model;
using Beibei.Rules.Questions;
using NodaTime;
using NodaTime.Text;

var passed = 0;
var failed = 0;
void Check(string what, bool ok)
{
    if (ok)
    {
        passed++;
    }
    else
    {
        failed++;
        Console.Error.WriteLine("extension: FAILED " + what);
    }
}

static Instant At(string iso) => OffsetDateTimePattern.ExtendedIso.Parse(iso).Value.ToInstant();

// 1. The policy: Chongqing 2022 with a district layer of the example's own, which declares a parameter of its own
// (market-closing), shortens the proof window to 24 hours from 2022-11-20 00:00 (a dated parameter value) and amends
// its market rule from 2022-11-25 12:00 (a dated version of the clause: markets close at 18:00 instead of 20:00).
var shortened = At("2022-11-20T00:00:00+08:00");
var amended = At("2022-11-25T12:00:00+08:00");
var hechuan = Policy.Chongqing2022.Regions["hechuan"];
Policy Build() => Policy.Chongqing2022.WithLayer(
    Layer.Create("example-hechuan", [MarketHours.Source])
        .Governing([hechuan])
        .Declaring(MarketHours.Closing)
        .Add(new MarketHours(), new PolicyOptions().InForceFrom, amended)
        .Add(MarketHours.Amended, amended)
        .WithParameterValue("proof-window", shortened, Duration.FromHours(24)),
    id: "example-chongqing-2022-with-hechuan",
    version: "1");
var policy = Build();
Check("the policy has three layers", policy.Layers.Select(l => l.Id).SequenceEqual(["chongqing", "beibei", "example-hechuan"]));
Check("the clause's layer is the example's", policy.LayerOf(MarketHours.ClauseId)?.Id == "example-hechuan");
var twice = Build();
var evaluator = new Evaluator(policy, new PolicyOptions());
Check("the same policy built twice has the same digest", new Evaluator(twice, new PolicyOptions()).Identity.Digest == evaluator.Identity.Digest);
Check("the extended policy is not Chongqing 2022's", evaluator.Identity.Digest != new Evaluator(Policy.Chongqing2022, new PolicyOptions()).Identity.Digest);

// 2. Decisions: allowed just before 20:00 (valid until 20:00), denied exactly at it, with the condition and the remedy.
var person = new PersonFacts
{
    Region = "hechuan",
    Tests = [TestRecord.Negative(At("2022-11-15T08:00:00+08:00"), At("2022-11-15T12:00:00+08:00"))],
};
var market = new EnterPublicPlace("hechuan", PlaceKind.Market);
var before = evaluator.Decide(person, market, At("2022-11-15T19:59:59+08:00")).Value!;
Check("allowed at 19:59:59", before.Verdict == Verdict.Allowed);
Check("valid until 20:00", before.ValidUntil == At("2022-11-15T20:00:00+08:00"));
var closed = evaluator.Decide(person, market, At("2022-11-15T20:00:00+08:00")).Value!;
Check("denied at 20:00", closed.Verdict == Verdict.Denied);
var reason = closed.Reasons.SingleOrDefault(r => r.ClauseId == MarketHours.ClauseId);
Check("the clause is the reason, with its condition unmet", reason?.Conditions.SingleOrDefault() is { Id: MarketHours.BeforeClosing, Met: false });
Check("the remedy waits until midnight and names the condition", closed.Remedies.Any(r => r.Kind == RemedyKind.Wait && r.Earliest == At("2022-11-16T00:00:00+08:00") && r.Condition == MarketHours.BeforeClosing));
Check("the decision names the extended policy", closed.Policy?.Id == "example-chongqing-2022-with-hechuan");
Check("a market outside the layer's region stays open", evaluator.Decide(person, new EnterPublicPlace("fuling", PlaceKind.Market), At("2022-11-15T21:00:00+08:00")).Value!.Verdict == Verdict.Allowed);
Check("a supermarket is not a market", evaluator.Decide(person, new EnterPublicPlace("hechuan", PlaceKind.Supermarket), At("2022-11-15T21:00:00+08:00")).Value!.Verdict == Verdict.Allowed);
Check("Chongqing 2022 alone does not close the market", new Evaluator(Policy.Chongqing2022, new PolicyOptions()).Decide(person, market, At("2022-11-15T20:00:00+08:00")).Value!.Verdict == Verdict.Allowed);

// 3. A timeline across the closing hours: allowed, denied from 20:00, allowed again from midnight.
var timeline = evaluator.Timeline(person, market, At("2022-11-15T18:00:00+08:00"), At("2022-11-16T06:00:00+08:00")).Value!;
var verdicts = timeline.Segments.Select(s => (s.Verdict, s.From)).ToArray();
Check("the timeline has three segments", verdicts.Length == 3);
Check("the timeline closes at 20:00 and reopens at midnight", verdicts.Length == 3
    && verdicts[1] == (Verdict.Denied, At("2022-11-15T20:00:00+08:00"))
    && verdicts[2] == (Verdict.Allowed, At("2022-11-16T00:00:00+08:00")));

// 4. The dated version: a test sampled 2022-11-19 10:00 proves until 11-21 10:00 under 48 hours, but the window is
// 24 hours from 11-20 00:00, so a decision on the evening of the 19th holds until 11-20 10:00 (inclusive).
var yuzhong = new PersonFacts
{
    Region = "yuzhong",
    Tests = [TestRecord.Negative(At("2022-11-19T10:00:00+08:00"), At("2022-11-19T12:00:00+08:00"))],
};
var mall = new EnterPublicPlace(Kind: PlaceKind.Mall);
var evening = evaluator.Decide(yuzhong, mall, At("2022-11-19T20:00:00+08:00")).Value!;
Check("valid-until crosses the version boundary to the shortened expiry", evening.ValidUntil == At("2022-11-20T10:00:00+08:00") && evening.ValidUntilIncluded);
Check("the proof still holds at 10:00 on the 20th", evaluator.Decide(yuzhong, mall, At("2022-11-20T10:00:00+08:00")).Value!.Verdict == Verdict.Allowed);
var late = evaluator.Decide(yuzhong, mall, At("2022-11-20T10:00:01+08:00")).Value!;
Check("after it the 24-hour window denies, citing the proof condition", late.Verdict == Verdict.Denied
    && late.Reasons.Any(r => r.ClauseId == "cq.public-places" && r.Conditions.Any(c => c.Id == "negative-proof" && !c.Met)));
Check("Chongqing 2022 alone keeps 48 hours", new Evaluator(Policy.Chongqing2022, new PolicyOptions()).Decide(yuzhong, mall, At("2022-11-20T10:00:01+08:00")).Value!.Verdict == Verdict.Allowed);
var crossing = evaluator.Timeline(yuzhong, mall, At("2022-11-19T20:00:00+08:00"), At("2022-11-21T00:00:00+08:00")).Value!;
Check("the timeline turns at the shortened expiry", crossing.Segments.Count == 2 && crossing.Segments[1].Verdict == Verdict.Denied && crossing.Segments[0].Until == At("2022-11-20T10:00:00+08:00"));

// 5. The example's own parameter: market-closing, declared once, set in the options like any other.
var earlier = new PolicyOptions();
earlier.Set(MarketHours.Closing, new LocalTime(19, 0));
Check("the policy lists the example's parameter after the catalogue's", policy.Parameters.Select(p => p.Name).SequenceEqual([.. PolicyOptions.Names, "market-closing"]));
Check("closing at 19:00 when the options say so", new Evaluator(policy, earlier).Decide(person, market, At("2022-11-15T19:00:00+08:00")).Value!.Verdict == Verdict.Denied);
Check("the closing hour is in the digest", new Evaluator(policy, earlier).Identity.Digest != evaluator.Identity.Digest);
var tooEarly = new PolicyOptions();
tooEarly.Set(MarketHours.Closing, new LocalTime(8, 0));
Check("a closing hour before noon is an input error with its code", new Evaluator(policy, tooEarly).Decide(person, market, At("2022-11-15T19:00:00+08:00")).Errors
    .SingleOrDefault() is { Code: ErrorCodes.ValueOutOfRange, Field: "options.market-closing" });

// 6. The dated version of the clause: closed from 20:00 until the amendment, from 18:00 after it. A decision in the
// morning of the amendment's day holds until 18:00, across the version boundary at noon.
Check("before the amendment the market is open at 19:00", evaluator.Decide(person, market, At("2022-11-24T19:00:00+08:00")).Value!.Verdict == Verdict.Allowed);
Check("before the amendment it closes at 20:00, citing the first version", evaluator.Decide(person, market, At("2022-11-24T20:00:00+08:00")).Value!
    .Reasons.SingleOrDefault(r => r.ClauseId == MarketHours.ClauseId)?.Citation.Paragraph == "EXAMPLE-1 1");
var morning = evaluator.Decide(person, market, At("2022-11-25T11:00:00+08:00")).Value!;
Check("valid-until crosses the clause's version boundary to 18:00", morning.Verdict == Verdict.Allowed && morning.ValidUntil == At("2022-11-25T18:00:00+08:00") && !morning.ValidUntilIncluded);
Check("after the amendment it closes at 18:00, citing the amendment", evaluator.Decide(person, market, At("2022-11-25T18:00:00+08:00")).Value!
    .Reasons.SingleOrDefault(r => r.ClauseId == MarketHours.ClauseId)?.Citation.Paragraph == "EXAMPLE-1 2");
Check("the version in force is listed for an instant", policy.ClausesInForceAt(amended).Contains(MarketHours.Amended)
    && policy.ClausesInForceAt(amended - Duration.Epsilon).Any(c => c.Id == MarketHours.ClauseId && c != MarketHours.Amended));
var amendedDay = evaluator.Timeline(person, market, At("2022-11-25T11:00:00+08:00"), At("2022-11-25T23:00:00+08:00")).Value!;
Check("the timeline of the amendment's day closes at 18:00", amendedDay.Segments.Select(s => (s.Verdict, s.From)).SequenceEqual(
    [(Verdict.Allowed, At("2022-11-25T11:00:00+08:00")), (Verdict.Denied, At("2022-11-25T18:00:00+08:00"))]));

// 7. The example's own casebook file, read for this policy and run through the public casebook API.
var file = CasebookReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "example-market-hours.yaml"), policy);
Check("the casebook file reads: " + string.Join("; ", file.Errors.Select(e => e.Message)), file.File is not null);
foreach (var result in file.File is { } read ? CaseRunner.Run(read) : [])
{
    Check($"case '{result.Case.Name}': " + string.Join("; ", result.Failures.Select(f => $"{f.Field}: expected {f.Expected}, got {f.Actual}")), result.Passed);
}

Console.WriteLine($"{passed} passed, {failed} failed");
return failed == 0 ? 0 : 1;
