using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;

namespace Beibei.Rules.Model;

/// <summary>Where an area lies with respect to the central city (中心城区) of Chongqing.</summary>
[JsonConverter(typeof(PolicyWordConverter<Zone>))]
public enum Zone
{
    /// <summary>One of the eleven central-city areas, which CQ-136 treats as one whole.</summary>
    Central,

    /// <summary>One of the thirty other districts and counties of Chongqing (其他30个区县).</summary>
    Other,

    /// <summary>Outside Chongqing municipality (市外).</summary>
    Outside,
}
