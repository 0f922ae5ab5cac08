using Beibei.Rules.Model;
using NodaTime;

namespace Beibei.Rules.Decisions;

/// <summary>A test a condition was decided on: the proof used, the land-and-test test that counts, or the newest test that
/// failed, and why.</summary>
/// <param name="Test">The test as given; <see langword="null"/> when there is none (<see cref="TestStanding.Missing"/>).</param>
/// <param name="Standing">What the test is at the instant decided.</param>
/// <param name="Until">For <see cref="TestStanding.Proves"/>, the last instant the proof holds (inclusive); for
/// <see cref="TestStanding.Expired"/>, the instant it stopped proving (the last instant it still did).</param>
public sealed record TestFact(TestRecord? Test, TestStanding Standing, Instant? Until = null) : ConditionFact;
