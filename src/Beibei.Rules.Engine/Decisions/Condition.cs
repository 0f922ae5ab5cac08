using System.Text.Json.Serialization;

namespace Beibei.Rules.Decisions;

/// <summary>One named condition of a clause, met or unmet, and the fact it was decided on: "which condition failed, on
/// which fact".</summary>
/// <param name="Id">The condition's id, kebab-case and stable, unique within its clause (e.g. <c>negative-proof</c>); each
/// clause documents its ids and lists them in <see cref="Engine.Clause.ConditionIds"/>.</param>
/// <param name="Met">True when the condition holds at the instant decided.</param>
/// <param name="Fact">What it was decided on: the test used or the newest one that failed and why, the report found or
/// none, the value read, the period that holds.</param>
/// <remarks>A small value (a decision holds its conditions in one array). <c>default</c> is no condition: its
/// <see cref="Id"/> and <see cref="Fact"/> are null; every condition of a decision has both.</remarks>
public readonly record struct Condition(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("met")] bool Met,
    [property: JsonPropertyName("fact")] ConditionFact Fact);
