using Beibei.Rules.Model;
using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>A person's validated facts with every region resolved and tests in sampling order.</summary>
/// <remarks>
/// <see cref="AsOf"/> gives what was known at an instant: the as-of rule of the catalogue lives here and nowhere else,
/// so every clause sees the same world. Immutable.
/// </remarks>
internal sealed class Facts
{
    private Facts(
        Region region,
        TestRecord[] tests,
        KnownArrival? arrival,
        KnownReport[] reports,
        HealthCode? healthCode,
        decimal? temperature,
        IReadOnlyList<Symptom> symptoms,
        Isolation? isolation,
        ControlArea? controlArea)
    {
        Region = region;
        Tests = tests;
        Arrival = arrival;
        Reports = reports;
        HealthCode = healthCode;
        Temperature = temperature;
        Symptoms = symptoms;
        Isolation = isolation;
        ControlArea = controlArea;
    }

    public Region Region { get; }

    /// <summary>Tests in order of sampling.</summary>
    public TestRecord[] Tests { get; }

    public KnownArrival? Arrival { get; }

    public KnownReport[] Reports { get; }

    public HealthCode? HealthCode { get; }

    public decimal? Temperature { get; }

    public IReadOnlyList<Symptom> Symptoms { get; }

    public Isolation? Isolation { get; }

    public ControlArea? ControlArea { get; }

    /// <summary>Resolves validated facts (every alias is known).</summary>
    public static Facts From(PersonFacts person)
    {
        var tests = person.Tests.ToArray();
        if (!IsSorted(tests))
        {
            tests = [.. tests.OrderBy(t => t.Sampled)];
        }

        var arrival = person.Arrival is { } a
            ? new KnownArrival(RegionTable.Resolve(a.From), a.At, a.Reported)
            : null;
        var reports = new KnownReport[person.Reports.Count];
        for (var i = 0; i < reports.Length; i++)
        {
            reports[i] = new KnownReport(RegionTable.Resolve(person.Reports[i].To), person.Reports[i].At);
        }

        return new Facts(
            RegionTable.Resolve(person.Region),
            tests,
            arrival,
            reports,
            person.HealthCode,
            person.Temperature,
            person.Symptoms,
            person.Isolation,
            person.ControlArea);
    }

    /// <summary>What was known at <paramref name="at"/>: a test sampled later does not exist, a result that came later is
    /// still pending, and an arrival, its report, a report, an isolation or a control area dated later is ignored.</summary>
    public Facts AsOf(Instant at)
    {
        if (LatestInstant() <= at)
        {
            return this;
        }

        var tests = new List<TestRecord>(Tests.Length);
        foreach (var test in Tests)
        {
            if (test.Sampled > at)
            {
                break;
            }

            tests.Add(test.Resulted > at ? test with { Result = TestResult.Pending, Resulted = null } : test);
        }

        var arrival = Arrival is { } a && a.At <= at
            ? (a.Reported > at ? a with { Reported = null } : a)
            : null;

        return new Facts(
            Region,
            [.. tests],
            arrival,
            [.. Reports.Where(r => r.At <= at)],
            HealthCode,
            Temperature,
            Symptoms,
            Isolation is { } i && i.From <= at ? i : null,
            ControlArea is { } c && c.From <= at ? c : null);
    }

    /// <summary>Every instant at which a fact becomes known (for timelines, which reveal facts at their own instants).</summary>
    public IEnumerable<Instant> RevealInstants()
    {
        foreach (var test in Tests)
        {
            yield return test.Sampled;
            if (test.Resulted is { } resulted)
            {
                yield return resulted;
            }
        }

        if (Arrival is { } arrival)
        {
            yield return arrival.At;
            if (arrival.Reported is { } reported)
            {
                yield return reported;
            }
        }

        foreach (var report in Reports)
        {
            yield return report.At;
        }

        if (Isolation is { } isolation)
        {
            yield return isolation.From;
        }

        if (ControlArea is { } controlArea)
        {
            yield return controlArea.From;
        }
    }

    private static bool IsSorted(TestRecord[] tests)
    {
        for (var i = 1; i < tests.Length; i++)
        {
            if (tests[i].Sampled < tests[i - 1].Sampled)
            {
                return false;
            }
        }

        return true;
    }

    private Instant LatestInstant()
    {
        var latest = Instant.MinValue;
        foreach (var instant in RevealInstants())
        {
            if (instant > latest)
            {
                latest = instant;
            }
        }

        return latest;
    }
}

/// <summary>An arrival with its origin resolved.</summary>
internal sealed record KnownArrival(Region From, Instant At, Instant? Reported);

/// <summary>An advance report with its destination resolved.</summary>
internal readonly record struct KnownReport(Region To, Instant At);
