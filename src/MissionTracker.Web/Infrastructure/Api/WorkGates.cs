namespace MissionTracker.Web.Infrastructure.Api;

/// <summary>
/// How many of the heaviest requests run their work at once: one per core, at least two; the others wait their turn.
/// Work that only needs the CPU goes no faster for running 32 at a time on two cores, and each in flight holds its
/// memory for longer. Statics outside the generic <see cref="ExportResult{T}"/>, whose statics would give each kind of
/// record a gate of its own.
/// </summary>
internal static class WorkGates
{
    /// <summary>Exports reading from the database (a cached export never gets here).</summary>
    public static readonly SemaphoreSlim Exports = PerCore();

    /// <summary>Articles being extracted.</summary>
    public static readonly SemaphoreSlim Extractions = PerCore();

    private static SemaphoreSlim PerCore() => new(Math.Max(2, Environment.ProcessorCount));
}
