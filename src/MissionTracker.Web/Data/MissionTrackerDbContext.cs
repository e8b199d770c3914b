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
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MissionTracker.Web.Infrastructure.Caching;
using System.Data.Common;

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

    /// <summary>
    /// Stamps the changes, saves them and writes their history, in one transaction; once committed, evicts the cached
    /// answers that showed what changed. This is the one place every write goes through, so no cached read is ever stale.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampChanges();
        // The stamps are the last change: detected once here, not again by every look at the entries below.
        ChangeTracker.DetectChanges();
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        HashSet<string> stale;
        List<AuditTrail.Pending> pending;
        List<EntityEntry>? added;
        try
        {
            stale = StaleCacheTags();
            pending = _recordHistory ? AuditTrail.Capture(ChangeTracker) : [];
            // Only a save with history outside a caller's transaction can go to the write gate, where rows are inserted directly.
            added = pending.Count > 0 && Database.CurrentTransaction is null ? AddedRows.Plan(ChangeTracker) : null;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
        int saved;
        if (pending.Count == 0)
        {
            saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        else if (Database.CurrentTransaction is not null)
        {
            // Inside a caller's transaction the caller already holds SQLite's write lock (BEGIN IMMEDIATE).
            saved = await SaveWithHistoryAsync(pending, Actor(), acceptAllChangesOnSuccess, cancellationToken);
        }
        else if (AppService<SqliteWriteGate>() is { } gate && Database.GetDbConnection().State == System.Data.ConnectionState.Closed)
        {
            // One writer at a time, and the saves queued meanwhile committed together (see SqliteWriteGate): writers
            // racing for SQLite's lock back off in sleeps of up to 100 ms (busy_timeout), one commit per save costs the
            // WAL writes of every index and full-text page it touched.
            var actor = Actor();
            saved = await gate.WriteAsync((connection, transaction) => SaveOnAsync(connection, transaction, pending, added, actor, acceptAllChangesOnSuccess), cancellationToken);
        }
        else
        {
            await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
            saved = await SaveWithHistoryAsync(pending, Actor(), acceptAllChangesOnSuccess, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        EvictWhenCommitted(stale);
        return saved;
    }

    /// <summary>
    /// Saves on the write gate's connection, inside its group transaction, then hands the context its own connection back.
    /// The gate wraps the save in a savepoint, so EF's own savepoint per save is turned off meanwhile. A save that only adds
    /// rows (<paramref name="added"/>, see <see cref="AddedRows"/>) is written with the connection's prepared commands.
    /// </summary>
    private async Task<int> SaveOnAsync(DbConnection connection, DbTransaction transaction, List<AuditTrail.Pending> pending, List<EntityEntry>? added,
        string actor, bool acceptAllChangesOnSuccess)
    {
        var savepoints = Database.AutoSavepointsEnabled;
        using var lent = On(connection);
        try
        {
            await Database.UseTransactionAsync(transaction);
            Database.AutoSavepointsEnabled = false;
            Func<string, DbCommand>? commands = added is not null && PreparedCommandInterceptor.KeptFor(connection) is { } prepared
                ? text => prepared.For(text, (Microsoft.Data.Sqlite.SqliteTransaction)transaction)
                : null;
            // Not the request's token: the other saves of the group must not fail because this caller went away.
            return await SaveWithHistoryAsync(pending, actor, acceptAllChangesOnSuccess, CancellationToken.None, commands is null ? null : (added!, commands));
        }
        finally
        {
            Database.AutoSavepointsEnabled = savepoints;
            await Database.UseTransactionAsync(null);
        }
    }

    /// <summary>
    /// Points the context at <paramref name="connection"/> (open, not its own) until the result is disposed, which hands
    /// the context its own connection back and then <paramref name="lease"/>, if any.
    /// </summary>
    private OwnConnectionBack On(DbConnection connection, IDisposable? lease = null)
    {
        var own = Database.GetConnectionString();
        Database.SetDbConnection(connection);
        return new OwnConnectionBack(this, own, lease);
    }

    private sealed class OwnConnectionBack(MissionTrackerDbContext db, string? own, IDisposable? lease) : IDisposable, IAsyncDisposable
    {
        public void Dispose()
        {
            db.Database.SetDbConnection(null);
            db.Database.SetConnectionString(own);
            lease?.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }

    /// <remarks>
    /// The changes were detected just before (in <see cref="SaveChangesAsync(bool, CancellationToken)"/>), so EF does not look for them again: this
    /// runs on the writer's turn, where every microsecond is spent once per write, one write after another.
    /// </remarks>
    private async Task<int> SaveWithHistoryAsync(List<AuditTrail.Pending> pending, string actor, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken,
        (List<EntityEntry> Rows, Func<string, DbCommand> Commands)? added = null)
    {
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var saved = added is { } a
                ? await AddedRows.InsertAsync(this, a.Rows, a.Commands, acceptAllChangesOnSuccess)
                : await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            var entries = AuditTrail.Complete(pending, actor, DateTime.UtcNow).ToList();
            if (added is { } direct)
            {
                await AddedRows.InsertUntrackedAsync(this, entries, direct.Commands);
            }
            else
            {
                await Database.ExecuteSqlRawAsync(AuditEntrySql.Insert(entries.Count), AuditEntrySql.Values(entries), cancellationToken);
            }
            return saved;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>
    /// Runs the context's queries on one of the app's kept read connections (<see cref="SqliteReadConnections"/>) until the
    /// result is disposed; outside the web app, or when the context's own connection is in use, nothing changes. For a
    /// list page, and for the lookups a write makes before it saves (its speaker, missions, sources): dispose it before
    /// saving, which runs on the write gate's connection.
    /// </summary>
    public async Task<IAsyncDisposable> OnReadConnectionAsync(CancellationToken cancellationToken)
    {
        if (AppService<SqliteReadConnections>() is not { } readers || Database.GetDbConnection().State != System.Data.ConnectionState.Closed)
        {
            return NothingToHandBack.Instance;
        }
        var lease = await readers.LeaseAsync(cancellationToken);
        return On(lease.Connection, lease);
    }

    private sealed class NothingToHandBack : IAsyncDisposable
    {
        public static readonly NothingToHandBack Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>Who is saving: read on the caller's request, before the save may run on another request's turn.</summary>
    private string Actor() => AuditTrail.Actor(HttpContextAccessor());

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        // The synchronous path writes alone, in its own transaction, between the gate's groups.
        using var turn = Database.CurrentTransaction is null ? AppService<SqliteWriteGate>()?.Enter() : null;
        StampChanges();
        var stale = StaleCacheTags();
        var pending = _recordHistory ? AuditTrail.Capture(ChangeTracker) : [];
        int saved;
        if (pending.Count == 0)
        {
            saved = base.SaveChanges(acceptAllChangesOnSuccess);
        }
        else
        {
            using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
            saved = base.SaveChanges(acceptAllChangesOnSuccess);
            var entries = AuditTrail.Complete(pending, Actor(), DateTime.UtcNow).ToList();
            Database.ExecuteSqlRaw(AuditEntrySql.Insert(entries.Count), AuditEntrySql.Values(entries));
            transaction?.Commit();
        }
        EvictWhenCommitted(stale);
        return saved;
    }

    private bool _recordHistory = true;

    /// <summary>
    /// Saves write no history of each record until the result is disposed: for bulk loads of synthetic records, which are
    /// nobody's edits (the loader records one entry for the whole load instead).
    /// </summary>
    internal IDisposable WithoutHistory()
    {
        _recordHistory = false;
        return new HistoryBack(this);
    }

    private sealed class HistoryBack(MissionTrackerDbContext db) : IDisposable
    {
        public void Dispose() => db._recordHistory = true;
    }

    /// <summary>Output-cache tags made stale by the pending changes and not yet evicted (their transaction is still open).</summary>
    private readonly HashSet<string> _staleTags = new(StringComparer.Ordinal);

    private HashSet<string> StaleCacheTags()
    {
        if (Database.CurrentTransaction is null)
        {
            // Left over from a transaction that was rolled back (or from the pooled context's previous use).
            _staleTags.Clear();
        }
        return Infrastructure.Caching.CacheTags.Affected(ChangeTracker);
    }

    /// <summary>Evicts now when the save committed; inside a caller's transaction, when it commits (see <see cref="CacheEvictionInterceptor"/>).</summary>
    private void EvictWhenCommitted(HashSet<string> tags)
    {
        _staleTags.UnionWith(tags);
        if (Database.CurrentTransaction is null)
        {
            EvictStaleTags();
        }
    }

    internal void EvictStaleTags()
    {
        if (_staleTags.Count > 0)
        {
            ApplicationServices()?.GetService<ResponseCacheStore>()?.Evict(_staleTags);
        }
        _staleTags.Clear();
    }

    internal void ForgetStaleTags() => _staleTags.Clear();

    private IServiceProvider? ApplicationServices() =>
        this.GetInfrastructure().GetService<IDbContextOptions>()?.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;

    /// <summary>The app's accessor when the context runs inside the web app; none in bare tests and tools.</summary>
    private IHttpContextAccessor? HttpContextAccessor() => AppService<IHttpContextAccessor>();

    private T? AppService<T>() where T : class => ApplicationServices()?.GetService<T>();

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

/// <summary>Evicts the cached answers a transaction made stale once it commits (and forgets them when it rolls back).</summary>
internal sealed class CacheEvictionInterceptor : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as MissionTrackerDbContext)?.EvictStaleTags();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as MissionTrackerDbContext)?.EvictStaleTags();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as MissionTrackerDbContext)?.ForgetStaleTags();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as MissionTrackerDbContext)?.ForgetStaleTags();
        return Task.CompletedTask;
    }
}
