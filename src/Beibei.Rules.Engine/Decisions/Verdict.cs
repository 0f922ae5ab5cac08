using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;

namespace Beibei.Rules.Decisions;

/// <summary>The answer to a question.</summary>
[JsonConverter(typeof(PolicyWordConverter<Verdict>))]
public enum Verdict
{
    /// <summary>The policy lets the person do it (possibly with obligations).</summary>
    Allowed,

    /// <summary>At least one clause in force forbids it.</summary>
    Denied,
}
