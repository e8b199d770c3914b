namespace MissionTracker.Web.Data;

/// <summary>
/// What every stored record has: an id, UTC timestamps and a concurrency token that
/// <see cref="MissionTrackerDbContext"/> bumps on every change.
/// </summary>
public abstract class Entity
{
    public int Id { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public long Version { get; set; }
}
