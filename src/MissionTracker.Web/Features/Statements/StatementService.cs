using System.Linq.Expressions;
using MissionTracker.Web.Data;
using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Data.Sqlite;
using MissionTracker.Web.Infrastructure.Api;
using MissionTracker.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Features.Statements;

/// <summary>Statements: the queries and rules for the pages and the API.</summary>
/// <param name="db">The database.</param>
/// <param name="records">Keeps the statements' JSON for the API's lists (none in tests that build the service alone).</param>
public sealed class StatementService(MissionTrackerDbContext db, RecordJsonCache? records = null)
    : ResourceService<Statement, StatementDto, StatementInput, StatementFilter>(db)
{
    private static readonly SortOptions<Statement> Sorts = new SortOptions<Statement>("-saidOn")
        .Add("saidOn", s => s.SaidOn)
        .Add("updatedAt", s => s.UpdatedAt)
        .Add("id", s => s.Id);

    protected override string Noun => "statement";

    protected override Expression<Func<Statement, StatementDto>> Projection => StatementDto.Projection;

    protected override IQueryable<Statement> ForUpdate => Db.Statements.Include(s => s.Citations).Include(s => s.Missions);

    private static readonly Func<Statement, StatementDto> ProjectSaved = StatementDto.Projection.Compile();

    /// <remarks><see cref="ApplyAsync"/> loads the speaker, the organisation and the missions, and sets the citations.</remarks>
    protected override StatementDto? AsSaved(Statement statement) => ProjectSaved(statement);

    protected override (RecordJsonCache Cache, string Tag)? RecordJson => records is null ? null : (records, CacheTags.Statements);


    /// <summary>
    /// A mission's links to read first, at most: below this many, <see cref="LatestAsync"/> reads the mission's
    /// statements through its links and sorts them, rather than walking every statement newest first.
    /// </summary>
    internal int FewLinks { get; init; } = 2_000;

    /// <summary>The most recent statements, optionally those about one mission, newest first.</summary>
    public async Task<IReadOnlyList<StatementDto>> LatestAsync(int count, string? missionSlug, CancellationToken cancellationToken)
    {
        // Filter's mission test walks the statements newest first and looks up each one's link: for a mission with many
        // statements it stops after a few (3 ms), for one with few among many it reads them all (NMI's 8 among
        // 100,000: 35-150 ms). Reading the mission's links first is the reverse (0.4 ms and 2-5 ms for 5,000), so a
        // mission with few links is read that way; the count stops at FewLinks + 1.
        var throughLinks = missionSlug is { Length: > 0 } && await LinksOf(missionSlug).Take(FewLinks + 1).CountAsync(cancellationToken) <= FewLinks;
        IQueryable<Statement> query;
        if (throughLinks)
        {
            var linked = LinksOf(missionSlug!).Select(l => EF.Property<int>(l, "StatementId"));
            query = Db.Statements.Where(s => linked.Contains(s.Id));
        }
        else
        {
            query = Filter(new StatementFilter { Mission = missionSlug }, new ValidationErrors());
        }
        // Ids first, then the rows by id: each collection's query (split) would otherwise repeat the filter and the sort.
        var ids = await query.AsNoTracking()
            .OrderByDescending(s => s.SaidOn).ThenByDescending(s => s.Id)
            .Take(count)
            .Select(s => s.Id)
            .ToListAsync(cancellationToken);
        return await ByIdsAsync(ids, cancellationToken);
    }

    /// <summary>The rows linking statements to the mission (the many-to-many table of <see cref="Statement.Missions"/>).</summary>
    private IQueryable<Dictionary<string, object>> LinksOf(string missionSlug)
    {
        var missionId = Db.Missions.IdOf(missionSlug);
        return Db.Set<Dictionary<string, object>>(StatementConfiguration.MissionLinks)
            .Where(l => EF.Property<int>(l, "MissionsId") == missionId.FirstOrDefault());
    }

    protected override IQueryable<Statement> Filter(StatementFilter filter, ValidationErrors errors)
    {
        var match = SqliteDialect.MatchQuery(filter.Q);
        var query = match is null ? Db.Statements : SqliteDialect.Matching(Db.Statements, SqliteDialect.StatementText, match);
        if (filter.Mission is { Length: > 0 } mission)
        {
            var missionId = Db.Missions.IdOf(mission);
            query = query.Where(s => s.Missions.Any(m => m.Id == missionId.FirstOrDefault()));
        }
        if (filter.Speaker is { Length: > 0 } speaker)
        {
            query = int.TryParse(speaker, out var speakerId)
                ? query.Where(s => s.SpeakerId == speakerId)
                : query.Where(s => s.Speaker != null && EF.Functions.Like(s.Speaker.Name, QueryFilters.LikeExactly(speaker), "\\"));
        }
        if (filter.Country is { Length: > 0 } country)
        {
            // A statement belongs to a country through its speaker's offices or the organisation quoted.
            var code = country.ToUpperInvariant();
            query = query.Where(s =>
                (s.Speaker != null && s.Speaker.Roles.Any(r => r.Country != null && r.Country.Code == code)) ||
                (s.Organisation != null && s.Organisation.Country != null && s.Organisation.Country.Code == code));
        }
        if (QueryFilters.ParseEnum<StatementKind>("kind", filter.Kind, errors) is { } kind)
        {
            query = query.Where(s => s.Kind == kind);
        }
        return query.Between(s => s.SaidOn, filter.From, filter.To);
    }

    protected override SortOptions<Statement> SortsFor(StatementFilter filter) => SqliteDialect.MatchQuery(filter.Q) is { } match
        ? Sorts.WithJoined("relevance", SqliteDialect.Ranks(Db, SqliteDialect.StatementText, match), "relevance")
        : Sorts;

    protected override async Task ApplyAsync(Statement statement, StatementInput input, ValidationErrors errors, CancellationToken cancellationToken)
    {
        statement.Text = errors.Required("text", input.Text, FieldLengths.StatementText);
        statement.SaidOn = errors.Required("saidOn", input.SaidOn);
        statement.Kind = errors.Required("kind", input.Kind);
        statement.SpeakerRole = errors.Optional("speakerRole", input.SpeakerRole, FieldLengths.Role);
        statement.Occasion = errors.Optional("occasion", input.Occasion, FieldLengths.Title);
        statement.Topics = [.. (input.Topics ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim())];
        statement.OrganisationId = input.OrganisationId;
        statement.Organisation = null;
        if (input.OrganisationId is { } organisationId)
        {
            statement.Organisation = await OrganisationById.For(Db)(Db, organisationId, cancellationToken);
            if (statement.Organisation is null)
            {
                errors.Add("organisationId", $"No organisation has the id {organisationId}.");
            }
        }
        await ApplySpeakerAsync(statement, input, errors, cancellationToken);
        var missions = await Db.MissionsAsync("missions", input.Missions, errors, cancellationToken);
        statement.Missions.Clear();
        statement.Missions.AddRange(missions);
        Db.ReplaceCitations(statement.Citations, await Db.CitationsAsync(input.SourceIds, input.Citations, errors, cancellationToken));
    }

    private static readonly PerModel<Func<MissionTrackerDbContext, int, CancellationToken, Task<People.Person?>>> PersonById = new(() =>
        EF.CompileAsyncQuery((MissionTrackerDbContext db, int id, CancellationToken _) => db.People.FirstOrDefault(p => p.Id == id)));

    private static readonly PerModel<Func<MissionTrackerDbContext, string, CancellationToken, Task<People.Person?>>> PersonByName = new(() =>
        EF.CompileAsyncQuery((MissionTrackerDbContext db, string name, CancellationToken _) => db.People.FirstOrDefault(p => p.Name == name)));

    private static readonly PerModel<Func<MissionTrackerDbContext, int, CancellationToken, Task<Organisations.Organisation?>>> OrganisationById = new(() =>
        EF.CompileAsyncQuery((MissionTrackerDbContext db, int id, CancellationToken _) => db.Organisations.FirstOrDefault(o => o.Id == id)));

    /// <summary>The speaker by id, or by name (an unknown name creates the person); none only when an organisation is quoted.</summary>
    private async Task ApplySpeakerAsync(Statement statement, StatementInput input, ValidationErrors errors, CancellationToken cancellationToken)
    {
        // The speaker is loaded (tracked, unchanged), so that the answer shows the name without reading the statement back.
        if (input.SpeakerId is { } speakerId)
        {
            statement.Speaker = await PersonById.For(Db)(Db, speakerId, cancellationToken);
            if (statement.Speaker is null)
            {
                errors.Add("speakerId", $"No person has the id {speakerId}.");
            }
            statement.SpeakerId = speakerId;
            return;
        }
        var name = errors.Optional("speakerName", input.SpeakerName, FieldLengths.Name);
        if (name is null)
        {
            if (input.OrganisationId is null)
            {
                errors.Add("speakerName", "Name the speaker (speakerName or speakerId), or the organisation quoted (organisationId).");
            }
            statement.SpeakerId = null;
            statement.Speaker = null;
            return;
        }
        if (await PersonByName.For(Db)(Db, name, cancellationToken) is { } existing)
        {
            statement.SpeakerId = existing.Id;
            statement.Speaker = existing;
        }
        else
        {
            statement.Speaker = new People.Person { Name = name };
        }
    }
}
