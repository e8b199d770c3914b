using MissionTracker.Core.Geography;

namespace MissionTracker.Core.Extraction;

/// <summary>
/// Finds countries named by name, short form or demonym ("Spain", "U.S.", "British"), including inside
/// organisation names ("U.S. Central Command", "Iraqi Security Forces") and compounds ("US-led"). Capital cities
/// (Washington, Baghdad), regions (Kurdistan, Middle East), organisations and ethnic or religious adjectives are
/// not in the catalogue, so they are never matched; a few country names that are also personal names
/// ("Jordan", "Chad", "Georgia") or part of a larger place name ("New Jersey", "Latin America") are checked in context.
/// </summary>
internal static class CountryFinder
{
    private const int MaxWordsInName = 6;

    private static readonly HashSet<string> AlsoPersonalNames = new(StringComparer.Ordinal) { "Jordan", "Chad", "Georgia", "Israel", "Holland" };

    private static readonly HashSet<string> PlaceQualifiers = new(StringComparer.Ordinal)
    {
        "New", "Latin", "North", "South", "Central", "Papua", "Equatorial", "East", "West", "Northern", "Southern",
    };

    public static List<ExtractedCountry> Find(ArticleText article)
    {
        var text = article.Text;
        var index = CountryCatalog.NameIndex;
        var words = article.Words;
        var found = new List<ExtractedCountry>();
        var i = 0;
        while (i < words.Count)
        {
            var w = words[i];
            if (!char.IsUpper(w.Value[0]))
            {
                i++;
                continue;
            }

            // Longest name first: "United States of America", "Democratic Republic of the Congo".
            var matched = 0;
            string? code = null;
            for (var n = Math.Min(MaxWordsInName, words.Count - i); n >= 1; n--)
            {
                if (!Contiguous(text, words, i, n))
                {
                    continue;
                }

                var last = words[i + n - 1];
                var candidate = text[w.Start..last.End];
                if (index.TryGetValue(candidate, out code) || (last.IsPossessive && index.TryGetValue(text[w.Start..(last.End - 2)], out code)))
                {
                    matched = n;
                    break;
                }
            }

            if (matched > 0 && code is not null)
            {
                var end = words[i + matched - 1].End;
                if (words[i + matched - 1].IsPossessive)
                {
                    end -= 2;
                }

                if (Accept(text, words, i, matched))
                {
                    found.Add(new ExtractedCountry(code, text[w.Start..end], w.Start, end));
                }

                i += matched;
                continue;
            }

            // Compounds: "US-led", "Iraq-Syria", "Spanish-led", "U.K.-based".
            if (w.Value.Contains('-', StringComparison.Ordinal))
            {
                var offset = 0;
                foreach (var part in w.Value.Split('-'))
                {
                    if (part.Length > 1 && index.TryGetValue(part, out var c))
                    {
                        found.Add(new ExtractedCountry(c, part, w.Start + offset, w.Start + offset + part.Length));
                    }

                    offset += part.Length + 1;
                }
            }

            i++;
        }

        return found;
    }

    /// <summary>The distinct codes, in order of first mention.</summary>
    public static List<string> Codes(IEnumerable<ExtractedCountry> countries) => countries.Select(c => c.CountryCode).Distinct().ToList();

    private static bool Accept(string text, IReadOnlyList<Word> words, int i, int n)
    {
        var value = words[i].Stem;
        if (i > 0 && PlaceQualifiers.Contains(words[i - 1].Value) && Contiguous(text, words, i - 1, 2))
        {
            return false; // "New Jersey", "Latin America", "North Macedonia" is caught whole before this
        }

        if (n == 1 && AlsoPersonalNames.Contains(value) && i + 1 < words.Count && Contiguous(text, words, i, 2))
        {
            var next = words[i + 1];
            if (next.IsCapitalised && !CountryCatalog.NameIndex.ContainsKey(next.Stem) && !Lexicon.OrganisationWords.Contains(next.Stem)
                && !Lexicon.TitleWords.Contains(next.Stem))
            {
                return false; // "Jordan Smith"
            }
        }

        if (n == 1 && AlsoPersonalNames.Contains(value) && i > 0 && words[i - 1].IsCapitalised && Contiguous(text, words, i - 1, 2)
            && !Lexicon.NeverNames.Contains(words[i - 1].Value) && !Lexicon.TitleWords.Contains(words[i - 1].Value))
        {
            return false; // "Michael Jordan", "Jools Holland"
        }

        return true;
    }

    private static bool Contiguous(string text, IReadOnlyList<Word> words, int i, int n)
    {
        for (var k = i + 1; k < i + n; k++)
        {
            var gap = words[k].Start - words[k - 1].End;
            if (gap != 1 || text[words[k - 1].End] != ' ')
            {
                return false;
            }
        }

        return true;
    }
}
