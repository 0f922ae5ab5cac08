using Beibei.Rules.Casebook;

namespace Beibei.Rules.AspNetCore;

/// <summary>The decision service's own settings (the policy's options are <see cref="PolicyOptions"/>).</summary>
public sealed class BeibeiRulesServiceOptions
{
    /// <summary>The most items of one batch, from 1 to <see cref="CaseRequestReader.MaxBatchItems"/> (the default); a
    /// larger batch is answered 400 with <c>limit.batch-items</c>.</summary>
    public int MaxBatchItems { get; set; } = CaseRequestReader.MaxBatchItems;
}
