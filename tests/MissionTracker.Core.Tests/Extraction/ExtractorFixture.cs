using MissionTracker.Core.Extraction;

namespace MissionTracker.Core.Tests.Extraction;

internal static class ExtractorFixture
{
    public static readonly ArticleExtractor Extractor = new(
    [
        new KnownMission("nmi", "NATO Mission Iraq", "NMI", []),
        new KnownMission("global-coalition", "Global Coalition against Daesh", null, ["Operation Inherent Resolve"]),
    ]);

    /// <summary>A headline line, then the body.</summary>
    public static ExtractionResult Extract(string body, string title = "Test headline about the mission") =>
        Extractor.Extract(title + "\n\n" + body);
}
