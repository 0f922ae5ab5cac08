using Beibei.Rules.Model;
using Beibei.Rules.Policies.Chongqing2022;
using Beibei.Rules.Questions;
using CsCheck;
using NodaTime;
using static Beibei.Rules.Tests.Samples;

namespace Beibei.Rules.Tests.Reliability;

/// <summary>Generators of valid facts, questions, options and instants across and around the policy period, and of
/// inputs that may be bad. CsCheck shrinks a failing case towards the first values of each generator.</summary>
internal static class Generators
{
    private static readonly Instant Start = T("2022-11-05T00:00:00+08:00");

    private static readonly Instant[] Boundaries =
    [
        PolicyStart, PolicyStart - Duration.Epsilon, PolicyEnd, PolicyEnd - Duration.Epsilon,
        T("2022-11-12T00:00:00+08:00"), T("2022-11-12T23:59:59+08:00"), T("2022-11-13T00:00:00+08:00"),
    ];

    private static readonly string[] RegionIds = [.. Chongqing2022Regions.Table.All.Select(r => r.Id)];

    /// <summary>Instants from 2022-11-05 to 2022-12-15, a minute apart, and the policy's and days' boundaries.</summary>
    public static readonly Gen<Instant> Instant = Gen.Frequency(
        (9, Gen.Int[0, 40 * 24 * 60].Select(m => Start + Duration.FromMinutes(m))),
        (1, Gen.OneOf(Boundaries)));

    public static readonly Gen<string> Region = Gen.Frequency(
        (6, Gen.OneOf(RegionIds)),
        (1, Gen.OneOf(Chongqing2022Regions.Table.All.Select(r => r.Name).ToArray())),
        (1, Gen.OneOf("beibei", "jiangbei", "yuzhong", "hechuan", "fuling", "outside")));

    public static readonly Gen<TestRecord> Test =
        from sampled in Instant
        from result in Gen.Frequency((12, Gen.Const(TestResult.Negative)), (5, Gen.Const(TestResult.Pending)), (1, Gen.Const(TestResult.Positive)))
        from lag in Gen.Int[0, 20 * 60]
        select result == TestResult.Pending ? TestRecord.Pending(sampled) : new TestRecord(sampled, result, sampled + Duration.FromMinutes(lag));

    public static readonly Gen<Report> Report =
        from to in Region
        from at in Instant
        select new Report(to, at);

    public static readonly Gen<Isolation> Isolation =
        from start in Instant
        from days in Gen.Int[1, 14].Nullable(0.5)
        from alone in Gen.Bool.Nullable(0.3)
        select new Isolation(start, days is { } d ? start + Duration.FromDays(d) : null, alone);

    public static readonly Gen<ControlArea> ControlArea =
        from level in Gen.Enum<ControlLevel>()
        from start in Instant
        from hours in Gen.Int[1, 10 * 24].Nullable(0.3)
        select new ControlArea(level, start, hours is { } h ? start + Duration.FromHours(h) : null);

    public static readonly Gen<PersonFacts> Person =
        from region in Region
        from tests in Test.Array[0, 5]
        from reports in Report.Array[0, 3]
        from arrivalFrom in Region.Null(0.5)
        from arrivalAt in Instant
        from reported in Instant.Nullable(0.6)
        from enteredMinutesBefore in Gen.Int[0, 6 * 60].Nullable(0.8)
        from code in Gen.Enum<HealthCode>().Nullable(0.6)
        from codeReported in Instant.Nullable(0.7)
        from noticed in Instant.Nullable(0.8)
        from exposureReported in Instant.Nullable(0.5)
        from temperature in Gen.Int[355, 395].Nullable(0.7)
        from symptoms in Gen.Frequency((4, Gen.Const(Array.Empty<Symptom>())), (1, Gen.Enum<Symptom>().Array[1, 2]))
        from isolation in Isolation.Null(0.85)
        from area in ControlArea.Null(0.85)
        select new PersonFacts
        {
            Region = region,
            Tests = tests,
            Reports = reports,
            Arrival = arrivalFrom is null
                ? null
                : new Arrival(
                    SameRegion(arrivalFrom, region) ? OtherThan(region) : arrivalFrom,
                    arrivalAt,
                    reported,
                    enteredMinutesBefore is { } m ? arrivalAt - Duration.FromMinutes(m) : null),
            HealthCode = code,
            HealthCodeReported = codeReported,
            Exposure = noticed is { } n ? new Exposure(n, exposureReported) : null,
            Temperature = temperature / 10m,
            Symptoms = symptoms,
            Isolation = isolation,
            ControlArea = area,
        };

