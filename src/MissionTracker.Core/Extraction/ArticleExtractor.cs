namespace MissionTracker.Core.Extraction;

/// <summary>
/// Turns an article's text into proposals (quotes, troop figures, countries, missions, transfers),
/// each with its character span. Deterministic and thread-safe: one instance serves every request.
/// </summary>
public sealed class ArticleExtractor
{
    private readonly IReadOnlyList<KnownMission> _missions;

    public ArticleExtractor(IEnumerable<KnownMission> missions)
    {
        _missions = missions.ToList();
    }

    public IReadOnlyList<KnownMission> Missions => _missions;

    /// <param name="text">The article: title on the first line, then the body.</param>
    /// <param name="publishedOn">The publication date when the caller knows it; otherwise read from a date line.</param>
    public ExtractionResult Extract(string text, DateOnly? publishedOn = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ExtractionResult(publishedOn, [], [], [], [], []);
    }
}
