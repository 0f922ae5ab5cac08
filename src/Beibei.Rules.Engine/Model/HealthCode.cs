using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;

namespace Beibei.Rules.Model;

/// <summary>The colour of the person's health code (健康码).</summary>
[JsonConverter(typeof(PolicyWordConverter<HealthCode>))]
public enum HealthCode
{
    /// <summary>Green: normal.</summary>
    Green,

    /// <summary>Yellow: abnormal.</summary>
    Yellow,

    /// <summary>Red: abnormal.</summary>
    Red,
}
