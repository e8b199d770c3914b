using System.Collections.Concurrent;
using System.Net;

namespace MissionTracker.Web.Infrastructure.Security;

/// <summary>
/// Slows down guessing: an address that sends <c>MissionTracker:RateLimits:FailedCredentials</c> (default 20) wrong
/// passwords or API keys within a minute is refused for the rest of that minute, before any password or key is checked.
/// Per-account lockout (ASP.NET Identity) covers one account; this covers many accounts or keys tried from one place.
/// </summary>
public sealed class CredentialThrottle(IConfiguration configuration, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, (DateTime Start, int Failures)> _failures = new();

    private int Limit => Math.Max(1, configuration.GetValue("MissionTracker:RateLimits:FailedCredentials", 20));

    public bool IsBlocked(IPAddress? address, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (!_failures.TryGetValue(Key(address), out var entry))
        {
            return false;
        }
        var elapsed = clock.GetUtcNow().UtcDateTime - entry.Start;
        if (elapsed >= Window || entry.Failures < Limit)
        {
            return false;
        }
        retryAfter = Window - elapsed;
        return true;
    }

    public void RecordFailure(IPAddress? address)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        _failures.AddOrUpdate(Key(address), _ => (now, 1), (_, entry) => now - entry.Start >= Window ? (now, 1) : (entry.Start, entry.Failures + 1));
        if (_failures.Count > 10_000)
        {
            // Forget finished windows so that many addresses cannot grow the table without bound.
            foreach (var (key, entry) in _failures)
            {
                if (now - entry.Start >= Window)
                {
                    _failures.TryRemove(key, out _);
                }
            }
        }
    }

    private static string Key(IPAddress? address) => address?.ToString() ?? "unknown";
}
