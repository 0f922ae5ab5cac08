using Beibei.Rules.Decisions;
using NodaTime;

namespace Beibei.Rules.Engine;

/// <summary>An obligation as a clause states it, before the engine gives it a status.</summary>
/// <param name="Id">The obligation id.</param>
/// <param name="Opens">When it opens, where the clause gives it.</param>
/// <param name="Due">Its deadline, where it has one.</param>
/// <param name="Description">What to do.</param>
/// <param name="StartedByQuestion">True for a duty that doing what was asked would start (listed only when allowed);
/// false for a standing duty of the person (listed whatever the question).</param>
internal readonly record struct ObligationDraft(string Id, Instant? Opens, Instant? Due, LocalizedText Description, bool StartedByQuestion);
