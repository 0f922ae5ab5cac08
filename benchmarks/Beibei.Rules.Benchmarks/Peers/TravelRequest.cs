namespace Beibei.Rules.Benchmarks.Peers;

/// <summary>The travel question as the peer engines read it: plain strings and Unix seconds, no NodaTime.</summary>
public sealed class TravelRequest
{
    public required string Region { get; init; }

    public required string To { get; init; }

    public required string Purpose { get; init; }

    /// <summary>The instant asked about, in Unix seconds.</summary>
    public required long At { get; init; }

    public required PeerReport[] Reports { get; init; }

    public required PeerTest[] Tests { get; init; }
}

/// <summary>An advance report: destination and Unix seconds.</summary>
public sealed record PeerReport(string To, long At);

/// <summary>A test: sampled and resulted in Unix seconds (resulted is <see cref="long.MaxValue"/> while pending).</summary>
public sealed record PeerTest(long Sampled, long Resulted, bool Negative);