    public static readonly Gen<Question> Question = Gen.OneOf<Question>(
        from to in Region
        from purpose in Gen.Enum<Purpose>()
        select (Question)new Travel(to, purpose),
        from region in Region.Null(0.6)
        from kind in Gen.Enum<PlaceKind>().Nullable(0.3)
        select (Question)new EnterPublicPlace(region, kind),
        Gen.Enum<Purpose>().Select(p => (Question)new LeaveHome(p)),
        Gen.Enum<GatheringKind>().Select(k => (Question)new Gathering(k)));

    public static readonly Gen<PolicyOptions> Options = Gen.Frequency(
        (3, Gen.Const(() => new PolicyOptions())),
        (1,
            from window in Gen.OneOf(24, 48, 72)
            from anchor in Gen.Enum<ProofAnchor>()
            from days in Gen.Int[2, 4]
            from gap in Gen.OneOf(12, 24, 36)
            from count in Gen.OneOf(2, 3)
            from dayOne in Gen.Enum<DayOne>()
            from isolationDays in Gen.Int[5, 14]
            from fever in Gen.Int[370, 380]
            from reportsFrom in Gen.OneOf(PolicyStart - Duration.FromDays(1), PolicyStart, PolicyStart + Duration.FromDays(2))
            from advice in Gen.Enum<AdviceMode>()
            select new PolicyOptions
            {
                ProofWindow = Duration.FromHours(window),
                ProofAnchor = anchor,
                LandAndTestDays = days,
                LandAndTestGap = Duration.FromHours(gap),
                LandAndTestCount = count,
                DayOne = dayOne,
                IsolationDays = isolationDays,
                FeverThreshold = fever / 10m,
                ReportsFrom = reportsFrom,
                Advice = advice,
            }));

    /// <summary>A whole case: facts, question, instant and options. Its trips have no <c>arrives</c>, so that the same
    /// question stays valid at every later instant (a trip cannot arrive before it is asked about).</summary>
    public static readonly Gen<(PersonFacts Person, Question Ask, Instant At, PolicyOptions Options)> Case =
        Gen.Select(Person, Question, Instant, Options);

    /// <summary><see cref="Case"/>, whose trips often say when they arrive (at the instant asked about or up to 12 hours
    /// later), for the properties that decide at that instant alone.</summary>
    public static readonly Gen<(PersonFacts Person, Question Ask, Instant At, PolicyOptions Options)> ArrivingCase =
        from c in Case
        from hours in Gen.Int[0, 12 * 60].Nullable(0.5)
        select (c.Person, c.Ask is Travel trip && hours is { } m ? trip with { Arrives = c.At + Duration.FromMinutes(m) } : c.Ask, c.At, c.Options);

    /// <summary>Cases pushed towards the situations that rarely arise at random: a Beibei resident, an arrival from the
    /// central city or from outside Chongqing, a trip that has its report and a fresh negative proof (so that what an
    /// allowed trip starts is listed).</summary>
    public static readonly Gen<(PersonFacts Person, Question Ask, Instant At, PolicyOptions Options)> FavourableCase =
        from c in Case
        from home in Gen.OneOf("beibei", "jiangbei", "hechuan", "fuling", "outside").Null(0.5)
        from arrivalFrom in Gen.OneOf("outside", "yuzhong", "beibei").Null(0.6)
        from arrivalHoursAgo in Gen.Int[0, 96]
        from report in Gen.Bool
        from proofHoursAgo in Gen.Int[0, 47].Nullable(0.4)
        select (Favour(c.Person, c.Ask, c.At, home, arrivalFrom, arrivalHoursAgo, report, proofHoursAgo), c.Ask, c.At, c.Options);

