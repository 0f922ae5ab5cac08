using System.Text;
using Beibei.Rules.Casebook;
using NodaTime;

namespace Beibei.Rules.Tests.Casebook;

/// <summary><see cref="BatchReader"/>: the envelope read when it opens, each item as the enumeration reaches it, and
/// the same items as <see cref="CaseRequestReader.ReadBatch"/>.</summary>
public sealed class BatchReaderTests
{
    private static readonly Instant Noon12th = Instant.FromUtc(2022, 11, 12, 4, 0);

    private const string Good = "\"person\":{\"region\":\"yuzhong\"},\"ask\":{\"leave-home\":{\"purpose\":\"essential\"}}}";

    private static readonly string Body =
        "{\"options\":{\"proof-window\":\"24h\"},\"items\":[{\"id\":1," + Good + ",{\"id\":\"two\",\"at\":\"2022-11-13T10:00:00+08:00\"," + Good
        + ",{\"id\":3,\"person\":{\"region\":\"yuzhong\",\"colour\":\"green\"},\"ask\":{\"leave-home\":{\"purpose\":\"essential\"}}}],\"at\":\"2022-11-12T09:00:00+08:00\"}";

    [Fact]
    public void TheEnvelope_IsReadWhenItOpens_AndEachItemAsItIsReached()
    {
        using var reader = BatchReader.Open(Encoding.UTF8.GetBytes(Body), Noon12th, new PolicyOptions(), 10);

        Assert.True(reader.IsValid);
        Assert.Equal(3, reader.Count);
        Assert.Equal(Duration.FromHours(24), reader.Options!.ProofWindow);
        var items = reader.Items.ToList();
        Assert.Equal(["1", "two", "3"], items.Select(i => i.Id));
        Assert.Equal([false, true, false], items.Select(i => i.IdIsString));

        // The batch's at, written after its items, is every item's but the one that gives its own.
        Assert.Equal(Instant.FromUtc(2022, 11, 12, 1, 0), items[0].Read.Case!.At);
        Assert.Equal(Instant.FromUtc(2022, 11, 13, 2, 0), items[1].Read.Case!.At);
        Assert.All(items.Take(2), i => Assert.Same(reader.Options, i.Read.Case!.Options));
        Assert.Empty(items[0].Read.AllErrors);
        Assert.Equal("person.colour", items[2].Read.AllErrors[0].Field);
    }

    /// <summary>Each item reads to the case that the single-decision reader gives for the same person and question
    /// (another way through the reader), with the batch's at where it gives none.</summary>
    [Fact]
    public void EachItem_ReadsAsTheSameCaseSentAlone()
    {
        using var reader = BatchReader.Open(Encoding.UTF8.GetBytes(Body), Noon12th, new PolicyOptions(), 10);
        var items = reader.Items.ToList();
        string[] alone =
        [
            "{\"at\":\"2022-11-12T09:00:00+08:00\"," + Good,
            "{\"at\":\"2022-11-13T10:00:00+08:00\"," + Good,
        ];

        for (var i = 0; i < alone.Length; i++)
        {
            var single = CaseRequestReader.ReadDecision(Encoding.UTF8.GetBytes(alone[i]), Noon12th, new PolicyOptions()).Read.Case!;
            Assert.Equal(single.At, items[i].Read.Case!.At);
            Assert.Equal(single.Ask, items[i].Read.Case!.Ask);
            Assert.Equal(single.Person!.Region, items[i].Read.Case!.Person!.Region);
            Assert.Equal(single.Person.Tests, items[i].Read.Case!.Person!.Tests);
            Assert.True(items[i].AtGiven);
        }
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, false)]
    public void ABatchOverItsLimit_HasItsErrorAndNoItems(int limit, bool refused)
    {
        using var reader = BatchReader.Open(Encoding.UTF8.GetBytes(Body), Noon12th, new PolicyOptions(), limit);

        Assert.Equal(refused, !reader.IsValid);
        Assert.Equal(refused ? 0 : 3, reader.Count);
        Assert.Equal(refused ? 0 : 3, reader.Items.Count());
        Assert.Equal(refused, reader.Errors.Any(e => e.Code == CaseRequestReader.BatchItemsCode));
        Assert.Equal(refused, reader.Options is null);
    }

    [Theory]
    [InlineData("{\"items\":[")]
    [InlineData("[]")]
    [InlineData("{\"items\":[],\"extra\":1}")]
    [InlineData("{\"items\":[],\"at\":\"tomorrow\"}")]
    public void ABadEnvelope_HasErrorsAndNoItems(string body)
    {
        using var reader = BatchReader.Open(Encoding.UTF8.GetBytes(body), Noon12th, new PolicyOptions(), 10);

        Assert.False(reader.IsValid);
        Assert.NotEmpty(reader.Errors);
        Assert.Empty(reader.Items);
        Assert.Equal(0, reader.Count);
    }

    [Fact]
    public void ItsItems_CannotBeReadOnceItIsDisposed()
    {
        var reader = BatchReader.Open(Encoding.UTF8.GetBytes(Body), Noon12th, new PolicyOptions(), 10);
        using var items = reader.Items.GetEnumerator();
        Assert.True(items.MoveNext());

        reader.Dispose();

        Assert.Throws<ObjectDisposedException>(() => items.MoveNext());
        Assert.Throws<ObjectDisposedException>(() => reader.Items);
        Assert.Throws<ArgumentNullException>(() => BatchReader.Open(Encoding.UTF8.GetBytes(Body), Noon12th, null!, 10));
    }
}
