namespace Beibei.Rules;

/// <summary>Which instant of a test the 48-hour proof window counts from (option <c>proof-anchor</c>).</summary>
public enum ProofAnchor
{
    /// <summary><c>sampled</c>: the sampling time (the default: a slow laboratory cannot stretch validity).</summary>
    Sampled,

    /// <summary><c>resulted</c>: the time the result came out.</summary>
    Resulted,
}
