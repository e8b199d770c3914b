using MissionTracker.Web.Features.Countries;
using MissionTracker.Web.Features.Events;
using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Features.Organisations;
using MissionTracker.Web.Features.People;
using MissionTracker.Web.Features.Sources;
using MissionTracker.Web.Features.Statements;
using MissionTracker.Web.Features.Strength;
using MissionTracker.Web.Features.Transfers;
using MissionTracker.Web.Features.History;
using MissionTracker.Web.Data.Sqlite;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using MissionTracker.Web.Infrastructure.Security.ApiKeys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MissionTracker.Web.Data;

/// <summary>The records, the users and roles (ASP.NET Core Identity) and the append-only history, in one database.</summary>
public sealed class MissionTrackerDbContext(DbContextOptions<MissionTrackerDbContext> options) : IdentityDbContext<IdentityUser>(options)
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
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Features.Intake.Proposal> Proposals => Set<Features.Intake.Proposal>();
    public DbSet<Features.Feeds.FeedSubscription> Feeds => Set<Features.Feeds.FeedSubscription>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MissionTrackerDbContext).Assembly);
        foreach (var entity in builder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(entity.ClrType).Property(nameof(Entity.Version)).IsConcurrencyToken();
            // Incremental sync (updatedSince) and keyset paging sorted by updatedAt.
            builder.Entity(entity.ClrType).HasIndex(nameof(Entity.UpdatedAt), nameof(Entity.Id));
        }
        foreach (var entity in builder.Model.GetEntityTypes().Where(t => typeof(ISoftDeletable).IsAssignableFrom(t.ClrType)).ToList())
        {
            builder.Entity(entity.ClrType).HasQueryFilter(SoftDelete.Filter, SoftDelete.NotDeleted(entity.ClrType));
        }
        // What hangs off a deleted source goes out of sight with it (matching filters on the required ends).
        builder.Entity<Citation>().HasQueryFilter(SoftDelete.Filter, c => c.Source.DeletedAt == null);
        builder.Entity<Features.Intake.Proposal>().HasQueryFilter(SoftDelete.Filter, p => p.Source.DeletedAt == null);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite hands DateTime back without a kind; everything stored is UTC, so say so (serialised with a "Z").
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    /// <summary>Stamps the changes, saves them and writes their history, in one transaction.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Inside a caller's transaction the caller already holds SQLite's write lock (BEGIN IMMEDIATE).
        using var turn = Database.CurrentTransaction is null && AppService<SqliteWriteGate>() is { } gate ? await gate.EnterAsync(cancellationToken) : null;
        StampChanges();
        var pending = AuditTrail.Capture(ChangeTracker);
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        AuditEntries.AddRange(AuditTrail.Complete(pending, AuditTrail.Actor(HttpContextAccessor()), DateTime.UtcNow));
        await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        using var turn = Database.CurrentTransaction is null ? AppService<SqliteWriteGate>()?.Enter() : null;
        StampChanges();
        var pending = AuditTrail.Capture(ChangeTracker);
        if (pending.Count == 0)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        AuditEntries.AddRange(AuditTrail.Complete(pending, AuditTrail.Actor(HttpContextAccessor()), DateTime.UtcNow));
        base.SaveChanges(acceptAllChangesOnSuccess);
        transaction?.Commit();
        return saved;
    }

    /// <summary>The app's accessor when the context runs inside the web app; none in bare tests and tools.</summary>
    private IHttpContextAccessor? HttpContextAccessor() => AppService<IHttpContextAccessor>();

    private T? AppService<T>() where T : class =>
        this.GetInfrastructure().GetService<IDbContextOptions>()?.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<T>();

    /// <summary>Sets timestamps and bumps the concurrency token, so no caller can forget to.</summary>
    private void StampChanges()
    {
        var now = DateTime.UtcNow;
        foreach (var entry in ChangeTracker.Entries().ToList())
        {
            // Deleting a statement, source or observation hides it; an admin can bring it back (undelete).
            if (entry is { Entity: ISoftDeletable deletable, State: EntityState.Deleted })
            {
                entry.State = EntityState.Unchanged;
                deletable.DeletedAt = now;
                entry.Property(nameof(ISoftDeletable.DeletedAt)).IsModified = true;
            }
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The history is append-only: audit entries cannot be changed or deleted.");
            }
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
