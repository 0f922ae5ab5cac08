using Beibei.Rules.Model;
using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>A test as known at some instant: its result is <see cref="TestResult.Pending"/> when the result came out
/// later.</summary>
/// <param name="Sampled">When it was sampled.</param>
/// <param name="Result">The result as known.</param>
/// <param name="Resulted">When the known result came out; meaningless while <see cref="Result"/> is pending.</param>
/// <param name="Source">The index of the test in <see cref="PersonFacts.Tests"/>.</param>
internal readonly record struct KnownTest(Instant Sampled, TestResult Result, Instant Resulted, int Source);
