using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using MissionTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Infrastructure.Security.ApiKeys;

public sealed record ApiKeySummary(string Name, ApiKeyScope Scope, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt);

/// <summary>Creates, lists, revokes and checks API keys; the command line and the tests use it.</summary>
public sealed class ApiKeyService(MissionTrackerDbContext db, TimeProvider clock, VerifiedApiKeys verified)
{
    /// <summary>Every key starts with this, so a leaked key is recognisable (e.g. by secret scanners).</summary>
    public const string Prefix = "mt_";

    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    /// <summary>A new key: <c>mt_</c> and 32 random bytes in base64url. Returns null when the name is taken.</summary>
    public async Task<string?> CreateAsync(string name, ApiKeyScope scope, CancellationToken cancellationToken)
    {
        if (await db.ApiKeys.AnyAsync(k => k.Name == name, cancellationToken))
        {
            return null;
        }
        var key = Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        db.ApiKeys.Add(new ApiKey { Name = name, Scope = scope, Hash = Hash(key), CreatedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public async Task<IReadOnlyList<ApiKeySummary>> ListAsync(CancellationToken cancellationToken) =>
        await db.ApiKeys.AsNoTracking().OrderBy(k => k.Name)
            .Select(k => new ApiKeySummary(k.Name, k.Scope, k.CreatedAt, k.LastUsedAt, k.RevokedAt))
            .ToListAsync(cancellationToken);

    /// <summary>Marks the key revoked; false when there is no such key or it was already revoked.</summary>
    public async Task<bool> RevokeAsync(string name, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var revoked = await db.ApiKeys.Where(k => k.Name == name && k.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, now), cancellationToken) > 0;
        verified.Forget(name);
        return revoked;
    }

    /// <summary>The live key with this value, or null; notes when it was used (to the minute, to spare writes).</summary>
    public async Task<ApiKeySummary?> AuthenticateAsync(string key, CancellationToken cancellationToken)
    {
        if (!key.StartsWith(Prefix, StringComparison.Ordinal) || key.Length > 100)
        {
            return null;
        }
        var hash = Hash(key);
        var now = clock.GetUtcNow().UtcDateTime;
        if (verified.Find(hash, now) is { } recent)
        {
            return recent;
        }
        var found = await db.ApiKeys.AsNoTracking().Where(k => k.Hash == hash && k.RevokedAt == null)
            .Select(k => new ApiKeySummary(k.Name, k.Scope, k.CreatedAt, k.LastUsedAt, k.RevokedAt))
            .FirstOrDefaultAsync(cancellationToken);
        if (found is not null && (found.LastUsedAt is null || now - found.LastUsedAt > LastUsedPrecision))
        {
            await db.ApiKeys.Where(k => k.Hash == hash).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), cancellationToken);
        }
        if (found is not null)
        {
            verified.Remember(hash, found, now);
        }
        return found;
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}

/// <summary>
/// Keys verified in the last <see cref="Lifetime"/>, by hash, so that a client sending many requests with its key costs
/// one database lookup every few seconds rather than one per request. Revoking a key in this process forgets it at once;
/// a key revoked by another process (the command line) stops working within <see cref="Lifetime"/>.
/// </summary>
public sealed class VerifiedApiKeys
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (ApiKeySummary Key, DateTime Until)> _keys = new(StringComparer.Ordinal);

    public ApiKeySummary? Find(string hash, DateTime now) =>
        _keys.TryGetValue(hash, out var entry) && entry.Until > now ? entry.Key : null;

    public void Remember(string hash, ApiKeySummary key, DateTime now) => _keys[hash] = (key, now + Lifetime);

    public void Forget(string name)
    {
        foreach (var (hash, entry) in _keys)
        {
            if (entry.Key.Name == name)
            {
                _keys.TryRemove(hash, out _);
            }
        }
    }
}
