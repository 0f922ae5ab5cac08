using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;

namespace Beibei.Rules.Model;

/// <summary>Where a region lies with respect to the central zone of the policy's jurisdiction.</summary>
[JsonConverter(typeof(PolicyWordConverter<Zone>))]
public enum Zone
{
    /// <summary>One of the regions the policy treats as one central zone.</summary>
    Central,

    /// <summary>One of the other regions within the policy's jurisdiction.</summary>
    Other,

    /// <summary>Outside the policy's jurisdiction.</summary>
    Outside,
}
