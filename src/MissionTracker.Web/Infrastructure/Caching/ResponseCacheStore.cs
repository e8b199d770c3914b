using Microsoft.AspNetCore.OutputCaching;

namespace MissionTracker.Web.Infrastructure.Caching;

/// <summary>
/// The output cache's memory, with one guarantee the stock store lacks: a response is never stored when a write was
/// committed while it was being computed. Every eviction (there is one after every committed write) advances a
/// generation; <see cref="DataCachePolicy"/> notes the generation when a request starts, and a response computed under
/// an older generation is dropped instead of stored — it may have been read before the write committed, and the write's
/// eviction has already run, so nothing else would ever remove it.
/// </summary>
public sealed class ResponseCacheStore(IHttpContextAccessor http, long sizeLimitBytes, RecordJsonCache? records = null) : IOutputCacheStore
{
    internal const string GenerationItem = "MissionTracker.CacheGeneration";

    private sealed record Entry(string Key, byte[] Value, DateTime Expires, string[] Tags);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _keysByTag = new(StringComparer.Ordinal);
    // Oldest first: when the cache is full, the oldest entries go.
    private readonly LinkedList<Entry> _age = new();
    private long _size;
    private long _generation;

    public long Generation
    {
        get
        {
            lock (_lock)
            {
                return _generation;
            }
        }
    }

    // Hashes of the addresses answered lately (see AskedBefore), one per slot: bounded, and a lost or shared slot only
    // means an answer is stored one ask later or one ask sooner.
    private readonly int[] _asked = new int[AskedSlots];
    private const int AskedSlots = 1 << 16;

    /// <summary>
    /// Whether <paramref name="address"/> was answered before, lately; notes that it is now. Only such a JSON answer is
    /// stored (<see cref="DataCachePolicy"/>): an answer asked for once (a list at a cursor nobody else reaches, a one-off
    /// filter) would be copied into the cache as it is written, fill it, push out the answers that are asked again, and
    /// never be served. An address goes out of this memory when another takes its slot (with a new address every
    /// millisecond, after about a minute), whatever the writes in between: after a write, the first ask of a known
    /// address is stored again.
    /// </summary>
    public bool AskedBefore(string address)
    {
        var hash = address.GetHashCode();
        var mark = hash | 1; // never 0, the empty slot
        ref var slot = ref _asked[hash & (AskedSlots - 1)];
        if (slot == mark)
        {
            return true;
        }
        slot = mark;
        return false;
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var node))
            {
                return ValueTask.FromResult<byte[]?>(null);
            }
            if (node.Value.Expires <= DateTime.UtcNow)
            {
                Remove(node);
                return ValueTask.FromResult<byte[]?>(null);
            }
            return ValueTask.FromResult<byte[]?>(node.Value.Value);
        }
    }

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (value.Length > sizeLimitBytes / 4 || http.HttpContext?.Items[GenerationItem] is not long startedAt)
        {
            return ValueTask.CompletedTask;
        }
        lock (_lock)
        {
            if (startedAt != _generation)
            {
                return ValueTask.CompletedTask;
            }
            if (_entries.TryGetValue(key, out var existing))
            {
                Remove(existing);
            }
            while (_size + value.Length > sizeLimitBytes && _age.First is { } oldest)
            {
                Remove(oldest);
            }
            var entry = new Entry(key, value, DateTime.UtcNow + validFor, tags ?? []);
            _entries[key] = _age.AddLast(entry);
            _size += value.Length;
            foreach (var tag in entry.Tags)
            {
                if (!_keysByTag.TryGetValue(tag, out var keys))
                {
                    _keysByTag[tag] = keys = new HashSet<string>(StringComparer.Ordinal);
                }
                keys.Add(key);
            }
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        Evict([tag]);
        return ValueTask.CompletedTask;
    }

    /// <summary>Removes the entries with any of <paramref name="tags"/> (and the records kept under them); responses still being computed will not be stored.</summary>
    public void Evict(IEnumerable<string> tags)
    {
        tags = [.. tags];
        records?.Evict(tags);
        lock (_lock)
        {
            _generation++;
            foreach (var tag in tags)
            {
                if (_keysByTag.TryGetValue(tag, out var keys))
                {
                    foreach (var key in keys.ToList())
                    {
                        if (_entries.TryGetValue(key, out var node))
                        {
                            Remove(node);
                        }
                    }
                }
            }
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _entries.Remove(node.Value.Key);
        _age.Remove(node);
        _size -= node.Value.Value.Length;
        foreach (var tag in node.Value.Tags)
        {
            if (_keysByTag.TryGetValue(tag, out var keys))
            {
                keys.Remove(node.Value.Key);
                if (keys.Count == 0)
                {
                    _keysByTag.Remove(tag);
                }
            }
        }
    }
}
