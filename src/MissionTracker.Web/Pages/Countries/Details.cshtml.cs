using MissionTracker.Web.Features.Countries;
using MissionTracker.Web.Features.Events;
using MissionTracker.Web.Features.History;
using MissionTracker.Web.Features.Strength;
using MissionTracker.Web.Features.Transfers;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages.Countries;

public sealed class DetailsModel(CountryService countries, StrengthService strength, TransferService transfers, EventService events, HistoryService history) : PageModel
{
    public CountryDto Country { get; private set; } = null!;
    public IReadOnlyList<ContingentDto> Contingents { get; private set; } = [];
    public IReadOnlyList<TransferDto> Transfers { get; private set; } = [];
    public IReadOnlyList<EventDto> Events { get; private set; } = [];
    public IReadOnlyList<AuditEntryDto> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var country = await countries.GetAsync(code, cancellationToken);
        if (country is null)
        {
            return NotFound();
        }
        Country = country;
        Contingents = await strength.List(new StrengthObservationFilter { Country = country.Code }, new ValidationErrors()).AllAsync(cancellationToken, "observedOn");
        Transfers = await transfers.List(new TransferFilter { Country = country.Code }, new ValidationErrors()).AllAsync(cancellationToken);
        Events = await events.List(new EventFilter { Country = country.Code }, new ValidationErrors()).FirstAsync(50, cancellationToken);
        History = await history.ForCountryAsync(country.Code, cancellationToken);
        return Page();
    }
}
