using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissionTracker.Web.Data;

/// <summary>
/// Compares and copies a list of strings kept as a primitive collection (a statement's topics, a mission's aliases, a
/// country's demonyms). EF Core's own comparer for such a list builds a new comparer for its elements, and a delegate for
/// it, every time it compares or copies one (dotnet/efcore#35239; still so in EF Core 10): whenever a statement or a
/// mission is checked for changes or saved, seen as <c>DynamicMethod.CreateDelegate</c> in a profile of the writes.
/// </summary>
public sealed class StringListComparer() : ValueComparer<List<string>>(
    (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
    list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
    list => new List<string>(list))
{
    public static readonly StringListComparer Instance = new();
}

public static class StringListComparerExtensions
{
    /// <summary>Maps a list of strings as a primitive collection (one JSON column) with <see cref="StringListComparer"/>.</summary>
    public static PrimitiveCollectionBuilder<List<string>> StringList<TEntity>(this EntityTypeBuilder<TEntity> builder,
        System.Linq.Expressions.Expression<Func<TEntity, List<string>>> property) where TEntity : class
    {
        var collection = builder.PrimitiveCollection(property);
        collection.Metadata.SetValueComparer(StringListComparer.Instance);
        return collection;
    }
}
