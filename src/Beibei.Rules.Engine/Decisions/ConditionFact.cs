using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;

namespace Beibei.Rules.Decisions;

/// <summary>The fact a <see cref="Condition"/> was decided on: a <see cref="Proof"/> (the test a met proof condition
/// used), a <see cref="TestFact"/>, a <see cref="ReportFact"/>, a <see cref="ValueFact"/> or a <see cref="PeriodFact"/>.</summary>
/// <remarks>Immutable. Instants are as the facts were known at the instant decided.</remarks>
[JsonConverter(typeof(ConditionFactJsonConverter))]
public abstract record ConditionFact
{
    private protected ConditionFact()
    {
    }
}
