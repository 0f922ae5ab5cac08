using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;

namespace Beibei.Rules.Model;

/// <summary>A symptom a person reports (发热、咳嗽、乏力、嗅味觉减退).</summary>
[JsonConverter(typeof(PolicyWordConverter<Symptom>))]
public enum Symptom
{
    /// <summary>发热.</summary>
    Fever,

    /// <summary>咳嗽.</summary>
    Cough,

    /// <summary>乏力.</summary>
    Fatigue,

    /// <summary>嗅味觉减退.</summary>
    SmellTasteLoss,
}
