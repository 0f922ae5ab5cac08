using System.Text.Json.Serialization;
using Beibei.Rules.Model;
using Beibei.Rules.Serialization;
using NodaTime;

namespace Beibei.Rules.Decisions;

/// <summary>A test a condition was decided on: the land-and-test test that counts, or the newest test that failed to prove,
/// and why (a met proof condition's fact is the <see cref="Proof"/> itself).</summary>
/// <param name="Test">The test as given; <see langword="null"/> when there is none (<see cref="TestStanding.Missing"/>).</param>
/// <param name="Standing">What the test is at the instant decided.</param>
/// <param name="Until">For <see cref="TestStanding.Expired"/>, the last instant it still proved (the end of its window).</param>
[JsonConverter(typeof(ConditionFactJsonConverter))]
public sealed record TestFact(TestRecord? Test, TestStanding Standing, Instant? Until = null) : ConditionFact;
