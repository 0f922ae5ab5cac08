using Beibei.Rules.Decisions;

namespace Beibei.Rules.Engine;

/// <summary>An obligation a clause can impose, declared once by the clause: its id and what to do. A clause states it
/// with its instants through <see cref="Outcomes.Oblige(Duty, NodaTime.Instant?, NodaTime.Instant?, bool)"/>; the evaluator gives it a status.</summary>
/// <param name="Id">The obligation id, e.g. <c>example.test-on-arrival/first-test</c>.</param>
/// <param name="Description">What to do.</param>
public sealed record Duty(string Id, LocalizedText Description);
