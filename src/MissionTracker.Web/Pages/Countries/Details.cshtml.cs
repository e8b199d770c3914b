using MissionTracker.Web.Features.Countries;
using MissionTracker.Web.Features.Events;
using MissionTracker.Web.Features.Strength;
using MissionTracker.Web.Features.Transfers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages.Countries;

public sealed class DetailsModel(CountryService countries, StrengthService strength, TransferBoardService transfers, TimelineService timeline) : PageModel
{
    public CountryDto Country { get; private set; } = null!;
    public IReadOnlyList<ContingentDto> History { get; private set; } = [];
    public IReadOnlyList<TransferCardDto> Transfers { get; private set; } = [];
    public IReadOnlyList<EventEntryDto> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var country = await countries.GetAsync(code, cancellationToken);
        if (country is null)
        {
            return NotFound();
        }
        Country = country;
        History = await strength.CountryHistoryAsync(country.Code, cancellationToken);
        Transfers = await transfers.ForCountryAsync(country.Code, cancellationToken);
        Events = await timeline.RecentAsync(50, null, country.Code, cancellationToken);
        return Page();
    }
}
