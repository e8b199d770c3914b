using BenchmarkDotNet.Attributes;
using MissionTracker.Core.Extraction;

namespace MissionTracker.Benchmarks;

/// <summary>Extraction of a ~5 KB synthetic article (synthetic-article.txt); the target is at most 5 ms on one core.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmark
{
    private ArticleExtractor _extractor = null!;
    private string _article = "";

    [GlobalSetup]
    public void Setup()
    {
        _extractor = new ArticleExtractor(
        [
            new KnownMission("nmi", "NATO Mission Iraq", "NMI", ["the NATO mission"]),
            new KnownMission("global-coalition", "Global Coalition against Daesh", null, ["Operation Inherent Resolve", "CJTF-OIR"]),
        ]);
        _article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "synthetic-article.txt"));
        _ = _extractor.Extract(_article); // loads the country catalogue once
    }

    [Benchmark]
    public ExtractionResult Extract() => _extractor.Extract(_article);
}
