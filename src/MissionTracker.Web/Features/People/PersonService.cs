using System.Linq.Expressions;
using MissionTracker.Web.Data;
using MissionTracker.Web.Data.Sqlite;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Features.People;

/// <summary>People: speakers and office holders.</summary>
public sealed class PersonService(MissionTrackerDbContext db) : ResourceService<Person, PersonDto, PersonInput, PersonFilter>(db)
{
    private static readonly SortOptions<Person> Sorts = new SortOptions<Person>("name")
        .Add("name", p => p.Name)
        .Add("updatedAt", p => p.UpdatedAt)
        .Add("id", p => p.Id);

    protected override string Noun => "person";

    protected override Expression<Func<Person, PersonDto>> Projection => PersonDto.Projection;

    protected override IQueryable<Person> ForUpdate => Db.People.Include(p => p.Roles);



    protected override IQueryable<Person> Filter(PersonFilter filter, ValidationErrors errors) =>
        SqliteDialect.MatchQuery(filter.Q) is { } match ? SqliteDialect.Matching(Db.People, SqliteDialect.PersonName, match) : Db.People;

    protected override SortOptions<Person> SortsFor(PersonFilter filter) => SqliteDialect.MatchQuery(filter.Q) is { } match
        ? Sorts.WithJoined("relevance", SqliteDialect.Ranks(Db, SqliteDialect.PersonName, match), "relevance")
        : Sorts;

    protected override async Task ApplyAsync(Person person, PersonInput input, ValidationErrors errors, CancellationToken cancellationToken)
    {
        person.Name = errors.Required("name", input.Name, FieldLengths.Name);
        var roles = new List<PersonRole>();
        foreach (var (role, i) in (input.Roles ?? []).Select((r, i) => (r, i)))
        {
            var field = $"roles[{i}]";
            if (role is null)
            {
                errors.Add(field, "A role cannot be null.");
                continue;
            }
            if (role.From is { } from && role.To is { } to && from > to)
            {
                errors.Add($"{field}.to", "The end of a role comes after its start.");
            }
            if (role.OrganisationId is { } organisationId && !await Db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
            {
                errors.Add($"{field}.organisationId", $"No organisation has the id {organisationId}.");
            }
            roles.Add(new PersonRole
            {
                Title = errors.Required($"{field}.title", role.Title, FieldLengths.Role),
                OrganisationId = role.OrganisationId,
                Country = await Db.CountryAsync($"{field}.countryCode", role.CountryCode, errors, cancellationToken),
                From = role.From,
                To = role.To,
            });
        }
        person.Roles.Clear();
        person.Roles.AddRange(roles);
    }
}
