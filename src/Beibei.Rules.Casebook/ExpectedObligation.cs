using Beibei.Rules.Decisions;
using NodaTime;

namespace Beibei.Rules.Casebook;

/// <summary>An obligation a case expects, with the fields it checks.</summary>
/// <param name="Id">The obligation id.</param>
/// <param name="Due">The due instant it must have, if checked.</param>
/// <param name="Opens">The opening instant it must have, if checked.</param>
/// <param name="Status">The status it must have, if checked.</param>
public sealed record ExpectedObligation(string Id, Instant? Due = null, Instant? Opens = null, ObligationStatus? Status = null);
