namespace MissionTracker.Core.Extraction;

/// <summary>
/// Turns an article's text into proposals (quotes, troop figures, countries, missions, transfers),
/// each with its character span. Deterministic and thread-safe: one instance serves every request.
/// </summary>
public sealed class ArticleExtractor
{
    private readonly IReadOnlyList<KnownMission> _missions;
    private readonly MissionFinder _missionFinder;

    public ArticleExtractor(IEnumerable<KnownMission> missions)
    {
        ArgumentNullException.ThrowIfNull(missions);
        _missions = missions.ToList();
        _missionFinder = new MissionFinder(_missions);
    }

    public IReadOnlyList<KnownMission> Missions => _missions;

    /// <param name="text">The article: title on the first line, then the body.</param>
    /// <param name="publishedOn">The publication date when the caller knows it; otherwise read from a date line.</param>
    public ExtractionResult Extract(string text, DateOnly? publishedOn = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var article = new ArticleText(text);
        var reader = new AttributionReader(article);

        // People first without quotes (so an unclosed quote can stop at "..., he said"), then again with them,
        // so that names inside quotation marks are not what a later "he" refers to.
        var runs = NameRun.Read(article.Words, text);
        reader.People = new NamedPeople(article, runs, []);
        var spans = QuoteFinder.Find(article, reader);
        reader.People = new NamedPeople(article, runs, spans);

        var quotes = StatementFinder.Find(article, reader, spans);
        quotes.AddRange(StatementFinder.FindParaphrases(article, reader, spans));

        var missions = _missionFinder.Find(article);
        var countries = CountryFinder.Find(article);
        var figures = TroopFigureFinder.Find(article, countries, missions);
        var transfers = TransferFinder.Find(article, countries, missions, figures);
        var date = publishedOn ?? DateLineReader.Read(article);

        return new ExtractionResult(date, quotes, figures, countries, missions, transfers);
    }
}
