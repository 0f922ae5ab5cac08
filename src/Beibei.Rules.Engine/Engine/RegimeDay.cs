using Beibei.Rules.Decisions;

namespace Beibei.Rules.Engine;

/// <summary>The day of a regime that counts days (3天2检, a home isolation) on which the instant asked falls: the regime's
/// name as people say it and the day's number, day 1 being the regime's first local date.</summary>
/// <param name="Regime">The regime's name: "land-and-test (2 tests in 3 days)" / "3天2检".</param>
/// <param name="Number">The day's number, from 1.</param>
public readonly record struct RegimeDay(LocalizedText Regime, int Number);
