using System.Buffers.Text;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text.Json;
using MissionTracker.Web.Data;
using MissionTracker.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace MissionTracker.Web.Infrastructure.Api;

/// <summary>
/// The fields a list can be sorted on. Every order ends with the id, so (key, id) is unique and a cursor can
/// say "after this row" (keyset paging: no OFFSET, and rows added between pages are neither repeated nor skipped).
/// </summary>
public sealed class SortOptions<TEntity> where TEntity : Entity
{
    private readonly Dictionary<string, SortKey<TEntity>> _keys;

    /// <param name="defaultSort">The sort used when none is asked for, e.g. <c>-saidOn</c>.</param>
    public SortOptions(string defaultSort) : this(defaultSort, new(StringComparer.OrdinalIgnoreCase))
    {
    }

    private SortOptions(string defaultSort, Dictionary<string, SortKey<TEntity>> keys)
    {
        Default = defaultSort;
        _keys = keys;
    }

    public string Default { get; }

    public IEnumerable<string> Names => _keys.Keys;

    public SortOptions<TEntity> Add<TKey>(string name, Expression<Func<TEntity, TKey>> key)
    {
        _keys[name] = new SortKey<TEntity, TKey>(name, key);
        return this;
    }

    /// <summary>A copy with one more key (e.g. search relevance, which exists only for one query) and another default.</summary>
    public SortOptions<TEntity> With<TKey>(string name, Expression<Func<TEntity, TKey>> key, string defaultSort) =>
        new SortOptions<TEntity>(defaultSort, new Dictionary<string, SortKey<TEntity>>(_keys, StringComparer.OrdinalIgnoreCase)).Add(name, key);

    /// <summary>
    /// A copy with one more key read from another query of (id, key) rows — a full-text rank, which exists only for one
    /// query — joined to the filtered rows, and another default.
    /// </summary>
    public SortOptions<TEntity> WithJoined(string name, IQueryable<RowKey> keys, string defaultSort)
    {
        var copy = new SortOptions<TEntity>(defaultSort, new Dictionary<string, SortKey<TEntity>>(_keys, StringComparer.OrdinalIgnoreCase));
        copy._keys[name] = new JoinedSortKey<TEntity>(name, keys);
        return copy;
    }

    internal (SortKey<TEntity> Key, bool Descending)? Parse(string? sort)
    {
        var text = string.IsNullOrWhiteSpace(sort) ? Default : sort.Trim();
        var descending = text.StartsWith('-');
        return _keys.TryGetValue(text.TrimStart('-', '+'), out var key) ? (key, descending) : null;
    }
}

/// <summary>One sort field; reads pages after a cursor and streams the whole ordered set.</summary>
public abstract class SortKey<TEntity> where TEntity : Entity
{
    public abstract string Name { get; }

    internal abstract bool Accepts(Cursor cursor);

    /// <summary>The ids of a page's rows, in order, and the cursor of the next page.</summary>
    internal abstract Task<(List<int> Ids, string? Next)> IdsAsync(IQueryable<TEntity> query, bool descending, Cursor? after, int pageSize,
        CancellationToken cancellationToken);

    internal abstract IAsyncEnumerable<TDto> AllAsync<TDto>(IQueryable<TEntity> query, Expression<Func<TEntity, TDto>> projection,
        bool descending, CancellationToken cancellationToken);

