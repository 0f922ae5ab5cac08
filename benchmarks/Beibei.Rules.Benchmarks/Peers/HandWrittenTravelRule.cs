namespace Beibei.Rules.Benchmarks.Peers;

/// <summary>The floor: a plain static method with exactly the conditions of an essential trip out of the central city.</summary>
public static class HandWrittenTravelRule
{
    public const long ProofWindowSeconds = 48 * 3600;

    /// <summary>The verdict, and the proof's expiry (Unix seconds) when the trip needed one and had it.</summary>
    public static (bool Allowed, long? ProofExpires) Decide(TravelRequest request)
    {
        if (!CentralCity.Contains(request.Region) || CentralCity.Contains(request.To))
        {
            return (true, null);
        }

        if (request.Purpose == "non-essential")
        {
            return (false, null);
        }

        var reported = false;
        foreach (var report in request.Reports)
        {
            reported |= report.To == request.To && report.At <= request.At;
        }

        long? expires = null;
        foreach (var test in request.Tests)
        {
            if (test.Negative && test.Resulted <= request.At && test.Sampled <= request.At && request.At - test.Sampled <= ProofWindowSeconds)
            {
                var expiry = test.Sampled + ProofWindowSeconds;
                expires = expires is null || expiry > expires ? expiry : expires;
            }
        }

        return (reported && expires is not null, reported ? expires : null);
    }
}
