using MissionTracker.Web.Features.Countries;
using MissionTracker.Web.Features.Events;
using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Features.Organisations;
using MissionTracker.Web.Features.People;
using MissionTracker.Web.Features.Sources;
using MissionTracker.Web.Features.Statements;
using MissionTracker.Web.Features.Strength;
using MissionTracker.Web.Features.Transfers;
using MissionTracker.Web.Infrastructure.Security.ApiKeys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MissionTracker.Web.Data;

public sealed class MissionTrackerDbContext(DbContextOptions<MissionTrackerDbContext> options) : DbContext(options)
{
    public DbSet<Mission> Missions => Set<Mission>();
    public DbSet<MissionStatusChange> MissionStatusChanges => Set<MissionStatusChange>();
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonRole> PersonRoles => Set<PersonRole>();
    public DbSet<StrengthObservation> StrengthObservations => Set<StrengthObservation>();
    public DbSet<TroopTransfer> TroopTransfers => Set<TroopTransfer>();
    public DbSet<TransferStatusChange> TransferStatusChanges => Set<TransferStatusChange>();
    public DbSet<Statement> Statements => Set<Statement>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<TimelineEvent> Events => Set<TimelineEvent>();
    public DbSet<Citation> Citations => Set<Citation>();
    public DbSet<Features.Intake.Proposal> Proposals => Set<Features.Intake.Proposal>();
    public DbSet<Features.Feeds.FeedSubscription> Feeds => Set<Features.Feeds.FeedSubscription>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MissionTrackerDbContext).Assembly);
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
        {
            modelBuilder.Entity(entity.ClrType).Property(nameof(Entity.Version)).IsConcurrencyToken();
            // Incremental sync (updatedSince) and keyset paging sorted by updatedAt.
            modelBuilder.Entity(entity.ClrType).HasIndex(nameof(Entity.UpdatedAt), nameof(Entity.Id));
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite hands DateTime back without a kind; everything stored is UTC, so say so (serialised with a "Z").
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>Sets timestamps and bumps the concurrency token, so no caller can forget to.</summary>
    private void StampChanges()
    {
        var now = DateTime.UtcNow;
        foreach (var entry in ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case Entity e when entry.State == EntityState.Added:
                    e.CreatedAt = now;
                    e.UpdatedAt = now;
                    e.Version = 1;
                    break;
                case Entity e when entry.State == EntityState.Modified:
                    e.UpdatedAt = now;
                    e.Version++;
                    break;
                case Citation c when entry.State == EntityState.Added:
                    c.CreatedAt = now;
                    break;
                case MissionStatusChange m when entry.State == EntityState.Added:
                    m.CreatedAt = now;
                    break;
                case TransferStatusChange t when entry.State == EntityState.Added:
                    t.CreatedAt = now;
                    break;
            }
        }
    }
}

internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
