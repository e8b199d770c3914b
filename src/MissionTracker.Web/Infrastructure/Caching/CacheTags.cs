using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace MissionTracker.Web.Infrastructure.Caching;

/// <summary>
/// One output-cache tag per API resource (its path: <c>statements</c>, <c>missions</c>...) plus <see cref="Pages"/>, and
/// which of them a change to each kind of record makes stale. A resource's cached answers show more than its own table
/// (a statement shows its speaker's name and its missions' slugs), so a change evicts every resource that shows it.
/// A kind of record not listed evicts everything: forgetting one costs speed, never correctness.
/// </summary>
public static class CacheTags
{
    public const string Missions = "missions";
    public const string Countries = "countries";
    public const string Organisations = "organisations";
    public const string People = "people";
    public const string Strength = "strength-observations";
    public const string Transfers = "transfers";
    public const string Statements = "statements";
    public const string Sources = "sources";
    public const string Events = "events";
    /// <summary>Razor pages: they show a bit of everything (and the history), so every change evicts them.</summary>
    public const string Pages = "pages";

    private static readonly string[] All = [Missions, Countries, Organisations, People, Strength, Transfers, Statements, Sources, Events, Pages];

    private static readonly Dictionary<string, string[]> Shows = new(StringComparer.Ordinal)
    {
        ["Statement"] = [Statements, Missions, People],
        ["StatementMissions"] = [Statements, Missions],
        ["Person"] = [People, Statements, Missions],
        ["PersonRole"] = [People, Statements],
        ["Organisation"] = [Organisations, Statements, People, Missions],
        ["Mission"] = [Missions, Statements, Strength, Transfers, Events, Countries, Organisations],
        ["MissionStatusChange"] = [Missions],
        ["Country"] = All,
        ["StrengthObservation"] = [Strength, Missions, Countries],
        ["TroopTransfer"] = [Transfers, Missions, Countries],
        ["TransferStatusChange"] = [Transfers, Missions],
        ["Source"] = [Sources],
        ["TimelineEvent"] = [Events, Missions],
        ["EventMissions"] = [Events, Missions],
        ["EventCountries"] = [Events, Countries],
        ["Citation"] = [Statements, Strength, Transfers, Events, Missions, Sources],
        // Changes that no cached answer shows; pages are evicted by the audit entry that comes with every data change.
        ["AuditEntry"] = [],
        ["ApiKey"] = [],
        ["Proposal"] = [],
        ["FeedSubscription"] = [],
    };

    /// <summary>The tags made stale by the pending changes of <paramref name="tracker"/>.</summary>
    public static HashSet<string> Affected(ChangeTracker tracker)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            if (entry.Metadata.ClrType.Namespace == typeof(Microsoft.AspNetCore.Identity.IdentityUser).Namespace)
            {
                continue;
            }
            tags.UnionWith(Shows.GetValueOrDefault(entry.Metadata.ShortName()) ?? All);
            if (entry.Entity is not Features.History.AuditEntry)
            {
                tags.Add(Pages);
            }
        }
        return tags;
    }
}
