using Beibei.Rules.Decisions;

namespace Beibei.Rules.Engine;

/// <summary>A decision with what each clause of the policy did in it: for auditors' tools (coverage) and for explaining
/// why a clause did not apply.</summary>
/// <param name="Decision">The decision, as <see cref="Evaluator.Decide(Model.PersonFacts?, Questions.Question?, NodaTime.Instant)"/> gives it.</param>
/// <param name="Clauses">Every clause of the policy, in its order, with its effect and next change point.</param>
public sealed record DecisionTrace(Decision Decision, IReadOnlyList<ClauseTrace> Clauses);
