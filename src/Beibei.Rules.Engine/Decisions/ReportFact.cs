using System.Text.Json.Serialization;
using Beibei.Rules.Model;
using Beibei.Rules.Serialization;
using NodaTime;

namespace Beibei.Rules.Decisions;

/// <summary>The advance report a condition was decided on: the one found to the destination, or none known.</summary>
/// <param name="To">The destination the report must go to (its region id).</param>
/// <param name="Report">The report found, as given; <see langword="null"/> when none to <paramref name="To"/> counts.</param>
/// <param name="KnownAt">The instant decided: "none to north known at 10:00".</param>
[JsonConverter(typeof(ConditionFactJsonConverter))]
public sealed record ReportFact(string To, Report? Report, Instant KnownAt) : ConditionFact;