    /// <summary>True when the cursor is of this sort and its key reads as a <typeparamref name="TKey"/>.</summary>
    private protected bool AcceptsKey<TKey>(Cursor cursor)
    {
        try
        {
            _ = cursor.Key.Deserialize<TKey>(Cursor.Json);
            return cursor.Sort == Name;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The ids of up to <paramref name="pageSize"/> rows read with one more, and the cursor after the last when there was one more.</summary>
    private protected (List<int> Ids, string? Next) PageOf<TRow, TKey>(List<TRow> rows, Func<TRow, TKey> key, Func<TRow, int> id, bool descending, int pageSize)
    {
        string? next = null;
        if (rows.Count > pageSize)
        {
            rows.RemoveAt(pageSize);
            var last = rows[^1];
            next = new Cursor(Name, descending, JsonSerializer.SerializeToElement(key(last), Cursor.Json), id(last)).Encode();
        }
        return (rows.ConvertAll(r => id(r)), next);
    }
}

internal sealed class SortKey<TEntity, TKey>(string name, Expression<Func<TEntity, TKey>> key) : SortKey<TEntity> where TEntity : Entity
{
    public override string Name => name;

    internal override bool Accepts(Cursor cursor) => AcceptsKey<TKey>(cursor);

    /// <summary>
    /// The first step of a page (a "deferred join"): the sort keys and ids of the page's rows, which the filters and the
    /// (key, id) index answer without reading the rows (and a full-text rank is computed once). The rows are then read by
    /// id (<see cref="Rows.ByIdAsync"/>) or taken from the record cache.
    /// </summary>
    internal override async Task<(List<int> Ids, string? Next)> IdsAsync(IQueryable<TEntity> query, bool descending, Cursor? after, int pageSize,
        CancellationToken cancellationToken)
    {
        if (after is not null)
        {
            query = query.Where(After(after.Key.Deserialize<TKey>(Cursor.Json)!, after.Id, descending));
        }
        var keys = await Order(query, descending).Select(Keyed<int>(e => e.Id)).Take(pageSize + 1).ToListAsync(cancellationToken);
        return PageOf(keys, k => k.Key, k => k.Id, descending, pageSize);
    }

    /// <remarks>
    /// The ids in order first (the (key, id) index answers them), then their rows by id (<see cref="Rows.InOrderAsync"/>):
    /// one split query over the whole filtered list made SQLite join every collection to the whole list, 1.7 s for
    /// 10,000 statements of one year; read by id, each collection is an index lookup.
    /// </remarks>
    internal override async IAsyncEnumerable<TDto> AllAsync<TDto>(IQueryable<TEntity> query, Expression<Func<TEntity, TDto>> projection,
        bool descending, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ids = await Order(query, descending).Select(e => e.Id).ToListAsync(cancellationToken);
        await foreach (var row in Rows.InOrderAsync(query, projection, ids, cancellationToken))
        {
            yield return row;
        }
    }

    private IOrderedQueryable<TEntity> Order(IQueryable<TEntity> query, bool descending) => descending
        ? query.OrderByDescending(key).ThenByDescending(e => e.Id)
        : query.OrderBy(key).ThenBy(e => e.Id);

    /// <summary>
    /// <c>key &gt;= v AND (key &gt; v OR id &gt; lastId)</c>, mirrored for descending order: the same rows as
    /// <c>key &gt; v OR (key = v AND id &gt; lastId)</c>, but the first condition alone is a range of the (key, id) index,
    /// so SQLite seeks to the cursor instead of scanning from the start of the list.
    /// </summary>
    private Expression<Func<TEntity, bool>> After(TKey value, int id, bool descending)
    {
        var entity = key.Parameters[0];
        var column = key.Body;
        Expression boxed = Expression.Property(Expression.Constant(new Box<TKey>(value)), nameof(Box<TKey>.Value));
        Expression lastId = Expression.Property(Expression.Constant(new Box<int>(id)), nameof(Box<int>.Value));
        Expression Beyond(Expression left, Expression right, bool orEqual = false)
        {
            if (left.Type == typeof(string))
            {
                left = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, left, right);
                right = Expression.Constant(0);
            }
            return (descending, orEqual) switch
            {
                (true, false) => Expression.LessThan(left, right),
                (true, true) => Expression.LessThanOrEqual(left, right),
                (false, false) => Expression.GreaterThan(left, right),
                (false, true) => Expression.GreaterThanOrEqual(left, right),
            };
        }
        var body = Expression.AndAlso(
            Beyond(column, boxed, orEqual: true),
            Expression.OrElse(Beyond(column, boxed), Beyond(Expression.Property(entity, nameof(Entity.Id)), lastId)));
        return Expression.Lambda<Func<TEntity, bool>>(body, entity);
    }

    /// <summary>The DTO projection plus the sort key and id of the row, so the cursor can be made from the last row of a page.</summary>
    private Expression<Func<TEntity, KeyedRow<TDto, TKey>>> Keyed<TDto>(Expression<Func<TEntity, TDto>> projection)
    {
        var entity = projection.Parameters[0];
        var keyBody = ReplacingExpressionVisitor.Replace(key.Parameters[0], entity, key.Body);
        var type = typeof(KeyedRow<TDto, TKey>);
        var body = Expression.MemberInit(Expression.New(type),
            Expression.Bind(type.GetProperty(nameof(KeyedRow<TDto, TKey>.Item))!, projection.Body),
            Expression.Bind(type.GetProperty(nameof(KeyedRow<TDto, TKey>.Key))!, keyBody),
            Expression.Bind(type.GetProperty(nameof(KeyedRow<TDto, TKey>.Id))!, Expression.Property(entity, nameof(Entity.Id))));
        return Expression.Lambda<Func<TEntity, KeyedRow<TDto, TKey>>>(body, entity);
    }
}

/// <summary>A row's sort key as another query computes it (a full-text rank), by the row's id.</summary>
public sealed class RowKey
{
    public int Id { get; set; }
    public double Key { get; set; }
}

/// <summary>
/// A sort key read from another query of (id, key) rows, joined once to the filtered rows. As an expression of the row
/// (a correlated subquery) SQL computed it twice, in the select and in the order, each time over every match: a full-text
/// rank of 25,000 matches ranked them twice per page.
/// </summary>
internal sealed class JoinedSortKey<TEntity>(string name, IQueryable<RowKey> keys) : SortKey<TEntity> where TEntity : Entity
{
    public override string Name => name;

