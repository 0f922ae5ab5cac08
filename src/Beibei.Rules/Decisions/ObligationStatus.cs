namespace Beibei.Rules.Decisions;

/// <summary>Whether an obligation is still within its deadline.</summary>
public enum ObligationStatus
{
    /// <summary><c>at &lt;= due</c>, or the obligation has no due instant.</summary>
    Due,

    /// <summary><c>at &gt; due</c>.</summary>
    Overdue,
}
