namespace Beibei.Rules.Casebook;

/// <summary>One item of a batch.</summary>
/// <param name="Id">The item's <c>id</c> as written (a string or a number), echoed in its result; null when absent.</param>
/// <param name="IdIsString">True when <see cref="Id"/> was a JSON string, false for a number.</param>
/// <param name="Read">The item's case, or its errors, with field paths inside the item (e.g. <c>person.region</c>).</param>
/// <param name="AtGiven">True when the item or the batch gave <c>at</c>.</param>
public sealed record BatchRequestItem(string? Id, bool IdIsString, CaseReadResult Read, bool AtGiven);