    /// <summary>Facts that may be bad in any of the ways the validators know (and often are).</summary>
    public static readonly Gen<PersonFacts> MaybeBadPerson =
        from person in Person
        from flaw in Gen.Int[0, 13]
        from at in Instant
        select flaw switch
        {
            0 => person with { Region = "atlantis" },
            1 => person with { Tests = [.. person.Tests, new TestRecord(at, TestResult.Negative)] },
            2 => person with { Tests = [.. person.Tests, new TestRecord(at, TestResult.Negative, at - Duration.Epsilon)] },
            3 => person with { Tests = [.. person.Tests, new TestRecord(at, (TestResult)7, at)] },
            4 => person with { Temperature = 29.9m },
            5 => person with { Temperature = 45.1m },
            6 => person with { Isolation = new Isolation(at, at) },
            7 => person with { ControlArea = new ControlArea((ControlLevel)5, at) },
            8 => person with { Arrival = new Arrival(person.Region, at) },
            9 => person with { Reports = [new Report("nowhere", at)] },
            10 => person with { Symptoms = [(Symptom)9] },
            11 => person with { HealthCode = (HealthCode)3 },
            12 => person with { Arrival = new Arrival(OtherThan(person.Region), at, Entered: at + Duration.Epsilon) },
            _ => person,
        };

    /// <summary>The facts as known at <paramref name="at"/>, written by hand from the catalogue's as-of rule: what a
    /// decision at <paramref name="at"/> saw, so that re-evaluating them later learns nothing new.</summary>
    public static PersonFacts KnownAt(PersonFacts person, Instant at) => person with
    {
        Tests = [.. person.Tests.Where(t => t.Sampled <= at).Select(t => t.Resulted > at ? TestRecord.Pending(t.Sampled) : t)],
        Reports = [.. person.Reports.Where(r => r.At <= at)],
        Arrival = person.Arrival is { } a && a.At <= at ? a with { Reported = a.Reported <= at ? a.Reported : null } : null,
        HealthCodeReported = person.HealthCodeReported <= at ? person.HealthCodeReported : null,
        Exposure = person.Exposure is { } e && e.Noticed <= at ? e with { Reported = e.Reported <= at ? e.Reported : null } : null,
        Isolation = person.Isolation?.From <= at ? person.Isolation : null,
        ControlArea = person.ControlArea?.From <= at ? person.ControlArea : null,
    };

    private static PersonFacts Favour(PersonFacts person, Question ask, Instant at, string? home, string? arrivalFrom, int arrivalHoursAgo, bool report, int? proofHoursAgo)
    {
        var region = home ?? person.Region;
        var arrival = arrivalFrom is null
            ? person.Arrival
            : new Arrival(SameRegion(arrivalFrom, region) ? OtherThan(region) : arrivalFrom, at - Duration.FromHours(arrivalHoursAgo));
        if (arrival is not null && SameRegion(arrival.From, region))
        {
            arrival = arrival with { From = OtherThan(region) };
        }

        var reports = report && ask is Travel trip ? [.. person.Reports, new Report(trip.To, at - Duration.FromHours(1))] : person.Reports;
        var tests = proofHoursAgo is { } hours
            ? [.. person.Tests, TestRecord.Negative(at - Duration.FromHours(hours), at - Duration.FromHours(hours) + Duration.FromMinutes(Math.Min(hours * 60, 300)))]
            : person.Tests;
        return person with { Region = region, Arrival = arrival, Reports = reports, Tests = tests };
    }

    private static bool SameRegion(string a, string b) =>
        Chongqing2022Regions.Table.TryFind(a, out var left) && Chongqing2022Regions.Table.TryFind(b, out var right) && left == right;

    private static string OtherThan(string region) => SameRegion(region, "outside") ? "yuzhong" : "outside";
}
