using System.Linq.Expressions;
using MissionTracker.Web.Data;
using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Features.Organisations;

/// <summary>Organisations: alliances, governments, armed forces.</summary>
public sealed class OrganisationService(MissionTrackerDbContext db) : ResourceService<Organisation, OrganisationDto, OrganisationInput, OrganisationFilter>(db)
{
    private static readonly SortOptions<Organisation> Sorts = new SortOptions<Organisation>("name")
        .Add("name", o => o.Name)
        .Add("updatedAt", o => o.UpdatedAt)
        .Add("id", o => o.Id);

    protected override string Noun => "organisation";

    protected override Expression<Func<Organisation, OrganisationDto>> Projection => OrganisationDto.Projection;



    protected override SortOptions<Organisation> SortsFor(OrganisationFilter filter) => Sorts;

    protected override IQueryable<Organisation> Filter(OrganisationFilter filter, ValidationErrors errors)
    {
        IQueryable<Organisation> query = Db.Organisations;
        if (filter.Country is { Length: > 0 } country)
        {
            var code = country.ToUpperInvariant();
            query = query.Where(o => o.Country != null && o.Country.Code == code);
        }
        if (QueryFilters.ParseEnum<OrganisationKind>("kind", filter.Kind, errors) is { } kind)
        {
            query = query.Where(o => o.Kind == kind);
        }
        return query;
    }

    protected override async Task ApplyAsync(Organisation organisation, OrganisationInput input, ValidationErrors errors, CancellationToken cancellationToken)
    {
        organisation.Name = errors.Required("name", input.Name, FieldLengths.Name);
        organisation.Acronym = errors.Optional("acronym", input.Acronym, FieldLengths.Acronym);
        organisation.Kind = input.Kind ?? OrganisationKind.Other;
        organisation.Country = await Db.CountryAsync("countryCode", input.CountryCode, errors, cancellationToken);
        organisation.CountryId = organisation.Country?.Id;
    }
}