    internal override bool Accepts(Cursor cursor) => AcceptsKey<double>(cursor);

    internal override async Task<(List<int> Ids, string? Next)> IdsAsync(IQueryable<TEntity> query, bool descending, Cursor? after, int pageSize,
        CancellationToken cancellationToken)
    {
        var joined = query.Join(keys, e => e.Id, k => k.Id, (e, k) => k);
        if (after is not null)
        {
            // As SortKey.After: the first condition alone is a range, the second breaks ties by id.
            var value = after.Key.Deserialize<double>(Cursor.Json);
            var lastId = after.Id;
            joined = descending
                ? joined.Where(k => k.Key <= value && (k.Key < value || k.Id < lastId))
                : joined.Where(k => k.Key >= value && (k.Key > value || k.Id > lastId));
        }
        var ordered = descending ? joined.OrderByDescending(k => k.Key).ThenByDescending(k => k.Id) : joined.OrderBy(k => k.Key).ThenBy(k => k.Id);
        var rows = await ordered.Take(pageSize + 1).ToListAsync(cancellationToken);
        return PageOf(rows, r => r.Key, r => r.Id, descending, pageSize);
    }

    /// <summary>
    /// The ids in order first, then their rows by id a few hundred at a time: EF cannot order a projection with collections
    /// by a key of a keyless raw query.
    /// </summary>
    internal override async IAsyncEnumerable<TDto> AllAsync<TDto>(IQueryable<TEntity> query, Expression<Func<TEntity, TDto>> projection,
        bool descending, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var joined = query.Join(keys, e => e.Id, k => k.Id, (e, k) => k);
        var ordered = descending ? joined.OrderByDescending(k => k.Key).ThenByDescending(k => k.Id) : joined.OrderBy(k => k.Key).ThenBy(k => k.Id);
        var ids = await ordered.Select(k => k.Id).ToListAsync(cancellationToken);
        await foreach (var row in Rows.InOrderAsync(query, projection, ids, cancellationToken))
        {
            yield return row;
        }
    }
}

internal sealed class KeyedRow<TDto, TKey>
{
    public TDto Item { get; init; } = default!;
    public TKey Key { get; init; } = default!;
    public int Id { get; init; }
}

/// <summary>Holds a value so that EF Core sends it as a parameter rather than inlining a constant.</summary>
internal sealed class Box<T>(T value)
{
    public T Value { get; } = value;
}

/// <summary>Where a page ended: the sort, its direction, the sort key and id of the last row. Opaque to clients (base64url JSON).</summary>
internal sealed record Cursor(string Sort, bool Descending, JsonElement Key, int Id)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this, Json));

    public static Cursor? Decode(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<Cursor>(Base64Url.DecodeFromChars(text), Json);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}

