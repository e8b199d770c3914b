namespace MissionTracker.Core.Extraction;

/// <summary>A mission the extractor can recognise, as the database knows it.</summary>
/// <param name="Slug">The mission's slug, e.g. <c>nmi</c>, <c>global-coalition</c>.</param>
/// <param name="Name">Its full name, e.g. "NATO Mission Iraq".</param>
/// <param name="Acronym">Its acronym, e.g. "NMI", or null.</param>
/// <param name="Aliases">Other names and common descriptions ("the NATO mission", "the US-led coalition").</param>
public sealed record KnownMission(string Slug, string Name, string? Acronym, IReadOnlyList<string> Aliases);

public enum QuoteKind
{
    Direct,
    Paraphrase,
}

/// <summary>A quote or reported statement; <see cref="Start"/>/<see cref="End"/> delimit <see cref="Text"/> in the article (End exclusive).</summary>
public sealed record ExtractedQuote(
    string Text,
    string? Speaker,
    string? Role,
    string? Organisation,
    QuoteKind Kind,
    int Start,
    int End);

/// <summary>A count of military personnel. <see cref="Text"/> is the phrase it was read from.</summary>
/// <param name="Mission">Slug of the mission the figure belongs to, or null.</param>
public sealed record ExtractedTroopFigure(
    int Count,
    bool Approximate,
    string? CountryCode,
    string? Mission,
    string Text,
    int Start,
    int End);

/// <summary>Where a country was named (by name, short form or demonym).</summary>
public sealed record ExtractedCountry(string CountryCode, string Text, int Start, int End);

/// <summary>Where a known mission was mentioned.</summary>
public sealed record ExtractedMission(string Mission, string Text, int Start, int End);

/// <summary>A candidate troop transfer: a country moving personnel from one mission to another.</summary>
/// <param name="Share">A described share such as "a major part", when no count is given.</param>
public sealed record ExtractedTransfer(
    string? CountryCode,
    string? FromMission,
    string? ToMission,
    int? Count,
    string? Share,
    string Text,
    int Start,
    int End);

public sealed record ExtractionResult(
    DateOnly? PublishedOn,
    IReadOnlyList<ExtractedQuote> Quotes,
    IReadOnlyList<ExtractedTroopFigure> TroopFigures,
    IReadOnlyList<ExtractedCountry> Countries,
    IReadOnlyList<ExtractedMission> Missions,
    IReadOnlyList<ExtractedTransfer> Transfers);

/// <summary>Views over <see cref="ExtractionResult.Quotes"/> by kind.</summary>
public static class ExtractionResultViews
{
    /// <summary>Only the quotes in quotation marks (what a quote-scoring client wants in its <c>quotes</c> list).</summary>
    public static IReadOnlyList<ExtractedQuote> DirectQuotes(this ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
    }

    /// <summary>Only the reported statements (no quotation marks).</summary>
    public static IReadOnlyList<ExtractedQuote> Paraphrases(this ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Quotes.Where(q => q.Kind == QuoteKind.Paraphrase).ToList();
    }
}
