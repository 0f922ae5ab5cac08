namespace Beibei.Rules.Casebook;

/// <summary>A batch of the decision service, read: its items in the order given, or the batch's own errors (a bad
/// envelope, <c>at</c> or <c>options</c>, too many items), in which case no item is read.</summary>
/// <param name="Items">The items, each with its own case or errors.</param>
/// <param name="Errors">The batch's own errors.</param>
public sealed record BatchRequest(IReadOnlyList<BatchRequestItem> Items, IReadOnlyList<CasebookError> Errors)
{
    /// <summary>True when the batch itself could be read (its items may still hold errors).</summary>
    public bool IsValid => Errors.Count == 0;
}
