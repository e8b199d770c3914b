using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace MissionTracker.Web.Infrastructure.Caching;

/// <summary>
/// The serialised JSON of single records as a list shows them (one element of <c>items</c>), by resource tag and id, so
/// that a page no output-cache entry holds is one query for its ids plus records serialised before. It is evicted with
/// the output cache: <see cref="ResponseCacheStore.Evict"/> — run after every committed write — evicts the same tags here,
/// and the tags are the ones the resource's cached lists carry, so a record's JSON goes whenever a list showing it would.
/// Like the output cache it never keeps an answer read before a write committed: each tag has a generation that every
/// eviction advances, a reader notes it before reading the rows, and JSON read under an older generation is not stored.
/// Bounded: when the next record would go over <c>sizeLimitBytes</c>, a quarter of the records (any) make room.
/// </summary>
public sealed class RecordJsonCache(long sizeLimitBytes)
{
    /// <summary>What one entry costs beyond its bytes (the array header and the dictionary's entry), counted in the limit.</summary>
    private const int EntryOverhead = 64;

    private sealed class Records
    {
        public readonly ConcurrentDictionary<int, byte[]> Json = new();
        public long Generation;
    }

    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<string, Records> _byTag = new(StringComparer.Ordinal);
    private long _size;

    public long SizeLimitBytes => sizeLimitBytes;

    /// <summary>The generation of <paramref name="tag"/>: note it before reading rows, pass it to <see cref="Store"/>.</summary>
    public long Generation(string tag)
    {
        lock (_lock)
        {
            return _byTag.TryGetValue(tag, out var records) ? records.Generation : 0;
        }
    }

    public bool TryGet(string tag, int id, [NotNullWhen(true)] out byte[]? json)
    {
        json = null;
        return _byTag.TryGetValue(tag, out var records) && records.Json.TryGetValue(id, out json);
    }

    /// <summary>Keeps the JSON of records read under <paramref name="generation"/>, unless a write evicted the tag since.</summary>
    public void Store(string tag, long generation, IEnumerable<KeyValuePair<int, byte[]>> json)
    {
        if (sizeLimitBytes <= 0)
        {
            return;
        }
        lock (_lock)
        {
            var records = _byTag.GetOrAdd(tag, _ => new Records());
            if (records.Generation != generation)
            {
                return;
            }
            foreach (var (id, bytes) in json)
            {
                var cost = bytes.Length + EntryOverhead;
                if (_size + cost > sizeLimitBytes)
                {
                    Trim(sizeLimitBytes * 3 / 4);
                }
                if (records.Json.TryAdd(id, bytes))
                {
                    _size += cost;
                }
            }
        }
    }

    /// <summary>Drops records, in no particular order (the dictionaries' own), until the cache holds at most <paramref name="target"/> bytes.</summary>
    private void Trim(long target)
    {
        foreach (var records in _byTag.Values)
        {
            foreach (var (id, bytes) in records.Json)
            {
                if (_size <= target)
                {
                    return;
                }
                if (records.Json.TryRemove(id, out _))
                {
                    _size -= bytes.Length + EntryOverhead;
                }
            }
        }
    }

    /// <summary>Drops the records of <paramref name="tags"/>; JSON being read for them now will not be stored.</summary>
    public void Evict(IEnumerable<string> tags)
    {
        lock (_lock)
        {
            foreach (var tag in tags)
            {
                var records = _byTag.GetOrAdd(tag, _ => new Records());
                records.Generation++;
                foreach (var bytes in records.Json.Values)
                {
                    _size -= bytes.Length + EntryOverhead;
                }
                records.Json.Clear();
            }
        }
    }
}
