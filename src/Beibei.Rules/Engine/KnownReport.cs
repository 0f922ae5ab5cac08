using Beibei.Rules.Model;
using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>An advance report with its destination resolved.</summary>
internal readonly record struct KnownReport(Region To, Instant At);
