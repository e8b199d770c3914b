using MissionTracker.Web.Features.Seeding;

namespace MissionTracker.Web.Infrastructure.CommandLine;

/// <summary><c>generate-data --statements N [--seed S]</c>: synthetic records for benchmarks, added to the configured database.</summary>
internal sealed class GenerateDataCommand : IAdminCommand
{
    public string Name => "generate-data";
    public string Usage => "generate-data --statements N [--seed S]   add N synthetic statements and proportional missions, sources, observations, transfers, events";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var statements = 100_000;
        var seed = 20200212;
        for (var i = 0; i < arguments.Count; i++)
        {
            var ok = (arguments[i], i + 1 < arguments.Count ? arguments[i + 1] : null) switch
            {
                ("--statements", { } n) when int.TryParse(n, out statements) && statements > 0 => true,
                ("--seed", { } s) when int.TryParse(s, out seed) => true,
                _ => false,
            };
            if (!ok)
            {
                await output.WriteLineAsync("usage: " + Usage);
                return 2;
            }
            i++;
        }
        var size = new SyntheticDataSize(statements, seed);
        var elapsed = await services.GetRequiredService<SyntheticData>().GenerateAsync(size, cancellationToken);
        await output.WriteLineAsync($"Generated {size.Statements:N0} statements, {size.Sources:N0} sources, {size.Observations:N0} observations, " +
            $"{size.Transfers:N0} transfers, {size.Events:N0} events, {size.People:N0} people and {size.Missions} missions in {elapsed.TotalSeconds:F1} s");
        return 0;
    }
}
