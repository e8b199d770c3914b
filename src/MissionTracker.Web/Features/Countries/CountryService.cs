using System.Linq.Expressions;
using MissionTracker.Web.Data;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Features.Countries;

/// <summary>Countries, addressed by ISO code.</summary>
public sealed class CountryService(MissionTrackerDbContext db) : ResourceService<Country, CountryDto, CountryInput, CountryFilter>(db)
{
    private static readonly SortOptions<Country> Sorts = new SortOptions<Country>("code")
        .Add("code", c => c.Code)
        .Add("name", c => c.Name)
        .Add("updatedAt", c => c.UpdatedAt);

    protected override string Noun => "country";

    protected override Expression<Func<Country, CountryDto>> Projection => CountryDto.Projection;

    protected override Expression<Func<Country, bool>> HasKey(string key)
    {
        var code = key.ToUpperInvariant();
        return c => c.Code == code;
    }

    protected override string KeyOf(Country entity) => entity.Code;

    protected override SortOptions<Country> SortsFor(CountryFilter filter) => Sorts;

    protected override IQueryable<Country> Filter(CountryFilter filter, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(filter.Q))
        {
            return Db.Countries;
        }
        var q = filter.Q.Trim();
        var code = q.ToUpperInvariant();
        return Db.Countries.Where(c => c.Code == code || EF.Functions.Like(c.Name, q + "%"));
    }

    protected override Task ApplyAsync(Country country, CountryInput input, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var code = errors.Required("code", input.Code, FieldLengths.CountryCode).ToUpperInvariant();
        if (code.Length != FieldLengths.CountryCode || !code.All(char.IsAsciiLetterUpper))
        {
            errors.Add("code", "Give the two-letter ISO 3166-1 code.");
        }
        else if (country.Id != 0 && code != country.Code)
        {
            errors.Add("code", "A country's code cannot change; create the other country instead.");
        }
        country.Code = code;
        country.Name = errors.Required("name", input.Name, FieldLengths.Name);
        country.Demonyms = [.. (input.Demonyms ?? []).Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => d.Trim())];
        return Task.CompletedTask;
    }
}
