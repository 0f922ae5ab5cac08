using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;
using NodaTime;

namespace Beibei.Rules.Decisions;

/// <summary>A period a condition was decided on: a home isolation, a control area.</summary>
/// <param name="Name">What the period is: <c>isolation</c>, <c>control-area</c>.</param>
/// <param name="From">When it began.</param>
/// <param name="Until">When it ends (exclusive); <see langword="null"/> when not known.</param>
[JsonConverter(typeof(ConditionFactJsonConverter))]
public sealed record PeriodFact(string Name, Instant From, Instant? Until) : ConditionFact;
