using System.Linq.Expressions;
using MissionTracker.Web.Data;
using MissionTracker.Web.Data.Sqlite;
using MissionTracker.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Infrastructure.Api;

/// <summary>Filters every list takes.</summary>
public class ListFilter
{
    /// <summary>Only rows changed at or after this instant (UTC), for incremental sync.</summary>
    public DateTime? UpdatedSince { get; set; }
}

/// <summary>What the API asks of a feature service: list, read, create, replace and delete one kind of record.</summary>
public interface IResource<TItem, TDto, TInput, TFilter>
{
    IListing<TItem> List(TFilter filter, ValidationErrors errors);
    Task<TDto?> GetAsync(string key, CancellationToken cancellationToken);
    Task<Outcome<TDto>> CreateAsync(TInput input, CancellationToken cancellationToken);
    Task<Outcome<TDto>> ReplaceAsync(string key, TInput input, long? expectedVersion, CancellationToken cancellationToken);
    Task<Outcome<bool>> DeleteAsync(string key, long? expectedVersion, CancellationToken cancellationToken);
}

/// <summary>
/// The create/replace/delete rules every editable record shares: validate and apply the input, check the expected version,
/// save once (one transaction), and turn concurrency conflicts and broken constraints into outcomes rather than exceptions.
/// </summary>
public abstract class ResourceService<TEntity, TItem, TDto, TInput, TFilter>(MissionTrackerDbContext db)
    : IResource<TItem, TDto, TInput, TFilter> where TEntity : Entity, new() where TFilter : ListFilter
{
    protected MissionTrackerDbContext Db => db;

    /// <summary>"statement", "mission": used in messages.</summary>
    protected abstract string Noun { get; }

    /// <summary>How the API addresses a record: by id unless the feature says otherwise (slug, ISO code).</summary>
    protected virtual Expression<Func<TEntity, bool>> HasKey(string key) =>
        int.TryParse(key, out var id) ? e => e.Id == id : e => false;

    protected virtual string KeyOf(TEntity entity) => entity.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Validates <paramref name="input"/> and copies it onto <paramref name="entity"/> (new or tracked).</summary>
    protected abstract Task ApplyAsync(TEntity entity, TInput input, ValidationErrors errors, CancellationToken cancellationToken);

    /// <summary>The tracked query a replacement loads from: include the collections <see cref="ApplyAsync"/> replaces.</summary>
    protected virtual IQueryable<TEntity> ForUpdate => db.Set<TEntity>();

    public abstract IListing<TItem> List(TFilter filter, ValidationErrors errors);

    public abstract Task<TDto?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Rows changed at or after <see cref="ListFilter.UpdatedSince"/> (at, so a sync that passes the last updatedAt it saw misses nothing).</summary>
    protected static IQueryable<TEntity> Changed(IQueryable<TEntity> query, TFilter filter) =>
        filter.UpdatedSince is { } since ? query.Where(e => e.UpdatedAt >= since.ToUniversalTime()) : query;

    public async Task<Outcome<TDto>> CreateAsync(TInput input, CancellationToken cancellationToken)
    {
        var entity = new TEntity();
        var errors = new ValidationErrors();
        await using (await db.OnReadConnectionAsync(cancellationToken))
        {
            await ApplyAsync(entity, input, errors, cancellationToken);
            if (errors.Any)
            {
                return Outcome<TDto>.Invalid(errors);
            }
            db.Set<TEntity>().Add(entity);
            if (await BeforeCreateAsync(entity, cancellationToken) is { } refused)
            {
                db.Entry(entity).State = EntityState.Detached;
                return refused;
            }
        }
        return await SaveAsync(entity, null, cancellationToken);
    }

    /// <summary>
    /// Runs when a new, valid record is about to be saved: return an outcome to refuse it (a duplicate, say), or add
    /// what comes with it to the context so that it is saved in the same transaction.
    /// </summary>
    protected virtual Task<Outcome<TDto>?> BeforeCreateAsync(TEntity entity, CancellationToken cancellationToken) =>
        Task.FromResult<Outcome<TDto>?>(null);

    public async Task<Outcome<TDto>> ReplaceAsync(string key, TInput input, long? expectedVersion, CancellationToken cancellationToken)
    {
        TEntity? entity;
        await using (await db.OnReadConnectionAsync(cancellationToken))
        {
            entity = await ForUpdate.FirstOrDefaultAsync(HasKey(key), cancellationToken);
            if (entity is null)
            {
                return Outcome<TDto>.NotFound(NotFoundDetail(key));
            }
            if (StaleVersion(entity, expectedVersion) is { } stale)
            {
                return stale.Cast<TDto>();
            }
            var errors = new ValidationErrors();
            await ApplyAsync(entity, input, errors, cancellationToken);
            if (errors.Any)
            {
                return Outcome<TDto>.Invalid(errors);
            }
        }
        // A change of collections alone still bumps the version.
        db.Entry(entity).Property(e => e.UpdatedAt).IsModified = true;
        return await SaveAsync(entity, expectedVersion, cancellationToken);
    }

    public async Task<Outcome<bool>> DeleteAsync(string key, long? expectedVersion, CancellationToken cancellationToken)
    {
        var entity = await db.Set<TEntity>().FirstOrDefaultAsync(HasKey(key), cancellationToken);
        if (entity is null)
        {
            return Outcome<bool>.NotFound(NotFoundDetail(key));
        }
        if (StaleVersion(entity, expectedVersion) is { } stale)
        {
            return stale;
        }
        if (await StillReferencedAsync(entity, cancellationToken) is { } references)
        {
            return Outcome<bool>.Conflict(references);
        }
        db.Remove(entity);
        return await TrySaveAsync(expectedVersion, cancellationToken) ?? Outcome<bool>.Ok(true, key);
    }

    /// <summary>
    /// Why the record cannot go yet, or null. Soft-deleted records keep their rows, so the database's foreign keys no longer
    /// refuse the delete of something still referred to; a feature whose records are referred to says so here.
    /// </summary>
    protected virtual Task<string?> StillReferencedAsync(TEntity entity, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    protected string NotFoundDetail(string key) => $"No {Noun} has the key '{key}'.";

    protected Outcome<bool>? StaleVersion(TEntity entity, long? expectedVersion) =>
        expectedVersion is { } expected && expected != entity.Version
            ? Outcome<bool>.PreconditionFailed($"The {Noun} is at version {entity.Version}, not {expected}; read it again before changing it.")
            : null;

    /// <summary>Saves, then answers with the record as the API shows it: from the saved entity when the feature can, else read back.</summary>
    protected async Task<Outcome<TDto>> SaveAsync(TEntity entity, long? expectedVersion, CancellationToken cancellationToken)
    {
        if (await TrySaveAsync(expectedVersion, cancellationToken) is { } failure)
        {
            return failure.Cast<TDto>();
        }
        var key = KeyOf(entity);
        return Outcome<TDto>.Ok(AsSaved(entity) ?? (await GetAsync(key, cancellationToken))!, key);
    }

    /// <summary>
    /// The DTO of a record just saved, built from the tracked entity (no read-back query), or null to read it back. Override
    /// only where <see cref="ApplyAsync"/> leaves every navigation the DTO shows loaded on the entity.
    /// </summary>
    protected virtual TDto? AsSaved(TEntity entity) => default;

    /// <summary>Saves the change set in one transaction; null on success.</summary>
    protected async Task<Outcome<bool>?> TrySaveAsync(long? expectedVersion, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            const string detail = "was changed by someone else while this request ran; read it again and retry.";
            return expectedVersion is null
                ? Outcome<bool>.Conflict($"The {Noun} {detail}")
                : Outcome<bool>.PreconditionFailed($"The {Noun} {detail}");
        }
        catch (DbUpdateException e) when (SqliteDialect.IsConstraintViolation(e))
        {
            return Outcome<bool>.Conflict($"The {Noun} conflicts with another record (a duplicate key, or records that still refer to it).");
        }
    }
}

