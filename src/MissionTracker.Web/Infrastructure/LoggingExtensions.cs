using MissionTracker.Web.Data;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace MissionTracker.Web.Infrastructure;

public static class LoggingExtensions
{
    /// <summary>
    /// Serilog from the <c>Serilog</c> section of appsettings (levels, console), plus a rolling JSON file in the data folder.
    /// Log templates carry ids and counts, never quote or article text.
    /// </summary>
    public static WebApplicationBuilder AddMissionTrackerLogging(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var logFolder = Path.Combine(configuration.DataDirectory(builder.Environment), "logs");
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(configuration).ReadFrom.Services(services).Enrich.FromLogContext();
            if (configuration.GetValue("MissionTracker:Logging:File", true))
            {
                // Written by a background worker, as the console is (appsettings): each request logs a line, and written on
                // the request's thread every line took both sinks' locks and a system call (a third of the samples of a
                // cached read under load). A full queue makes requests wait rather than drop lines.
                logger.WriteTo.Async(sink => sink.File(
                    new CompactJsonFormatter(),
                    Path.Combine(logFolder, "missiontracker-.json"),
                    rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: configuration.GetValue("MissionTracker:Logging:RetainedFiles", 14)), blockWhenFull: true);
            }
        }, preserveStaticLogger: true); // the app logs through DI only; Serilog's static logger is not this host's to set or close
        return builder;
    }

    /// <summary>
    /// One line per request with the status the client got, an error for a failure. Added before the exception handler,
    /// so that it sees the answer the handler made: inside it, a malformed body (a 400 ProblemDetails) passed through as an
    /// exception and was logged as "responded 500" at Error with its stack trace, for every bad request a client sent.
    /// A request whose client went away (a closed connection while it waited for the writer's turn) ends in a
    /// cancellation (499): not the app's error, so its line is at Debug, as ASP.NET Core's own exception handler logs it.
    /// </summary>
    public static WebApplication UseMissionTrackerRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.GetLevel = (context, _, exception) => RequestLevel(context, exception);
            // This app's logger rather than Serilog's static one, which the last host built in the process owns (tests).
            options.Logger = app.Services.GetService<Serilog.ILogger>();
        });
        return app;
    }

    internal static LogEventLevel RequestLevel(HttpContext context, Exception? exception) =>
        context.RequestAborted.IsCancellationRequested && (exception is OperationCanceledException || (exception is null && context.Response.StatusCode == 499))
            ? LogEventLevel.Debug
        : exception is not null || context.Response.StatusCode > 499 ? LogEventLevel.Error
        : LogEventLevel.Information;
}
