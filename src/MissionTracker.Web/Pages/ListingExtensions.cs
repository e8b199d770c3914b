using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Pages;

/// <summary>The pages read the feature services' listings the way the API does, one page or every row.</summary>
public static class ListingExtensions
{
    /// <summary>The first <paramref name="count"/> rows in the listing's order (or <paramref name="sort"/>).</summary>
    public static async Task<IReadOnlyList<T>> FirstAsync<T>(this IListing<T> listing, int count, CancellationToken cancellationToken, string? sort = null) =>
        (await listing.PageAsync(new ListRequest { PageSize = count, Sort = sort }, cancellationToken)).Items;

    /// <summary>Every row; for short lists such as one country's observations or the transfers pipeline.</summary>
    public static async Task<IReadOnlyList<T>> AllAsync<T>(this IListing<T> listing, CancellationToken cancellationToken, string? sort = null) =>
        await listing.AllAsync(new ListRequest { Sort = sort }, cancellationToken).ToListAsync(cancellationToken);
}