/// <summary>Reads a page's rows by id, once the page's ids are known.</summary>
internal static class Rows
{
    /// <summary>
    /// The rows of <paramref name="ids"/> as DTOs, with the DTO's collections as separate queries (split: SQLite cannot
    /// flatten a many-to-many collection LEFT JOINed to the page, and would materialise the whole link table on every
    /// request). The ids go as one array parameter (the context's list translation, see <c>AddMissionTrackerData</c>), so
    /// the SQL text is the same for every page.
    /// </summary>
    public static Task<Dictionary<int, TDto>> ByIdAsync<TEntity, TDto>(IQueryable<TEntity> rowsById, Expression<Func<TEntity, TDto>> projection,
        List<int> ids, CancellationToken cancellationToken) where TEntity : Entity =>
        rowsById.Where(e => ids.Contains(e.Id)).AsSplitQuery().Select(WithId(projection))
            .ToDictionaryAsync(r => r.Id, r => r.Item, cancellationToken);

    /// <summary>The rows of <paramref name="ids"/> in that order, read by id 500 at a time (for exports); a row gone meanwhile is left out.</summary>
    public static async IAsyncEnumerable<TDto> InOrderAsync<TEntity, TDto>(IQueryable<TEntity> rowsById, Expression<Func<TEntity, TDto>> projection,
        List<int> ids, [EnumeratorCancellation] CancellationToken cancellationToken) where TEntity : Entity
    {
        foreach (var chunk in ids.Chunk(500))
        {
            var rows = await ByIdAsync(rowsById, projection, [.. chunk], cancellationToken);
            foreach (var id in chunk)
            {
                if (rows.TryGetValue(id, out var row))
                {
                    yield return row;
                }
            }
        }
    }

    private static Expression<Func<TEntity, IdentifiedRow<TDto>>> WithId<TEntity, TDto>(Expression<Func<TEntity, TDto>> projection) where TEntity : Entity
    {
        var entity = projection.Parameters[0];
        var type = typeof(IdentifiedRow<TDto>);
        var body = Expression.MemberInit(Expression.New(type),
            Expression.Bind(type.GetProperty(nameof(IdentifiedRow<TDto>.Item))!, projection.Body),
            Expression.Bind(type.GetProperty(nameof(IdentifiedRow<TDto>.Id))!, Expression.Property(entity, nameof(Entity.Id))));
        return Expression.Lambda<Func<TEntity, IdentifiedRow<TDto>>>(body, entity);
    }
}

internal sealed class IdentifiedRow<TDto>
{
    public TDto Item { get; init; } = default!;
    public int Id { get; init; }
}

