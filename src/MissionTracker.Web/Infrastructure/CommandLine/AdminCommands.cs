namespace MissionTracker.Web.Infrastructure.CommandLine;

/// <summary>
/// A maintenance command run instead of the web server: <c>dotnet run --project src/MissionTracker.Web -- NAME ARGS</c>.
/// Register implementations with <c>services.AddSingleton&lt;IAdminCommand, ...&gt;()</c>.
/// </summary>
public interface IAdminCommand
{
    string Name { get; }

    /// <summary>One line, e.g. <c>create-api-key NAME --scope read|write</c>.</summary>
    string Usage { get; }

    /// <summary>Runs with the app's services (database migrated and seeded); returns the process exit code.</summary>
    Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken);
}

public static class AdminCommandExtensions
{
    /// <summary>When the first argument names a command, runs it and returns its exit code; otherwise null (serve the web app).</summary>
    public static async Task<int?> RunAdminCommandAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return null;
        }
        var commands = app.Services.GetServices<IAdminCommand>().ToList();
        var command = commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            if (args[0] is "help" or "commands")
            {
                foreach (var c in commands.OrderBy(c => c.Name))
                {
                    Console.Out.WriteLine(c.Usage);
                }
                return 0;
            }
            await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'. Commands: {string.Join(", ", commands.Select(c => c.Name).Order())}.");
            return 2;
        }
        await using var scope = app.Services.CreateAsyncScope();
        return await command.RunAsync(scope.ServiceProvider, args[1..], Console.Out, CancellationToken.None);
    }
}
