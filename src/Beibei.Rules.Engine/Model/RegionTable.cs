using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Beibei.Rules.Model;

/// <summary>The regions a policy knows: every region a person can live in, travel to or report to, each found by its id
/// or any of its aliases (its name, short names and code).</summary>
/// <remarks>
/// <para>Built once with <see cref="Create"/> by the policy that supplies it (<see cref="Engine.Policy.Regions"/>); the engine
/// knows no region of its own. Ids are matched exactly first and then without regard to case or surrounding white space;
/// names, short names and codes the same way.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class RegionTable
{
    private readonly Region[] regions;

    // Ids spelled exactly, the spelling callers use most: a few nanoseconds, then the dictionaries for everything else.
    private readonly IdIndex<Region> ids;

    // Exact spellings first: an ordinal frozen dictionary is several times faster than the case-insensitive one.
    private readonly FrozenDictionary<string, Region> byExactAlias;
    private readonly FrozenDictionary<string, Region> byAlias;

    private RegionTable(Region[] regions)
    {
        this.regions = regions;
        ids = new IdIndex<Region>(regions, r => r.Id);
        byExactAlias = AliasesOf(regions, StringComparer.Ordinal);
        byAlias = AliasesOf(regions, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every region, in the order given to <see cref="Create"/>.</summary>
    public IReadOnlyList<Region> All => regions;

    /// <summary>A table of <paramref name="regions"/>.</summary>
    /// <param name="regions">The regions, in the order listings show them: at least one, each in no other table.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">No region is given, a region is <see langword="null"/> or already in another
    /// table or given twice, or two regions share an id or an alias (ids and aliases are compared without regard to
    /// case).</exception>
    public static RegionTable Create(IEnumerable<Region> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        Region[] given = [.. regions];
        if (given.Length == 0)
        {
            throw new ArgumentException("A region table needs at least one region.", nameof(regions));
        }

        var owner = new Dictionary<string, Region>(StringComparer.OrdinalIgnoreCase);
        foreach (var region in given)
        {
            if (region is null)
            {
                throw new ArgumentException("A region table cannot hold a null region.", nameof(regions));
            }

            if (region.Index != -1 || owner.TryGetValue(region.Id, out var same) && ReferenceEquals(same, region))
            {
                throw new ArgumentException($"The region '{region.Id}' is already in a region table.", nameof(regions));
            }

            foreach (var alias in AliasesOf(region))
            {
                if (owner.TryGetValue(alias, out var other) && !ReferenceEquals(other, region))
                {
                    throw new ArgumentException($"The regions '{other.Id}' and '{region.Id}' are both named '{alias}'.", nameof(regions));
                }

                owner[alias] = region;
            }
        }

        for (var i = 0; i < given.Length; i++)
        {
            given[i].JoinTable(i);
        }

        return new RegionTable(given);
    }

    /// <summary>Finds a region by id, name, short name or code.</summary>
    /// <param name="alias">The id or alias; surrounding white space is ignored.</param>
    /// <param name="region">The region found, or <see langword="null"/>.</param>
    /// <returns>True when the alias names a region of the table.</returns>
    public bool TryFind(string? alias, [NotNullWhen(true)] out Region? region)
    {
        if (alias is not null && ids.Find(alias) is { } found)
        {
            region = found;
            return true;
        }

        return TryFindByAlias(alias, out region);
    }

    /// <summary>True when <paramref name="alias"/> names a region of the table.</summary>
    /// <param name="alias">The id or alias.</param>
    /// <returns>Whether the table knows it.</returns>
    public bool IsKnown(string? alias) => TryFind(alias, out _);

    /// <summary>The region named <paramref name="alias"/>, for a policy's own code that names a region of its table.</summary>
    /// <param name="alias">The id or alias.</param>
    /// <returns>The region.</returns>
    /// <exception cref="ArgumentException">The table has no such region.</exception>
    public Region this[string alias] =>
        TryFind(alias, out var region) ? region : throw new ArgumentException($"'{alias}' is not a region of the table.", nameof(alias));

    /// <summary>Whether <paramref name="region"/> is one of this table's.</summary>
    /// <param name="region">A region.</param>
    /// <returns>True when the table holds it.</returns>
    public bool Contains(Region? region) => region is not null && region.Index < regions.Length && ReferenceEquals(regions[region.Index], region);

    // Kept out of line: TryFind is inlined where facts are loaded, and this part would only make those frames larger.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private bool TryFindByAlias(string? alias, [NotNullWhen(true)] out Region? region)
    {
        region = null;
        return alias is not null
            && (byExactAlias.TryGetValue(alias, out region) || byAlias.TryGetValue(alias.Trim(), out region));
    }

    private static IEnumerable<string> AliasesOf(Region region)
    {
        yield return region.Id;
        yield return region.Name;
        foreach (var shortName in region.ShortNames)
        {
            yield return shortName;
        }

        if (region.GbCode is not null)
        {
            yield return region.GbCode;
        }
    }

    private static FrozenDictionary<string, Region> AliasesOf(Region[] regions, StringComparer comparer)
    {
        var map = new Dictionary<string, Region>(comparer);
        foreach (var region in regions)
        {
            foreach (var alias in AliasesOf(region))
            {
                map[alias] = region;
            }
        }

        return map.ToFrozenDictionary(comparer);
    }
}