/// <summary>The usual listing: a filtered query, its one DTO projection and its sort fields.</summary>
/// <remarks><c>rowsById</c> is where a page's rows are read by id once the page's ids are known: the unfiltered table
/// (filters such as full-text search need not run twice); the filtered query when not given. With a
/// <see cref="RecordJson"/>, JSON pages take the records it holds instead of reading them again.</remarks>
public sealed class Listing<TEntity, TDto>(IQueryable<TEntity> query, Expression<Func<TEntity, TDto>> projection, SortOptions<TEntity> sorts,
    IQueryable<TEntity>? rowsById = null)
    : IListing<TDto>, IJsonPages where TEntity : Entity
{
    /// <summary>The record cache and the tag the records are kept under (the tag of the resource's cached lists).</summary>
    public (RecordJsonCache Cache, string Tag)? RecordJson { get; init; }

    public void Validate(ListRequest request, ValidationErrors errors)
    {
        request.Validate(errors);
        if (sorts.Parse(request.Sort) is not { } sort)
        {
            errors.Add("sort", $"Sort by one of: {string.Join(", ", sorts.Names)} (prefix with '-' for descending).");
            return;
        }
        if (request.Cursor is { } text && (Cursor.Decode(text) is not { } cursor || !sort.Key.Accepts(cursor) || cursor.Descending != sort.Descending))
        {
            errors.Add("cursor", "The cursor is not valid for this list and sort; start again without a cursor.");
        }
    }

    public async Task<Page<TDto>> PageAsync(ListRequest request, CancellationToken cancellationToken)
    {
        var (ids, next) = await IdsAsync(request, cancellationToken);
        if (ids.Count == 0)
        {
            return new Page<TDto>([], next);
        }
        var rows = await Rows.ByIdAsync(rowsById ?? query, projection, ids, cancellationToken);
        return new Page<TDto>([.. ids.Where(rows.ContainsKey).Select(id => rows[id])], next);
    }

    public bool HasRecordJson => RecordJson is not null;

    /// <summary>
    /// The page as JSON items: the ids from the database, each record's JSON from the record cache when it is there, the
    /// others read by id, serialised and kept for the next page that shows them.
    /// </summary>
    public async Task<JsonPage> PageJsonAsync(ListRequest request, JsonSerializerOptions json, CancellationToken cancellationToken)
    {
        var (cache, tag) = RecordJson ?? throw new InvalidOperationException("This listing keeps no record JSON.");
        // Before any row is read: JSON read under an older generation than the cache's is not kept.
        var generation = cache.Generation(tag);
        var (ids, next) = await IdsAsync(request, cancellationToken);
        var items = new ReadOnlyMemory<byte>[ids.Count];
        List<int>? missing = null;
        for (var i = 0; i < ids.Count; i++)
        {
            if (!cache.TryGet(tag, ids[i], out items[i]))
            {
                (missing ??= []).Add(ids[i]);
            }
        }
        if (missing is not null)
        {
            var rows = await Rows.ByIdAsync(rowsById ?? query, projection, missing, cancellationToken);
            var read = new Dictionary<int, byte[]>(rows.Count);
            foreach (var (id, row) in rows)
            {
                read[id] = JsonSerializer.SerializeToUtf8Bytes(row, json);
            }
            for (var i = 0; i < ids.Count; i++)
            {
                if (items[i].IsEmpty && read.TryGetValue(ids[i], out var bytes))
                {
                    items[i] = bytes;
                }
            }
            cache.Store(tag, generation, read);
        }
        // A row deleted between the two queries is left out, as PageAsync does.
        return new JsonPage([.. items.Where(i => !i.IsEmpty)], next);
    }

    private Task<(List<int> Ids, string? Next)> IdsAsync(ListRequest request, CancellationToken cancellationToken)
    {
        var (key, descending) = sorts.Parse(request.Sort)!.Value;
        var after = request.Cursor is { } text ? Cursor.Decode(text) : null;
        return key.IdsAsync(query, descending, after, request.Size, cancellationToken);
    }

    public IAsyncEnumerable<TDto> AllAsync(ListRequest request, CancellationToken cancellationToken)
    {
        var (key, descending) = sorts.Parse(request.Sort)!.Value;
        return key.AllAsync(query, projection, descending, cancellationToken);
    }
}
