using Beibei.Rules.Model;
using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>An advance report with its destination resolved to the row of the region table (a number, not a reference,
/// so loading a report into the reused buffer costs no write barrier).</summary>
/// <param name="To">The row of the destination (<see cref="Region.Index"/>).</param>
/// <param name="At">When the report was made.</param>
internal readonly record struct KnownReport(int To, Instant At)
{
    /// <summary>Whether the report was made to <paramref name="region"/>.</summary>
    public bool IsTo(Region? region) => region is not null && region.Index == To;
}
