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

        Assert.Equal(LogEventLevel.Debug, LoggingExtensions.RequestLevel(aborted, new OperationCanceledException()));
        // A cancellation the client did not ask for (a timeout inside the app) is a failure.
        Assert.Equal(LogEventLevel.Error, LoggingExtensions.RequestLevel(served, new OperationCanceledException()));
        Assert.Equal(LogEventLevel.Error, LoggingExtensions.RequestLevel(aborted, new InvalidOperationException()));
        Assert.Equal(LogEventLevel.Error, LoggingExtensions.RequestLevel(failed, null));
        Assert.Equal(LogEventLevel.Information, LoggingExtensions.RequestLevel(served, null));
    }
}
