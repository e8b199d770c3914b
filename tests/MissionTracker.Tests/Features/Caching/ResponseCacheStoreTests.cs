using MissionTracker.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace MissionTracker.Tests.Features.Caching;

/// <summary>
/// A request that misses while another computes the same answer waits for it and is served what it stored, never an
/// answer computed across a write.
/// </summary>
public sealed class ResponseCacheStoreTests
{
    private static readonly string[] Tags = ["statements"];
    private static readonly byte[] Answer = [1, 2, 3];

    private readonly HttpContextAccessor _http = new();
    private readonly ResponseCacheStore _store;

    public ResponseCacheStoreTests() => _store = new ResponseCacheStore(_http, 1024 * 1024);

    /// <summary>A response whose end can be played: <see cref="EndAsync"/> runs what was registered for its completion.</summary>
    private sealed class PlayedResponse : HttpResponseFeature
    {
        private readonly List<(Func<object, Task> Callback, object State)> _completed = [];

        public override void OnCompleted(Func<object, Task> callback, object state) => _completed.Add((callback, state));

        public async Task EndAsync()
        {
            foreach (var (callback, state) in _completed)
            {
                await callback(state);
            }
        }
    }

    /// <summary>Makes a new request the current one, as the output cache sees it when the request starts.</summary>
    private PlayedResponse Begin()
    {
        var response = new PlayedResponse();
        var context = new DefaultHttpContext();
        context.Features.Set<IHttpResponseFeature>(response);
        context.Items[ResponseCacheStore.GenerationItem] = _store.Generation;
        _http.HttpContext = context;
        return response;
    }

    [Fact]
    public async Task ARequestMissingWhileAnotherComputesTheAnswerIsServedWhatItStores()
    {
        Begin();
        var leader = _http.HttpContext!;
        Assert.Null(await _store.GetAsync("k", CancellationToken.None));

        Begin();
        var waiting = _store.GetAsync("k", CancellationToken.None).AsTask();
        Assert.False(waiting.IsCompleted);
        Assert.True(ResponseCacheStore.IsAwaited(leader));

        _http.HttpContext = leader;
        await _store.SetAsync("k", Answer, Tags, TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.Equal(Answer, await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task ARequestThatWaitedOnOneStartedBeforeAWriteComputesItsOwnAnswer()
    {
        var leaderResponse = Begin();
        var leader = _http.HttpContext!;
        Assert.Null(await _store.GetAsync("k", CancellationToken.None));
        Begin();
        var waiting = _store.GetAsync("k", CancellationToken.None).AsTask();

        _store.Evict(Tags); // a write commits while the first request computes
        _http.HttpContext = leader;
        await _store.SetAsync("k", Answer, Tags, TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.False(waiting.IsCompleted); // not stored: still waiting for the first response to end
        await leaderResponse.EndAsync();

        Assert.Null(await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
        // The next miss computes, rather than wait on the finished one.
        Begin();
        Assert.Null(await _store.GetAsync("k", CancellationToken.None));
    }

    [Fact]
    public async Task ARequestWaitingForAnotherStopsWaitingWhenItsClientGoesAway()
    {
        Begin();
        Assert.Null(await _store.GetAsync("k", CancellationToken.None));
        Begin();
        using var gone = new CancellationTokenSource();
        var waiting = _store.GetAsync("k", gone.Token).AsTask();

        await gone.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(5)));
    }
}