/// <summary>A <see cref="ResourceService{TEntity, TItem, TDto, TInput, TFilter}"/> whose lists and reads use the same DTO.</summary>
public abstract class ResourceService<TEntity, TDto, TInput, TFilter>(MissionTrackerDbContext db)
    : ResourceService<TEntity, TDto, TDto, TInput, TFilter>(db) where TEntity : Entity, new() where TFilter : ListFilter
{
    /// <summary>The one mapping of the entity to its DTO, run in SQL.</summary>
    protected abstract Expression<Func<TEntity, TDto>> Projection { get; }

    /// <summary>The filtered rows (tracking is turned off afterwards).</summary>
    protected abstract IQueryable<TEntity> Filter(TFilter filter, ValidationErrors errors);

    protected abstract SortOptions<TEntity> SortsFor(TFilter filter);

    /// <summary>
    /// The record cache and the output-cache tag under which it keeps this resource's list items as JSON, or null to keep
    /// none. Only for DTOs that change with a write and nothing else (not "as of today"): the cache has no expiry.
    /// </summary>
    protected virtual (RecordJsonCache Cache, string Tag)? RecordJson => null;

    public override IListing<TDto> List(TFilter filter, ValidationErrors errors) =>
        new Listing<TEntity, TDto>(Changed(Filter(filter, errors), filter).AsNoTracking(), Projection, SortsFor(filter), Db.Set<TEntity>().AsNoTracking())
        {
            RecordJson = RecordJson,
        };

    /// <summary>The records of <paramref name="ids"/> that exist, in that order: one query for them all, not one per id.</summary>
    public async Task<IReadOnlyList<TDto>> ByIdsAsync(IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var rows = await Rows.ByIdAsync(Db.Set<TEntity>().AsNoTracking(), Projection, wanted, cancellationToken);
        return [.. wanted.Where(rows.ContainsKey).Select(id => rows[id])];
    }

    /// <remarks>Split, as the lists are (see <see cref="SortKey{TEntity}"/>): one row, then each collection by its index.</remarks>
    public override Task<TDto?> GetAsync(string key, CancellationToken cancellationToken) =>
        Db.Set<TEntity>().AsNoTracking().Where(HasKey(key)).AsSplitQuery().Select(Projection).FirstOrDefaultAsync(cancellationToken);
}
