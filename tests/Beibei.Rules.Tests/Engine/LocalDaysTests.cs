using Beibei.Rules.Engine;
using NodaTime;

namespace Beibei.Rules.Tests.Engine;

public class LocalDaysTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    // From before China's daylight saving time (1986-1991) to long after the policy, in steps that are not a whole
    // number of hours, so every time of day is met: the shortcut on the steady +08:00 offset must agree with the zone.
    public static TheoryData<int> Years => [1985, 1986, 1988, 1991, 1992, 2022, 2023, 2037];

    [Theory]
    [MemberData(nameof(Years))]
    public void DateMidnightAndDays_AgreeWithTheZone_AllYearRound(int year)
    {
        var end = Instant.FromUtc(year + 1, 1, 1, 0, 0);
        for (var instant = Instant.FromUtc(year, 1, 1, 0, 0); instant < end; instant += Duration.FromMinutes(397))
        {
            var date = instant.InZone(Shanghai).Date;
            var midnight = Shanghai.AtStartOfDay(date).ToInstant();
            Assert.Equal(date, LocalDays.DateOf(instant));
            Assert.Equal(midnight, LocalDays.MidnightOf(instant));
            Assert.Equal(midnight, LocalDays.StartOf(date));
            Assert.Equal(Shanghai.AtStartOfDay(date.PlusDays(3)).ToInstant(), LocalDays.AddDays(midnight, 3));
            Assert.Equal(Shanghai.AtStartOfDay(date.PlusDays(1)).ToInstant(), LocalDays.EndOf(date));
        }
    }
}
