using System.Text.RegularExpressions;

namespace MissionTracker.Core.Extraction;

/// <summary>
/// Finds mentions of the known missions by name, acronym, alias and, by the kind of mission, the usual
/// descriptions: a mission whose name or acronym says NATO is "the NATO mission", "NATO's training mission";
/// a coalition is "the coalition", "the US-led coalition", "the anti-IS coalition", "Operation Inherent Resolve",
/// "CJTF-OIR". Longest mention wins where two overlap.
/// </summary>
internal sealed partial class MissionFinder
{
    private static readonly string[] NatoDescriptions =
    [
        "NATO mission", "NATO's mission", "NATO’s mission", "NATO training mission", "NATO's training mission",
        "NATO’s training mission", "NATO-led mission", "NATO-led training mission", "NATO's Iraq mission", "NATO’s Iraq mission",
        "NATO advisory mission", "NATO's advisory mission", "NATO’s advisory mission", "NATO Mission",
        "alliance's training mission", "alliance’s training mission", "alliance's mission", "alliance’s mission",
        "NATO's non-combat mission", "NATO’s non-combat mission", "NATO non-combat mission",
    ];

    private static readonly string[] CoalitionDescriptions =
    [
        "the coalition", "US-led coalition", "U.S.-led coalition", "American-led coalition", "anti-IS coalition",
        "anti-ISIS coalition", "anti-ISIL coalition", "anti-Daesh coalition", "anti-Islamic State coalition",
        "global coalition", "international coalition", "multinational coalition", "military coalition",
        "Global Coalition", "Coalition", "coalition forces", "coalition troops", "coalition personnel",
        "Operation Inherent Resolve", "Inherent Resolve", "OIR", "CJTF-OIR", "Combined Joint Task Force",
        "coalition against the Islamic State", "coalition against Islamic State", "coalition against ISIS",
        "coalition against Daesh", "coalition's", "coalition’s",
    ];

    private static readonly string[] NotCoalitionMissions = ["coalition government", "ruling coalition", "governing coalition", "coalition talks", "coalition partner in government"];

    private readonly List<(string Phrase, string Slug, bool CaseSensitive)> _phrases = [];

    /// <summary>The mission whose name says NATO, for "NATO's 700-strong advisory mission" and "NATO, which runs a 500-strong mission".</summary>
    private readonly string? _natoSlug;

    public MissionFinder(IReadOnlyList<KnownMission> missions)
    {
        foreach (var m in missions)
        {
            Add(m.Name, m.Slug, false);
            if (!string.IsNullOrWhiteSpace(m.Acronym))
            {
                Add(m.Acronym, m.Slug, true);
            }

            foreach (var a in m.Aliases)
            {
                Add(a, m.Slug, IsAcronym(a));
            }

            var label = m.Name + " " + m.Acronym;
            if (label.Contains("NATO", StringComparison.OrdinalIgnoreCase))
            {
                _natoSlug ??= m.Slug;
                foreach (var d in NatoDescriptions)
                {
                    Add(d, m.Slug, d.StartsWith("NATO", StringComparison.Ordinal));
                }
            }

            if (label.Contains("Coalition", StringComparison.OrdinalIgnoreCase)
                || m.Aliases.Any(a => a.Contains("Inherent Resolve", StringComparison.OrdinalIgnoreCase) || a.Contains("coalition", StringComparison.OrdinalIgnoreCase)))
            {
                foreach (var d in CoalitionDescriptions)
                {
                    Add(d, m.Slug, IsAcronym(d) || d == "Coalition");
                }
            }
        }

        // Longer phrases first, so "the US-led coalition" beats "coalition".
        _phrases.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
    }

    private void Add(string phrase, string slug, bool caseSensitive)
    {
        phrase = phrase.Trim();
        if (phrase.Length < 2 || _phrases.Exists(p => p.Slug == slug && string.Equals(p.Phrase, phrase, caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        // "the coalition" is also found as "coalition" after an article already matched elsewhere; keep both forms.
        _phrases.Add((phrase, slug, caseSensitive));
    }

    private static bool IsAcronym(string s) => s.Length <= 10 && s.Any(char.IsUpper) && !s.Any(char.IsLower) && !s.Contains(' ', StringComparison.Ordinal);

    public List<ExtractedMission> Find(ArticleText article)
    {
        var text = article.Text;
        var taken = new bool[text.Length + 1];
        var found = new List<ExtractedMission>();

        // A sized mission run by the alliance, the size between owner and noun: "NATO's 700-strong advisory mission",
        // "the alliance's 4,000-member training mission", "NATO, which runs a 500-strong mission".
        if (_natoSlug is not null)
        {
            foreach (Match m in SizedNatoMission().Matches(text))
            {
                for (var k = m.Index; k < m.Index + m.Length; k++)
                {
                    taken[k] = true;
                }

                found.Add(new ExtractedMission(_natoSlug, m.Value, m.Index, m.Index + m.Length));
            }
        }

        foreach (var (phrase, slug, caseSensitive) in _phrases)
        {
            var comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            var idx = 0;
            while ((idx = text.IndexOf(phrase, idx, comparison)) >= 0)
            {
                var end = idx + phrase.Length;
                if (IsWordBoundary(text, idx - 1) && (IsWordBoundary(text, end) || phrase.EndsWith('s')) && !Overlaps(taken, idx, end) && !Excluded(text, idx))
                {
                    for (var k = idx; k < end; k++)
                    {
                        taken[k] = true;
                    }

                    found.Add(new ExtractedMission(slug, text[idx..end], idx, end));
                }

                idx = end;
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>The distinct slugs, in order of first mention.</summary>
    public static List<string> Slugs(IEnumerable<ExtractedMission> missions) => missions.Select(m => m.Mission).Distinct().ToList();

    private static bool Excluded(string text, int idx)
    {
        foreach (var n in NotCoalitionMissions)
        {
            var from = Math.Max(0, idx - 8);
            var window = text.AsSpan(from, Math.Min(text.Length - from, n.Length + 16));
            if (window.Contains(n, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(bool[] taken, int s, int e)
    {
        for (var k = s; k < e; k++)
        {
            if (taken[k])
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:NATO(?:['’]s|-led)?|[Tt]he\s+[Aa]lliance['’]s)(?:,?\s+which\s+(?:runs|leads|has|operates|commands|oversees)\s+(?:a|an|its)|\s+(?:runs|leads|operates|commands|oversees)\s+(?:a|an|its))?\s+(?:some\s+|about\s+|around\s+|roughly\s+)?(?:\d{1,3}(?:,\d{3})+|\d+)-(?:strong|member|person|troop|soldier)\s+(?:[a-z-]+\s+){0,2}mission\b")]
    private static partial Regex SizedNatoMission();

    private static bool IsWordBoundary(string text, int i) => i < 0 || i >= text.Length || !char.IsLetterOrDigit(text[i]);
}
