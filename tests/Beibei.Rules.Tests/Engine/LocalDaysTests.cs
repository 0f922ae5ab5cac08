using Beibei.Rules.Decisions;
using Beibei.Rules.Engine;
using NodaTime;

namespace Beibei.Rules.Tests.Engine;

public class LocalDaysTests
{
    // Zones whose last interval has no end take the steady shortcut for every instant after their last change (Shanghai
    // since 1991, Kathmandu's +05:45, UTC and other fixed offsets for all time); zones with daylight saving take the zone's path (Berlin, New York), and
    // Sao Paulo's daylight saving began at midnight until 2019, so some of its days start at 01:00.
    public static TheoryData<string, int> ZonesAndYears => new()
    {
        { "Asia/Shanghai", 1985 }, { "Asia/Shanghai", 1986 }, { "Asia/Shanghai", 1988 }, { "Asia/Shanghai", 1991 },
        { "Asia/Shanghai", 1992 }, { "Asia/Shanghai", 2022 }, { "Asia/Shanghai", 2023 }, { "Asia/Shanghai", 2037 },
        { "Asia/Kathmandu", 1986 }, { "Asia/Kathmandu", 2022 },
        { "Etc/UTC", 2022 },

        // Fixed offsets are steady from the start of time: before 1970 the shortcut counts days from negative ticks.
        { "Etc/UTC", 1960 }, { "Etc/GMT-8", 1969 }, { "Etc/GMT+5", 1900 },
        { "Europe/Berlin", 2022 }, { "Europe/Berlin", 2023 },
        { "America/New_York", 2022 },
        { "America/Sao_Paulo", 2018 }, { "America/Sao_Paulo", 2022 },
    };

    // Steps that are not a whole number of hours, so every time of day is met: the shortcut on a steady offset must agree
    // with the zone, and so must the zone's path on days of 23 and 25 hours.
    [Theory]
    [MemberData(nameof(ZonesAndYears))]
    public void DateMidnightAndDays_AgreeWithTheZone_AllYearRound(string zoneId, int year)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var days = new LocalDays(zone);
        var end = Instant.FromUtc(year + 1, 1, 1, 0, 0);
        for (var instant = Instant.FromUtc(year, 1, 1, 0, 0); instant < end; instant += Duration.FromMinutes(397))
        {
            var date = instant.InZone(zone).Date;
            var midnight = zone.AtStartOfDay(date).ToInstant();
            Assert.Equal(date, days.DateOf(instant));
            Assert.Equal(midnight, days.MidnightOf(instant));
            Assert.Equal(midnight, days.StartOf(date));
            Assert.Equal(zone.AtStartOfDay(date.PlusDays(3)).ToInstant(), days.AddDays(midnight, 3));
            Assert.Equal(zone.AtStartOfDay(date.PlusDays(-1)).ToInstant(), days.AddDays(midnight, -1));
            Assert.Equal(zone.AtStartOfDay(date.PlusDays(1)).ToInstant(), days.EndOf(date));
        }
    }

    [Fact]
    public void TheDayOfAChangeOfOffset_IsAsLongAsTheZoneMakesIt()
    {
        var berlin = new LocalDays(DateTimeZoneProviders.Tzdb["Europe/Berlin"]);

        // Summer time began on 27 March 2022 (02:00 → 03:00) and ended on 30 October (03:00 → 02:00).
        Assert.Equal(Duration.FromHours(23), berlin.EndOf(new LocalDate(2022, 3, 27)) - berlin.StartOf(new LocalDate(2022, 3, 27)));
        Assert.Equal(Duration.FromHours(25), berlin.EndOf(new LocalDate(2022, 10, 30)) - berlin.StartOf(new LocalDate(2022, 10, 30)));
        Assert.Equal(Duration.FromHours(24), berlin.EndOf(new LocalDate(2022, 10, 31)) - berlin.StartOf(new LocalDate(2022, 10, 31)));
    }

    [Fact]
    public void ADayWhoseMidnightDoesNotExist_StartsAtTheFirstInstantAfterIt()
    {
        // Sao Paulo moved its clocks from 00:00 to 01:00 on 4 November 2018.
        var saoPaulo = new LocalDays(DateTimeZoneProviders.Tzdb["America/Sao_Paulo"]);
        var start = saoPaulo.StartOf(new LocalDate(2018, 11, 4));

        Assert.Equal(Instant.FromUtc(2018, 11, 4, 3, 0), start);
        Assert.Equal(new LocalDate(2018, 11, 3), saoPaulo.DateOf(start - Duration.Epsilon));
        Assert.Equal(new LocalDate(2018, 11, 4), saoPaulo.DateOf(start));
        Assert.Equal(start, saoPaulo.MidnightOf(start + Duration.FromHours(5)));
    }

    [Fact]
    public void TheSameInstant_IsOnTheDateOfEachZone()
    {
        // 2022-11-15T01:30+08:00 is still the 14th in Berlin and New York.
        var instant = Instant.FromUtc(2022, 11, 14, 17, 30);

        Assert.Equal(new LocalDate(2022, 11, 15), new LocalDays(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).DateOf(instant));
        Assert.Equal(new LocalDate(2022, 11, 14), new LocalDays(DateTimeZoneProviders.Tzdb["Europe/Berlin"]).DateOf(instant));
        Assert.Equal(new LocalDate(2022, 11, 14), new LocalDays(DateTimeZoneProviders.Tzdb["America/New_York"]).DateOf(instant));
    }

    [Fact]
    public void AnySampled_CountsTheDayFromItsStartToTheNextOnesStart()
    {
        var berlin = new LocalDays(DateTimeZoneProviders.Tzdb["Europe/Berlin"]);
        var date = new LocalDate(2022, 10, 30); // 25 hours long
        var start = berlin.StartOf(date);
        var end = berlin.EndOf(date);
        KnownTest[] Sampled(Instant at) => [new KnownTest(at, default, Beibei.Rules.Model.TestResult.Pending, 0)];

        Assert.False(berlin.AnySampledOn(Sampled(start - Duration.Epsilon), date));
        Assert.True(berlin.AnySampledOn(Sampled(start), date));
        Assert.True(berlin.AnySampledOn(Sampled(end - Duration.Epsilon), date));
        Assert.False(berlin.AnySampledOn(Sampled(end), date));
        Assert.True(berlin.AnySampledOnDayFrom(Sampled(end - Duration.Epsilon), start));
        Assert.False(berlin.AnySampledOnDayFrom(Sampled(end), start));
    }

    [Fact]
    public void ALocalTimeWithoutAName_IsCalledByItsZonesId()
    {
        Assert.Equal(new LocalizedText("Europe/Berlin", "Europe/Berlin"), new LocalDays(DateTimeZoneProviders.Tzdb["Europe/Berlin"]).Name);
        Assert.Equal("Beijing time", Policy.Chongqing2022.Days.Name.En);
        Assert.Equal("Asia/Shanghai", Policy.Chongqing2022.Days.Zone.Id);
    }
}
