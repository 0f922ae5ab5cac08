using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;

namespace Beibei.Rules.Model;

/// <summary>The level of a control area (管控区域).</summary>
[JsonConverter(typeof(PolicyWordConverter<ControlLevel>))]
public enum ControlLevel
{
    /// <summary>高风险区: 足不出户、上门服务.</summary>
    High,

    /// <summary>中风险区: 人不出区、错峰取物.</summary>
    Medium,

    /// <summary>临时管控区, managed like a medium-risk area.</summary>
    Temporary,
}
