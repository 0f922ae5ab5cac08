using Beibei.Rules.Model;
using Beibei.Rules.Policies.Chongqing2022;
using Beibei.Rules.Questions;
using NodaTime;

namespace Beibei.Rules.Benchmarks;

/// <summary>A deterministic population for batch benchmarks: a fixed seed and a realistic mix of regions, tests and
/// regimes at one instant of the policy period.</summary>
public static class SyntheticPopulation
{
    /// <summary>The instant every question is asked at: 2022-11-15T09:00+08:00.</summary>
    public static readonly Instant At = Instant.FromUtc(2022, 11, 15, 1, 0);

    private static readonly Region[] Central = [.. Chongqing2022Regions.Table.All.Where(r => r.IsCentral)];
    private static readonly Region[] Other = [.. Chongqing2022Regions.Table.All.Where(r => r.Zone == Zone.Other)];

    /// <summary>People and the trip each asks about.</summary>
    /// <param name="count">How many.</param>
    /// <param name="seed">The seed; the same seed gives the same population.</param>
    /// <returns>The population.</returns>
    public static (PersonFacts Person, Travel Question)[] Generate(int count, int seed = 20221110)
    {
        var random = new Random(seed);
        var people = new (PersonFacts, Travel)[count];
        for (var i = 0; i < count; i++)
        {
            people[i] = (Person(random), Trip(random));
        }

        return people;
    }

    private static PersonFacts Person(Random random)
    {
        // Six in ten live in the central city, a third in the outer districts, the rest outside Chongqing.
        var roll = random.NextDouble();
        var region = roll < 0.6 ? Pick(random, Central) : roll < 0.95 ? Pick(random, Other) : Chongqing2022Regions.Outside;
        var tests = new TestRecord[random.Next(0, 5)];
        for (var t = 0; t < tests.Length; t++)
        {
            var sampled = At - Duration.FromMinutes(random.Next(0, 4 * 24 * 60));
            var resulted = sampled + Duration.FromHours(random.Next(4, 14));
            tests[t] = resulted > At ? TestRecord.Pending(sampled)
                : random.NextDouble() < 0.001 ? TestRecord.Positive(sampled, resulted)
                : TestRecord.Negative(sampled, resulted);
        }

        var reports = new Report[random.Next(0, 3)];
        for (var r = 0; r < reports.Length; r++)
        {
            reports[r] = new Report(Pick(random, random.NextDouble() < 0.5 ? Central : Other).Id, At - Duration.FromHours(random.Next(1, 48)));
        }

        var person = new PersonFacts { Region = region.Id, Tests = tests, Reports = reports };
        var regime = random.NextDouble();
        if (region.Zone == Zone.Other && regime < 0.15)
        {
            // Recently arrived from the central city: under land-and-test.
            person = person with { Arrival = new Arrival(Pick(random, Central).Id, At - Duration.FromHours(random.Next(1, 72))) };
        }
        else if (regime > 0.98)
        {
            person = person with { Isolation = new Isolation(At - Duration.FromDays(random.Next(0, 7))) };
        }
        else if (regime > 0.95)
        {
            var level = (ControlLevel)random.Next(0, 3);
            person = person with { ControlArea = new ControlArea(level, At - Duration.FromDays(random.Next(0, 5)), At + Duration.FromDays(random.Next(1, 5))) };
        }

        return person;
    }

    private static Travel Trip(Random random)
    {
        var to = random.NextDouble() < 0.5 ? Pick(random, Central) : Pick(random, Other);
        var purpose = (Purpose)random.Next(0, 4);
        return new Travel(to.Id, purpose);
    }

    private static Region Pick(Random random, Region[] regions) => regions[random.Next(regions.Length)];
}
