namespace Beibei.Rules.Model;

/// <summary>A region of a policy's <see cref="RegionTable"/>: its id, names, code and zone.</summary>
/// <remarks>Immutable and safe to share. A region belongs to the one table it was created into; regions are compared by
/// reference.</remarks>
public sealed class Region
{
    private int index = -1;

    /// <summary>A region, to be put into a <see cref="RegionTable"/>.</summary>
    /// <param name="id">The public id, e.g. <c>north-bank</c>: not empty, no surrounding white space.</param>
    /// <param name="name">The full name in the sources' language: not empty.</param>
    /// <param name="zone">Where the region lies with respect to the policy's central zone.</param>
    /// <param name="shortNames">Short names accepted as aliases.</param>
    /// <param name="gbCode">An administrative code accepted as an alias (e.g. GB/T 2260), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The id or name is empty or has surrounding white space, or a short name or the
    /// code is empty.</exception>
    public Region(string id, string name, Zone zone, IReadOnlyList<string>? shortNames = null, string? gbCode = null)
    {
        Id = Checked(id, nameof(id));
        Name = Checked(name, nameof(name));
        ShortNames = [.. (shortNames ?? []).Select(s => Checked(s, nameof(shortNames)))];
        GbCode = gbCode is null ? null : Checked(gbCode, nameof(gbCode));
        Zone = Enum.IsDefined(zone) ? zone : throw new ArgumentException($"'{zone}' is not a zone.", nameof(zone));
    }

    /// <summary>The public id, e.g. <c>north-bank</c>.</summary>
    public string Id { get; }

    /// <summary>The full name.</summary>
    public string Name { get; }

    /// <summary>Short names accepted as aliases.</summary>
    public IReadOnlyList<string> ShortNames { get; }

    /// <summary>The administrative code, or <see langword="null"/> for a region that has none.</summary>
    public string? GbCode { get; }

    /// <summary>Whether the region is in the policy's central zone, elsewhere within its jurisdiction, or outside it.</summary>
    public Zone Zone { get; }

    /// <summary>True for the regions of the central zone.</summary>
    public bool IsCentral => Zone == Zone.Central;

    /// <summary>True for every region within the policy's jurisdiction (<see cref="Zone.Central"/> or
    /// <see cref="Zone.Other"/>).</summary>
    public bool IsWithinJurisdiction => Zone != Zone.Outside;

    /// <summary>The row of the region in its table.</summary>
    internal int Index => index;

    /// <summary>Returns the public id.</summary>
    public override string ToString() => Id;

    /// <summary>Puts the region into a table at row <paramref name="row"/>: once.</summary>
    internal void JoinTable(int row)
    {
        if (Interlocked.CompareExchange(ref index, row, -1) != -1)
        {
            throw new ArgumentException($"The region '{Id}' is already in a region table.", "regions");
        }
    }

    private static string Checked(string value, string parameter) =>
        !string.IsNullOrWhiteSpace(value) && value.Trim().Length == value.Length
            ? value
            : throw new ArgumentException("A region's id, names and code are not empty and have no surrounding white space.", parameter);
}
