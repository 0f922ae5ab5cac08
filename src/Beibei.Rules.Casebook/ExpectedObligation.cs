using Beibei.Rules.Decisions;
using NodaTime;

namespace Beibei.Rules.Casebook;

/// <summary>An obligation a case expects, with the fields it checks.</summary>
/// <param name="Id">The obligation id.</param>
/// <param name="Due">The due instant it must have, if checked.</param>
/// <param name="Opens">The opening instant it must have, if checked.</param>
/// <param name="Status">The status it must have, if checked.</param>
/// <remarks><see cref="NoDue"/> and <see cref="NoOpens"/> (<c>due: none</c>, <c>opens: none</c>) check that the obligation has
/// no such instant.</remarks>
public sealed record ExpectedObligation(string Id, Instant? Due = null, Instant? Opens = null, ObligationStatus? Status = null)
{
    /// <summary>True when the obligation must have no due instant (<c>due: none</c>).</summary>
    public bool NoDue { get; init; }

    /// <summary>True when the obligation must have no opening instant (<c>opens: none</c>).</summary>
    public bool NoOpens { get; init; }
}
