namespace Beibei.Rules;

/// <summary>The parameter <c>advice</c>: what a ban that the sources only advise does.</summary>
/// <remarks>Sources speak in two voices: some sentences require (按要求, 严格, 服从, 实行), others advise
/// (倡导, 倡议, 提倡, 非必要不). Every reason carries its <see cref="Decisions.Force"/>; this parameter says whether an
/// advised ban denies.</remarks>
public enum AdviceMode
{
    /// <summary><c>deny</c> (the default): an advised ban denies like a requirement.</summary>
    Deny,

    /// <summary><c>inform</c>: an advised ban never denies. A trip it advises against must still meet every condition an
    /// essential trip must meet, and the decision lists the advice it goes against under
    /// <see cref="Decisions.Decision.Advice"/>.</summary>
    Inform,
}
