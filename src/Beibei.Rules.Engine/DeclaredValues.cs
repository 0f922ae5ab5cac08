using System.Collections.Immutable;

namespace Beibei.Rules;

/// <summary>The values a <see cref="PolicyOptions"/> sets of parameters a policy declares, by name: immutable, and equal
/// when they hold the same values, so that options stay a value (two options setting the same values are equal).</summary>
internal sealed class DeclaredValues : IEquatable<DeclaredValues>
{
    private readonly ImmutableSortedDictionary<string, (PolicyParameter Parameter, object Value)> values;

    private DeclaredValues(ImmutableSortedDictionary<string, (PolicyParameter Parameter, object Value)> values) => this.values = values;

    public static DeclaredValues Empty { get; } = new(ImmutableSortedDictionary.Create<string, (PolicyParameter, object)>(StringComparer.Ordinal));

    /// <summary>The parameters with a value set, in order of name.</summary>
    public IEnumerable<PolicyParameter> Parameters => values.Values.Select(v => v.Parameter);

    public bool TryGet(string name, out object? value)
    {
        var found = values.TryGetValue(name, out var held);
        value = held.Value;
        return found;
    }

    public DeclaredValues With(PolicyParameter parameter, object value) => new(values.SetItem(parameter.Name, (parameter, value)));

    public bool Equals(DeclaredValues? other) =>
        other is not null && values.Count == other.values.Count
        && values.All(pair => other.values.TryGetValue(pair.Key, out var held) && Equals(pair.Value.Value, held.Value));

    public override bool Equals(object? obj) => Equals(obj as DeclaredValues);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var (name, held) in values)
        {
            hash.Add(name, StringComparer.Ordinal);
            hash.Add(held.Value);
        }

        return hash.ToHashCode();
    }
}
