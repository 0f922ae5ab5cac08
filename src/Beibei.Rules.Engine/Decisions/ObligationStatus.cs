using System.Text.Json.Serialization;
using Beibei.Rules.Serialization;

namespace Beibei.Rules.Decisions;

/// <summary>Whether an obligation is still within its deadline.</summary>
[JsonConverter(typeof(PolicyWordConverter<ObligationStatus>))]
public enum ObligationStatus
{
    /// <summary><c>at &lt;= due</c>, or the obligation has no due instant.</summary>
    Due,

    /// <summary><c>at &gt; due</c>.</summary>
    Overdue,
}
