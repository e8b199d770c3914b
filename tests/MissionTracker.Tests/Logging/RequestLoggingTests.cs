using MissionTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Serilog.Events;

namespace MissionTracker.Tests.Logging;

/// <summary>The level of a request's log line: a failure is an error, a client that went away is not.</summary>
public sealed class RequestLoggingTests
{
    [Fact]
    public void ARequestWhoseClientLeftIsNotAnErrorButOneThatFailedIs()
    {
        using var gone = new CancellationTokenSource();
        gone.Cancel();
        var aborted = new DefaultHttpContext { RequestAborted = gone.Token };
        var served = new DefaultHttpContext();
        var failed = new DefaultHttpContext { Response = { StatusCode = 503 } };
        var abortedAnswered = new DefaultHttpContext { RequestAborted = gone.Token, Response = { StatusCode = 499 } };

        Assert.Equal(LogEventLevel.Debug, LoggingExtensions.RequestLevel(aborted, new OperationCanceledException()));
        // The exception handler (which the request log wraps) answered the cancellation with 499.
        Assert.Equal(LogEventLevel.Debug, LoggingExtensions.RequestLevel(abortedAnswered, null));
        // A cancellation the client did not ask for (a timeout inside the app) is a failure.
        Assert.Equal(LogEventLevel.Error, LoggingExtensions.RequestLevel(served, new OperationCanceledException()));
        Assert.Equal(LogEventLevel.Error, LoggingExtensions.RequestLevel(aborted, new InvalidOperationException()));
        Assert.Equal(LogEventLevel.Error, LoggingExtensions.RequestLevel(failed, null));
        Assert.Equal(LogEventLevel.Information, LoggingExtensions.RequestLevel(served, null));
    }

    /// <summary>Request lines of a real app, read from its JSON log file once the app has stopped (the file sink flushes then).</summary>
    private sealed class LoggingFactory : Infrastructure.MissionTrackerFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["MissionTracker:Logging:File"] = "true",
            ["Serilog:MinimumLevel:Default"] = "Information",
        };

        public List<string> LogLines { get; } = [];

        protected override void Dispose(bool disposing)
        {
            // DisposeAsync has stopped the app (and flushed its log) by now; the data folder goes with the base's Dispose.
            var logs = Path.Combine(DataDirectory, "logs");
            if (disposing && Directory.Exists(logs))
            {
                LogLines.AddRange(Directory.GetFiles(logs, "*.json").SelectMany(File.ReadAllLines));
            }
            base.Dispose(disposing);
        }
    }

    [Fact]
    public async Task AMalformedRequestIsLoggedWithTheStatusItGotAndNoError()
    {
        var factory = new LoggingFactory();
        try
        {
            // The request log writes to the app's own logger: Serilog's static one belongs to whichever host was built last.
            Assert.NotNull(factory.Services.GetService(typeof(Serilog.ILogger)));
            var client = await Infrastructure.ApiTestClient.CreateKeyedClientAsync(factory);
            using var malformed = await client.PostAsync("/api/v1/statements", new StringContent("{\"text\":", System.Text.Encoding.UTF8, "application/json"));
            using var unbindable = await client.GetAsync("/api/v1/statements?pageSize=many");
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, malformed.StatusCode);
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, unbindable.StatusCode);
        }
        finally
        {
            await factory.DisposeAsync();
        }

        var events = factory.LogLines.Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement).ToList();
        var requests = events.Where(e => e.TryGetProperty("RequestPath", out var path) && path.GetString() == "/api/v1/statements").ToList();
        Assert.Equal(2, requests.Count);
        Assert.All(requests, e =>
        {
            Assert.Equal(400, e.GetProperty("StatusCode").GetInt32());
            Assert.False(e.TryGetProperty("@l", out _), $"logged at {e}"); // Information has no level field
            Assert.False(e.TryGetProperty("@x", out _), "an exception was logged with the request line");
        });
        Assert.DoesNotContain(events, e => e.TryGetProperty("@l", out var level) && level.GetString() is "Error" or "Fatal");
    }
}
