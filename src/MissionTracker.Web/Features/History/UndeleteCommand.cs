using MissionTracker.Web.Data;
using MissionTracker.Web.Infrastructure.CommandLine;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Features.History;

/// <summary>
/// <c>undelete [KIND ID]</c>: lists the soft-deleted statements, sources and strength observations, or restores one.
/// The restore is a change like any other: it is recorded in the history (action Restored, actor "system").
/// </summary>
internal sealed class UndeleteCommand : IAdminCommand
{
    private static readonly Dictionary<string, Type> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["statement"] = typeof(Statements.Statement),
        ["source"] = typeof(Sources.Source),
        ["observation"] = typeof(Strength.StrengthObservation),
    };

    public string Name => "undelete";

    public string Usage => "undelete [statement|source|observation ID]   list deleted records, or restore one";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<MissionTrackerDbContext>();
        if (arguments.Count == 0)
        {
            foreach (var (kind, type) in Kinds)
            {
                foreach (var (id, at) in await DeletedAsync(db, type, cancellationToken))
                {
                    await output.WriteLineAsync($"{kind} {id} deleted at {at:u}");
                }
            }
            return 0;
        }
        if (arguments.Count != 2 || !Kinds.TryGetValue(arguments[0], out var recordType) || !int.TryParse(arguments[1], out var recordId))
        {
            await output.WriteLineAsync("usage: " + Usage);
            return 2;
        }
        var record = await Query(db, recordType).IgnoreQueryFilters([SoftDelete.Filter])
            .FirstOrDefaultAsync(e => e.Id == recordId && ((ISoftDeletable)e).DeletedAt != null, cancellationToken);
        if (record is null)
        {
            await output.WriteLineAsync($"No deleted {arguments[0]} has the id {recordId}.");
            return 1;
        }
        ((ISoftDeletable)record).DeletedAt = null;
        await db.SaveChangesAsync(cancellationToken);
        await output.WriteLineAsync($"Restored {arguments[0]} {recordId}.");
        return 0;
    }

    private static IQueryable<Entity> Query(MissionTrackerDbContext db, Type type) => type.Name switch
    {
        nameof(Statements.Statement) => db.Statements,
        nameof(Sources.Source) => db.Sources,
        _ => db.StrengthObservations,
    };

    private static async Task<List<(int Id, DateTime At)>> DeletedAsync(MissionTrackerDbContext db, Type type, CancellationToken cancellationToken) =>
        [.. (await Query(db, type).IgnoreQueryFilters([SoftDelete.Filter]).AsNoTracking()
            .Where(e => ((ISoftDeletable)e).DeletedAt != null)
            .OrderBy(e => e.Id)
            .Select(e => new { e.Id, ((ISoftDeletable)e).DeletedAt })
            .ToListAsync(cancellationToken)).Select(e => (e.Id, e.DeletedAt!.Value))];
}
