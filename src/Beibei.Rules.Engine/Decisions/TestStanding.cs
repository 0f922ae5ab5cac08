using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;

namespace Beibei.Rules.Decisions;

/// <summary>What a test is, for a condition, at the instant decided.</summary>
[JsonConverter(typeof(PolicyWordConverter<TestStanding>))]
public enum TestStanding
{
    /// <summary><c>expired</c>: a negative result whose window has ended.</summary>
    Expired,

    /// <summary><c>pending</c>: sampled, its result not known yet.</summary>
    Pending,

    /// <summary><c>positive</c>: a positive result.</summary>
    Positive,

    /// <summary><c>negative</c>: a negative result (where no window applies, as for the land-and-test tests).</summary>
    Negative,

    /// <summary><c>missing</c>: no such test is known.</summary>
    Missing,
}
