using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;

namespace Beibei.Rules.Decisions;

/// <summary>A value a condition was decided on, written as the catalogue writes it.</summary>
/// <param name="Name">What the value is: <c>purpose</c>, <c>destination</c>, <c>health-code</c>, <c>temperature</c>,
/// <c>symptoms</c>, <c>kind</c>.</param>
/// <param name="Value">The value: <c>non-essential</c>, <c>north</c>, <c>red</c>, <c>38.5</c>, <c>fever, cough</c>,
/// <c>wedding</c>; <c>unknown</c> when the fact is not given (and so not checked).</param>
[JsonConverter(typeof(ConditionFactJsonConverter))]
public sealed record ValueFact(string Name, string Value) : ConditionFact;
