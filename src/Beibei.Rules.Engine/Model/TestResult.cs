using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;

namespace Beibei.Rules.Model;

/// <summary>The result of a nucleic-acid test (核酸检测).</summary>
[JsonConverter(typeof(PolicyWordConverter<TestResult>))]
public enum TestResult
{
    /// <summary>阴性: no infection found.</summary>
    Negative,

    /// <summary>阳性: infected.</summary>
    Positive,

    /// <summary>Sampled, result not out yet.</summary>
    Pending,
}
