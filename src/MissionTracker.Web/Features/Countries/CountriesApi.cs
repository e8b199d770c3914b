using MissionTracker.Web.Features.Strength;
using MissionTracker.Web.Infrastructure.Caching;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MissionTracker.Web.Features.Countries;

public static class CountriesApi
{
    private static readonly ResourceRoute Route = new("countries", "code", "Country", "Countries",
        "Countries by ISO 3166-1 alpha-2 code (seeded from the ISO list).");

    public static RouteGroupBuilder MapCountriesApi(this RouteGroupBuilder api)
    {
        var group = api.MapResource<CountryService, CountryDto, CountryDto, CountryInput, CountryFilter>(Route, CountryInput.Example);
        group.MapGet("/{code}/contingents", GetContingents).WithName("GetCountryContingents")
            .WithSummary("Where a country's troops were on a date")
            .WithDescription("For each mission, the country's latest strength observation at or before `asOf` (default today), with its sources.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AddReadResponses()
            .CacheData(CacheTags.Countries);
        return api;
    }

    private static async Task<Results<Ok<CountryContingentsDto>, ProblemHttpResult>> GetContingents(
        string code, DateOnly? asOf, CountryService countries, StrengthService strength, TimeProvider clock, CancellationToken cancellationToken)
    {
        var country = await countries.GetAsync(code, cancellationToken);
        if (country is null)
        {
            return Problems.NotFound($"No country has the code '{code}'.");
        }
        var date = asOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return TypedResults.Ok(new CountryContingentsDto(country.Code, country.Name, date, await strength.ForCountryAsync(country.Code, date, cancellationToken)));
    }
}
