using Beibei.Rules.Model;
using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>An advance report with its destination resolved to the row of the region table (a number, not a reference,
/// so loading a report into the reused buffer costs no write barrier).</summary>
/// <param name="At">When the report was made.</param>
/// <param name="To">The row of the destination (<see cref="Region.Index"/>).</param>
/// <param name="Source">The index of the report in <see cref="PersonFacts.Reports"/>.</param>
public readonly record struct KnownReport(Instant At, int To, int Source)
{
    /// <summary>Whether the report was made to <paramref name="region"/>.</summary>
    public bool IsTo(Region? region) => region is not null && region.Index == To;
}
