using System.Collections.Concurrent;

namespace MissionTracker.Web.Infrastructure.Caching;

/// <summary>
/// The serialised JSON of single records as a list shows them (one element of <c>items</c>), by resource tag and id, so
/// that a page no output-cache entry holds is one query for its ids plus records serialised before. It is evicted with
/// the output cache: <see cref="ResponseCacheStore.Evict"/> — run after every committed write — evicts the same tags here,
/// and the tags are the ones the resource's cached lists carry, so a record's JSON goes whenever a list showing it would.
/// Like the output cache it never keeps an answer read before a write committed: each tag has a generation that every
/// eviction advances, a reader notes it before reading the rows, and JSON read under an older generation is not stored.
/// The records of a tag are copied into 1 MB slabs, written once and dropped together: 100,000 records kept as one array
/// each cost the GC (gen 2 promotions) several times their size. Bounded: when the next record would go over
/// <c>sizeLimitBytes</c>, every record goes and the cache fills again.
/// </summary>
public sealed class RecordJsonCache(long sizeLimitBytes)
{
    private const int SlabSize = 1024 * 1024;

    /// <summary>What one entry costs beyond its bytes (the dictionary's node), counted in the limit.</summary>
    private const int EntryOverhead = 48;

    private sealed class Records
    {
        public readonly ConcurrentDictionary<int, ReadOnlyMemory<byte>> Json = new();
        public long Generation;
        public byte[] Slab = [];
        public int SlabUsed;
        /// <summary>The bytes of every slab of this tag, counted in the limit.</summary>
        public long SlabBytes;
    }

    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<string, Records> _byTag = new(StringComparer.Ordinal);
    private long _size;

    /// <summary>The generation of <paramref name="tag"/>: note it before reading rows, pass it to <see cref="Store"/>.</summary>
    public long Generation(string tag)
    {
        lock (_lock)
        {
            return _byTag.TryGetValue(tag, out var records) ? records.Generation : 0;
        }
    }

    public bool TryGet(string tag, int id, out ReadOnlyMemory<byte> json)
    {
        json = default;
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
                if (records.Json.ContainsKey(id))
                {
                    continue;
                }
                if (records.Slab.Length - records.SlabUsed < bytes.Length)
                {
                    var slab = Math.Max(SlabSize, bytes.Length);
                    if (_size + slab > sizeLimitBytes)
                    {
                        Clear();
                    }
                    records.Slab = new byte[slab];
                    records.SlabUsed = 0;
                    records.SlabBytes += slab;
                    _size += slab;
                }
                bytes.CopyTo(records.Slab, records.SlabUsed);
                records.Json[id] = new ReadOnlyMemory<byte>(records.Slab, records.SlabUsed, bytes.Length);
                records.SlabUsed += bytes.Length;
                _size += EntryOverhead;
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
                Drop(records);
            }
        }
    }

    private void Clear()
    {
        foreach (var records in _byTag.Values)
        {
            Drop(records);
        }
    }

    /// <summary>Forgets a tag's records and slabs (readers still writing a slice keep its slab alive until they are done).</summary>
    private void Drop(Records records)
    {
        _size -= (long)records.Json.Count * EntryOverhead;
        records.Json.Clear();
        _size -= records.SlabBytes;
        records.Slab = [];
        records.SlabUsed = 0;
        records.SlabBytes = 0;
    }
}
