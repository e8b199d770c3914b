using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;

namespace MissionTracker.Web.Infrastructure.Caching;

/// <summary>
/// The output cache's memory, with one guarantee the stock store lacks: a response is never stored when a write was
/// committed while it was being computed. Every eviction (there is one after every committed write) advances a
/// generation; <see cref="DataCachePolicy"/> notes the generation when a request starts, and a response computed under
/// an older generation is dropped instead of stored — it may have been read before the write committed, and the write's
/// eviction has already run, so nothing else would ever remove it.
/// <para>
/// <b>One computation per address at a time.</b> When many requests for an answer the cache does not hold arrive at
/// once (the first ones after a write, say), the first computes it and the others wait for it and are then served what
/// it stored (<see cref="GetAsync"/>): 32 clients opening the dashboard after a write cost one dashboard, not 32. They
/// are only ever served what the store holds, so the generation check above applies to them as to everyone: a request
/// that waited on one started before a write gets nothing and computes its own answer. The stock output cache's request
/// coalescing (<c>AllowLocking</c>) is off: it hands waiting requests the first one's answer even when a write committed
/// in between, and its exception when the first request fails or its client goes away.
/// </para>
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
    // How many times each tag was evicted (see Started).
    private readonly Dictionary<string, long> _evictions = new(StringComparer.Ordinal);

    /// <summary>How long a request waits for another one computing the same answer before it computes its own.</summary>
    internal static readonly TimeSpan LeadTimeout = TimeSpan.FromSeconds(10);

    internal const string LeadItem = "MissionTracker.CacheLead";

    /// <summary>A request computing an answer the cache did not hold, and whether others wait for it.</summary>
    private sealed class Lead
    {
        public readonly TaskCompletionSource Done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int Waiting;
    }

    // By cache key: the request computing each answer missed now.
    private readonly ConcurrentDictionary<string, Lead> _leads = new(StringComparer.Ordinal);

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

    /// <summary>
    /// What a request notes when it starts: the <see cref="Generation"/>, and how many times <paramref name="tags"/> were
    /// evicted, together. The second is part of the cache key of an answer that carries them (<see cref="DataCachePolicy"/>),
    /// so that a request that starts after a write looks its answer up under another key than the requests before it. The
    /// output cache shares one lookup among the requests that ask for the same key at once, and a request arriving just
    /// after an eviction could otherwise be handed what a lookup started just before it found (measured: 1 stale read in
    /// ~60 writes under 8 readers of the same list).
    /// </summary>
    public (long Generation, long Evictions) Started(string[] tags)
    {
        lock (_lock)
        {
            long evictions = 0;
            foreach (var tag in tags)
            {
                evictions += _evictions.GetValueOrDefault(tag);
            }
            return (_generation, evictions);
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

    /// <summary>
    /// The stored answer; on a miss, the caller computes it, unless another request is computing it already: then the
    /// answer it stores, once it is done (or nothing, if it stored none or took longer than <see cref="LeadTimeout"/>).
    /// </summary>
    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var found = Find(key);
        if (found is not null || http.HttpContext is not { } context)
        {
            return ValueTask.FromResult(found);
        }
        var lead = new Lead();
        if (!_leads.TryAdd(key, lead))
        {
            return AfterLeadAsync(key, cancellationToken);
        }
        context.Items[LeadItem] = lead;
        // Done when the answer is stored (SetAsync), or when the response ends without one (not cacheable, failed, aborted).
        context.Response.OnCompleted(static state =>
        {
            var (leads, key, lead) = ((ConcurrentDictionary<string, Lead>, string, Lead))state;
            Finish(leads, key, lead);
            return Task.CompletedTask;
        }, (_leads, key, lead));
        return ValueTask.FromResult<byte[]?>(null);
    }

    /// <summary>Whether requests are waiting for the answer this request computes (see <see cref="GetAsync"/>).</summary>
    public static bool IsAwaited(HttpContext context) =>
        context.Items[LeadItem] is Lead lead && Volatile.Read(ref lead.Waiting) > 0;

    private async ValueTask<byte[]?> AfterLeadAsync(string key, CancellationToken cancellationToken)
    {
        if (_leads.TryGetValue(key, out var lead))
        {
            Interlocked.Increment(ref lead.Waiting);
            try
            {
                await lead.Done.Task.WaitAsync(LeadTimeout, cancellationToken);
            }
            catch (TimeoutException)
            {
                // Computes its own answer.
            }
            finally
            {
                Interlocked.Decrement(ref lead.Waiting);
            }
        }
        return Find(key);
    }

    private static void Finish(ConcurrentDictionary<string, Lead> leads, string key, Lead lead)
    {
        leads.TryRemove(new KeyValuePair<string, Lead>(key, lead));
        lead.Done.TrySetResult();
    }

    private byte[]? Find(string key)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var node))
            {
                return null;
            }
            if (node.Value.Expires <= DateTime.UtcNow)
            {
                Remove(node);
                return null;
            }
            return node.Value.Value;
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
        if (_leads.TryGetValue(key, out var lead))
        {
            Finish(_leads, key, lead);
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
                _evictions[tag] = _evictions.GetValueOrDefault(tag) + 1;
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
