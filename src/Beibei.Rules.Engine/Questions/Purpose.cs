using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;

namespace Beibei.Rules.Questions;

/// <summary>Why the person wants to go.</summary>
[JsonConverter(typeof(PolicyWordConverter<Purpose>))]
public enum Purpose
{
    /// <summary>确需: a necessary trip.</summary>
    Essential,

    /// <summary>非必要: not necessary.</summary>
    NonEssential,

    /// <summary>就医: to see a doctor; counts as essential.</summary>
    Medical,

    /// <summary>Going to be sampled for a test; counts as essential.</summary>
    Testing,
}
