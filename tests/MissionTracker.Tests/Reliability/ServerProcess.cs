using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MissionTracker.Tests.Reliability;

/// <summary>The real server as a separate process (<c>dotnet MissionTracker.Web.dll</c>) on a temp data folder and a free port.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private ServerProcess(Process process, string url)
    {
        Process = process;
        Url = url;
    }

    public Process Process { get; }
    public string Url { get; }

    /// <summary>The web project's build output (same configuration as the tests).</summary>
    public static string WebDll
    {
        get
        {
            var tests = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
            var root = tests;
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "MissionTracker.sln")))
            {
                root = root.Parent;
            }
            var configuration = tests.Parent!.Name;
            return Path.Combine(root!.FullName, "src", "MissionTracker.Web", "bin", configuration, tests.Name, "MissionTracker.Web.dll");
        }
    }

    private static ProcessStartInfo StartInfo(string dataDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(WebDll)! };
        info.ArgumentList.Add(WebDll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment["ConnectionStrings__MissionTracker"] = $"Data Source={Path.Combine(dataDirectory, "missiontracker.db")}";
        info.Environment["MissionTracker__DataDirectory"] = dataDirectory;
        info.Environment["MissionTracker__Logging__File"] = "false";
        info.Environment["MissionTracker__RateLimits__Writes__PermitLimit"] = "100000";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return info;
    }

    /// <summary>Runs a maintenance command to its end; returns its last line of output.</summary>
    public static async Task<string> RunCommandAsync(string dataDirectory, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(dataDirectory, arguments))!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{string.Join(' ', arguments)} failed: {output} {await process.StandardError.ReadToEndAsync()}");
        return output.TrimEnd().Split('\n')[^1].Trim();
    }

    public static async Task<ServerProcess> StartAsync(string dataDirectory)
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var process = Process.Start(StartInfo(dataDirectory, "--urls", url))!;
        // Drain the output so the server never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, url);
        using var client = server.CreateClient();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            Assert.False(process.HasExited, $"the server exited with {(process.HasExited ? process.ExitCode : 0)} while starting");
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        await server.DisposeAsync();
        throw new TimeoutException("the server did not answer /health within 60 s");
    }

    public HttpClient CreateClient() => new() { BaseAddress = new Uri(Url), Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public void Kill()
    {
        Process.Kill(entireProcessTree: true);
        Process.WaitForExit();
    }

    /// <summary>SIGTERM: the host's graceful shutdown.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited)
        {
            Kill();
        }
        Process.Dispose();
        await Task.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
