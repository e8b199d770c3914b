using MissionTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Features.Countries;

public sealed record CountryDto(int Id, string Code, string Name);

public sealed class CountryService(MissionTrackerDbContext db)
{
    public Task<CountryDto?> GetAsync(string code, CancellationToken cancellationToken)
    {
        var normalised = code.ToUpperInvariant();
        return db.Countries.AsNoTracking().Where(c => c.Code == normalised)
            .Select(c => new CountryDto(c.Id, c.Code, c.Name)).FirstOrDefaultAsync(cancellationToken);
    }
}
