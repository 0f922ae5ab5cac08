using NodaTime;

namespace Beibei.Rules.Casebook;

/// <summary>One request of the decision service, read: the case (or every problem with it), whether it named its
/// instant, and for a timeline the end of the span.</summary>
/// <param name="Read">The case, or its errors (<see cref="CaseReadResult.AllErrors"/>).</param>
/// <param name="AtGiven">True when the body gave <c>at</c>: the answer is then a pure function of the body and the
/// policy; false when it asks about now.</param>
/// <param name="Until">A timeline's <c>until</c>, when read.</param>
public sealed record CaseRequest(CaseReadResult Read, bool AtGiven, Instant? Until);
