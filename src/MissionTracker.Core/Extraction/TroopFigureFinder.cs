using System.Globalization;
using System.Text.RegularExpressions;

namespace MissionTracker.Core.Extraction;

/// <summary>
/// Finds counts of military personnel: "a 500-strong mission", "5,200 US soldiers", "8,600 U.S. military service
/// members", "up to 4,000 troops", "from 5,200 to 3,000" (two figures, one phrase), "troop presence ... to 3,000",
/// "several hundred trainers", "two thousand troops". Not figures: casualties ("killed 3 soldiers"), dates and
/// years, durations, ranks ("two-star"), money ("$500 million"), aircraft ("F-16"), fractions ("a third of its
/// troops"), multipliers ("8-fold"), percentages, and head-counts of civilians.
/// </summary>
internal static partial class TroopFigureFinder
{
    private static readonly HashSet<string> ForceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "troop", "troops", "forces", "force", "personnel", "soldiers", "contingent", "presence", "footprint",
        "deployment", "strength", "servicemembers", "trainers", "advisers", "advisors", "instructors", "mission",
        "battalion", "brigade", "detachment", "garrison",
    };

    private static readonly HashSet<string> CasualtyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "killed", "kill", "kills", "killing", "wounded", "wounding", "injured", "injuring", "injuries", "dead", "died",
        "die", "deaths", "death", "casualties", "fatalities", "lost", "slain", "martyred", "missing", "captured",
        "hostage", "hostages", "toll", "wounds", "injury", "suicide", "suicides", "body", "bodies",
    };

    /// <summary>Verbs of a change in numbers, after which a chain of steps may run far from the force word.</summary>
    private static readonly HashSet<string> ChangeVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "reduced", "cut", "trimmed", "lowered", "decreased", "halved", "shrank", "shrunk", "fell", "dropped", "drawn",
        "drew", "increased", "raised", "rose", "grew", "grown", "expanded", "boosted", "doubled", "scaled",
    };

    private static readonly HashSet<string> QualifierWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "from", "of", "at", "by", "around", "about", "approximately", "roughly", "some", "nearly", "almost",
        "over", "under", "below", "above", "than", "just", "only", "totalling", "totaling", "numbering", "estimated",
        "least", "exceeding", "reaching", "between", "and", "more", "up", "fewer", "less", "with", "than", "be", "is", "was", "are", "were", "remain", "remains", "stands", "stood", "totals", "numbers", "numbered", "capped", "cap", "ceiling", "level",
    };

    private static readonly HashSet<string> ApproximateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "around", "approximately", "roughly", "some", "nearly", "almost", "over", "more", "than", "least",
        "up", "estimated", "several", "few", "under", "below", "fewer", "less",
    };

    public static List<ExtractedTroopFigure> Find(ArticleText article, IReadOnlyList<ExtractedCountry> countries, IReadOnlyList<ExtractedMission> missions)
    {
        var text = article.Text;
        var figures = new List<ExtractedTroopFigure>();
        var used = new List<(int Start, int End)>();

        // 1. "from X to Y troops", "between X and Y soldiers", "cut from X to Y" after a force word.
        foreach (Match m in RangePattern().Matches(text))
        {
            var a = m.Groups["a"];
            var b = m.Groups["b"];
            var nounFollows = m.Groups["noun"].Success;
            if (!nounFollows && (!ForceWordBefore(article, m.Index) || !EndsCount(text, m.Index + m.Length)))
            {
                continue; // "the brigade grew from 3 to 4 battalions": another noun follows, not a count of personnel
            }

            if (!Plausible(article, a.Index, a.Length, m.Index + m.Length) || !Plausible(article, b.Index, b.Length, m.Index + m.Length)
                || IsCasualty(article, m.Index, m.Index + m.Length))
            {
                continue;
            }

            var va = ParseNumber(a.Value);
            var vb = ParseNumber(b.Value);
            if (va is null || vb is null || va < 2 || vb < 2)
            {
                continue;
            }

            var start = m.Index;
            var end = m.Index + m.Length;
            if (!nounFollows && IsPrecededBy(text, start, "cut"))
            {
                start = text.LastIndexOf("cut", start, StringComparison.Ordinal);
            }

            var phrase = text[start..end].TrimEnd();
            end = start + phrase.Length;
            Add(figures, article, countries, missions, va.Value, false, start, end);
            Add(figures, article, countries, missions, vb.Value, false, start, end);
            used.Add((m.Index, m.Index + m.Length));

            // A further step of the same change: "from 5,000 to 3,500 in May, and then to 2,000 by June".
            var sentenceEnd = article.SentenceEnd(m.Index + m.Length - 1);
            var next = RangeContinuation().Match(text, m.Index + m.Length, Math.Max(0, Math.Min(sentenceEnd, m.Index + m.Length + 70) - m.Index - m.Length));
            if (next.Success && ParseNumber(next.Groups["c"].Value) is { } vc && vc >= 10
                && Plausible(article, next.Groups["c"].Index, next.Groups["c"].Length, next.Groups["c"].Index + next.Groups["c"].Length)
                && EndsCount(text, next.Groups["c"].Index + next.Groups["c"].Length))
            {
                var cs = next.Groups["to"].Index;
                var ce = next.Groups["c"].Index + next.Groups["c"].Length;
                figures.Add(new ExtractedTroopFigure(vc, Approximate(text, next.Groups["c"].Index), figures[^1].CountryCode, figures[^1].Mission, text[cs..ce], cs, ce));
                used.Add((cs, ce));
            }
        }

        // 2. "500-strong", "a 3,000-troop force".
        foreach (Match m in StrongPattern().Matches(text))
        {
            if (Overlaps(used, m.Index, m.Index + m.Length) || !Plausible(article, m.Groups["n"].Index, m.Groups["n"].Length, m.Index + m.Length))
            {
                continue;
            }

            if (MembersAreNotPersonnel().IsMatch(m.Value))
            {
                continue; // "a 30-member coalition", "the 12-member council": the members are states or delegates
            }

            if (ParseNumber(m.Groups["n"].Value) is { } n && n >= 2)
            {
                var end = m.Index + m.Length;
                Add(figures, article, countries, missions, n, Approximate(text, m.Index), m.Index, end);
                used.Add((m.Index, end));
            }
        }

        // 3. "5,200 US soldiers", "up to 4,000 troops", "8,600 U.S. military service members".
        foreach (Match m in CountPattern().Matches(text))
        {
            var n = m.Groups["n"];
            if (Overlaps(used, m.Index, m.Index + m.Length) || !Plausible(article, n.Index, n.Length, m.Index + m.Length)
                || IsCasualty(article, m.Index, m.Index + m.Length))
            {
                continue;
            }

            if (ParseNumber(n.Value) is { } count && count >= 2)
            {
                Add(figures, article, countries, missions, count, Approximate(text, n.Index), n.Index, m.Index + m.Length);
                used.Add((m.Index, m.Index + m.Length));
            }
        }

        // 4. A bare number after a force word: "troop presence would be cut to 3,000", "a force of about 4,000".
        foreach (Match m in BareNumberPattern().Matches(text))
        {
            var n = m.Groups["n"];
            if (Overlaps(used, n.Index, n.Index + n.Length) || !Plausible(article, n.Index, n.Length, n.Index + n.Length))
            {
                continue;
            }

            var q = PreviousWord(text, n.Index);
            if (!QualifierWords.Contains(q) || !EndsCount(text, n.Index + n.Length) || IsCasualty(article, n.Index, n.Index + n.Length))
            {
                continue;
            }

            var keyword = ForceWordStart(article, m.Index);
            if (keyword < 0 || ParseNumber(n.Value) is not { } count || count < 10)
            {
                continue;
            }

            Add(figures, article, countries, missions, count, Approximate(text, n.Index), keyword, n.Index + n.Length);
            used.Add((n.Index, n.Index + n.Length));
        }

        // 5. A share of personnel counted just before in the sentence: "up to 900 troops ..., and about 600 of them".
        foreach (Match m in PartitivePattern().Matches(text))
        {
            var n = m.Groups["n"];
            if (Overlaps(used, m.Index, m.Index + m.Length) || !Plausible(article, n.Index, n.Length, m.Index + m.Length)
                || IsCasualty(article, m.Index, m.Index + m.Length) || ParseNumber(n.Value) is not { } count || count < 2)
            {
                continue;
            }

            var antecedent = FigureBefore(article, figures, n.Index);
            if (antecedent is null || antecedent.Count <= count)
            {
                continue;
            }

            var start = NumberPhraseStart(text, n.Index);
            var end = m.Index + m.Length;
            var mission = MissionOf(article, missions, start, end) ?? antecedent.Mission;
            figures.Add(new ExtractedTroopFigure(count, Approximate(text, n.Index), antecedent.CountryCode, mission, text[start..end], start, end));
            used.Add((m.Index, end));
        }

        // 5b. A subset named without a noun: "1,400 personnel ..., including some 600 in Iraq" (same sentence) and
        // "Of those, 32 are stationed at Taji" (the count may stand in the sentence before).
        foreach (Match m in SubsetPattern().Matches(text))
        {
            var n = m.Groups["n"];
            if (Overlaps(used, n.Index, n.Index + n.Length) || !Plausible(article, n.Index, n.Length, n.Index + n.Length)
                || !EndsCount(text, n.Index + n.Length) || IsCasualty(article, n.Index, n.Index + n.Length)
                || ParseNumber(n.Value) is not { } count || count < 2)
            {
                continue;
            }

            var fronted = m.Groups["of"].Success;
            var antecedent = FigureBefore(article, figures, n.Index);
            if (antecedent is null && fronted)
            {
                var ss = article.SentenceStart(n.Index);
                antecedent = ss > 0 ? FigureBefore(article, figures, ss - 1) : null;
            }

            if (antecedent is null || antecedent.Count <= count)
            {
                continue;
            }

            var start = NumberPhraseStart(text, n.Index);
            var end = n.Index + n.Length;
            var mission = MissionOf(article, missions, start, end) ?? antecedent.Mission;
            figures.Add(new ExtractedTroopFigure(count, Approximate(text, n.Index), antecedent.CountryCode, mission, text[start..end], start, end));
            used.Add((n.Index, end));
        }

        // 6. People counted by nationality where the sentence is about personnel: "7,000 troops, including some 4,000 Danes".
        foreach (Match m in DemonymPattern().Matches(text))
        {
            var n = m.Groups["n"];
            var d = m.Groups["d"];
            if (Overlaps(used, m.Index, m.Index + m.Length) || !Plausible(article, n.Index, n.Length, m.Index + m.Length)
                || IsCasualty(article, m.Index, m.Index + m.Length) || ParseNumber(n.Value) is not { } count || count < 2)
            {
                continue;
            }

            var country = countries.FirstOrDefault(c => c.Start == d.Index && c.End == d.Index + d.Length);
            if (country is null || !SentenceIsAboutPersonnel(article, figures, m.Index))
            {
                continue;
            }

            var start = NumberPhraseStart(text, n.Index);
            var end = m.Index + m.Length;
            figures.Add(new ExtractedTroopFigure(count, Approximate(text, n.Index), country.CountryCode, MissionOf(article, missions, start, end), text[start..end], start, end));
            used.Add((m.Index, end));
        }

        // Stable: the two figures of one range keep their order ("from 1,200 to 900").
        return figures.OrderBy(f => f.Start).ToList();
    }

    /// <summary>The latest figure before <paramref name="position"/> in the same sentence.</summary>
    private static ExtractedTroopFigure? FigureBefore(ArticleText article, List<ExtractedTroopFigure> figures, int position)
    {
        var ss = article.SentenceStart(position);
        ExtractedTroopFigure? best = null;
        foreach (var f in figures)
        {
            if (f.Start >= ss && f.End <= position && (best is null || f.Start > best.Start))
            {
                best = f;
            }
        }

        return best;
    }

    /// <summary>A sentence that counts personnel already (a figure) or names them (troops, forces, personnel...).</summary>
    private static bool SentenceIsAboutPersonnel(ArticleText article, List<ExtractedTroopFigure> figures, int position)
    {
        if (FigureBefore(article, figures, position) is not null)
        {
            return true;
        }

        var ss = article.SentenceStart(position);
        var se = article.SentenceEnd(position);
        foreach (var w in article.WordsIn(ss, se))
        {
            if (w.Value is "troops" or "soldiers" or "personnel" or "forces" or "servicemembers" or "trainers" or "contingent" or "deployment")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the phrase of a number begins: its approximation words ("about", "some", "more than").</summary>
    private static int NumberPhraseStart(string text, int numberStart)
    {
        var m = ApproximationBefore().Match(text[Math.Max(0, numberStart - 24)..numberStart]);
        return m.Success ? numberStart - m.Length : numberStart;
    }

    private static void Add(List<ExtractedTroopFigure> figures, ArticleText article, IReadOnlyList<ExtractedCountry> countries,
        IReadOnlyList<ExtractedMission> missions, int count, bool approximate, int start, int end)
    {
        var text = article.Text;
        var country = CountryOf(article, countries, start, end);
        var mission = MissionOf(article, missions, start, end);
        figures.Add(new ExtractedTroopFigure(count, approximate, country, mission, text[start..end], start, end));
    }

    /// <summary>The country whose personnel are counted: a country word inside the phrase, else one that qualifies a force word in the sentence.</summary>
    private static string? CountryOf(ArticleText article, IReadOnlyList<ExtractedCountry> countries, int start, int end)
    {
        var text = article.Text;
        foreach (var c in countries)
        {
            if (c.Start >= start && c.End <= end && !IsPrecededBy(text, c.Start, "in") && !IsPrecededBy(text, c.Start, "across")
                && !IsPrecededBy(text, c.Start, "to") && !IsPrecededBy(text, c.Start, "from"))
            {
                return c.CountryCode;
            }
        }

        var ss = article.SentenceStart(start);
        var se = article.SentenceEnd(end - 1);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in countries)
        {
            if (c.Start < ss || c.End > start)
            {
                continue; // only a country named before the number: "the U.S. troop presence ... from 5,200 to 3,000"
            }

            var after = article.WordsIn(c.End, Math.Min(se, c.End + 40));
            var qualifies = after.Count > 0 && (ForceWords.Contains(after[0].Value) || after[0].Value is "military" or "service"
                || after.Count > 1 && after[0].Value is "military" or "combat" or "special" && ForceWords.Contains(after[1].Value));
            if (qualifies)
            {
                var d = Math.Abs(c.Start - start);
                if (d < bestDistance)
                {
                    best = c.CountryCode;
                    bestDistance = d;
                }
            }
        }

        return best;
    }

    private static string? MissionOf(ArticleText article, IReadOnlyList<ExtractedMission> missions, int start, int end)
    {
        var text = article.Text;
        var ss = article.SentenceStart(start);
        var se = article.SentenceEnd(end - 1);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var m in missions)
        {
            if (m.Start < ss || m.End > se)
            {
                continue;
            }

            // A mission named after the figure counts only within the same clause (no comma between).
            if (m.Start >= end && text.AsSpan(end, m.Start - end).IndexOfAny(',', ';', '—') >= 0)
            {
                continue;
            }

            var d = m.End <= start ? start - m.End : 1000 + m.Start - end;
            if (d < bestDistance)
            {
                best = m.Mission;
                bestDistance = Math.Abs(d);
            }
        }

        return best;
    }

    /// <summary>Rules every number must pass: not a year, money, aircraft, fraction, multiplier or percentage.</summary>
    private static bool Plausible(ArticleText article, int numberStart, int numberLength, int phraseEnd)
    {
        var text = article.Text;
        var numberEnd = numberStart + numberLength;
        var value = text.AsSpan(numberStart, numberLength);

        // Aircraft and designations: "F-16", "MQ-9", "C-130"; money: "$500", "US$", "€".
        if (numberStart > 0)
        {
            var before = text[numberStart - 1];
            if (before is '$' or '€' or '£' or '#' or '/' or '.' or ':' || before == '-' && numberStart > 1 && char.IsLetter(text[numberStart - 2]))
            {
                return false;
            }
        }

        // "two-thirds", "8-fold", "three-star", "12-month": a hyphenated word after the number (except "-strong", "-troop", "-member").
        if (numberEnd < text.Length && text[numberEnd] == '-')
        {
            var tail = text.AsSpan(numberEnd + 1, Math.Min(10, text.Length - numberEnd - 1));
            if (!tail.StartsWith("strong", StringComparison.OrdinalIgnoreCase) && !tail.StartsWith("troop", StringComparison.OrdinalIgnoreCase)
                && !tail.StartsWith("member", StringComparison.OrdinalIgnoreCase) && !tail.StartsWith("man", StringComparison.OrdinalIgnoreCase)
                && !tail.StartsWith("person", StringComparison.OrdinalIgnoreCase) && !tail.StartsWith("soldier", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        if (numberEnd < text.Length && text[numberEnd] is '%' or '/')
        {
            return false;
        }

        // A day of the month: "12 March", "from 12 to 13 March" (the month after the second number), "March 12".
        if (value.Length <= 2 && int.TryParse(value, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31
            && (MonthAfter().IsMatch(text.AsSpan(numberEnd, Math.Min(30, text.Length - numberEnd)))
                || MonthName().IsMatch(PreviousWord(text, numberStart))))
        {
            return false;
        }

        var after = text.AsSpan(numberEnd, Math.Min(14, text.Length - numberEnd)).TrimStart();
        if (after.StartsWith("million", StringComparison.OrdinalIgnoreCase) || after.StartsWith("billion", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("percent", StringComparison.OrdinalIgnoreCase) || after.StartsWith("per cent", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("dollars", StringComparison.OrdinalIgnoreCase) || after.StartsWith("euros", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // A year: four digits, no comma, preceded by a preposition or a month.
        if (value.Length == 4 && !value.Contains(',') && int.TryParse(value, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100)
        {
            var prev = PreviousWord(text, numberStart);
            if (prev is "in" or "since" or "by" or "until" or "till" or "through" or "of" or "from" or "during" or "early" or "late"
                || prev.Length >= 3 && DateMonth().IsMatch(prev) || phraseEnd == numberEnd)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCasualty(ArticleText article, int start, int end)
    {
        var ss = article.SentenceStart(start);
        var before = article.WordsIn(Math.Max(ss, start - 60), start);
        for (var k = Math.Max(0, before.Count - 5); k < before.Count; k++)
        {
            if (CasualtyWords.Contains(before[k].Value))
            {
                return true;
            }
        }

        var se = article.SentenceEnd(Math.Max(start, end - 1));
        var after = article.WordsIn(end, Math.Min(se, end + 50));
        for (var k = 0; k < after.Count && k < 4; k++)
        {
            if (CasualtyWords.Contains(after[k].Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ForceWordBefore(ArticleText article, int position) => ForceWordStart(article, position) >= 0;

    /// <summary>
    /// Start of a force word ("troops", "presence", "force") within the eight words before <paramref name="position"/> in the
    /// sentence, or within twenty when a verb of change stands between ("the force was reduced in two steps: to 3,000 in
    /// September, and from 3,000 to 2,500 in January"); -1 when there is none.
    /// </summary>
    private static int ForceWordStart(ArticleText article, int position)
    {
        var ss = article.SentenceStart(position);
        var words = article.WordsIn(Math.Max(ss, position - 200), position);
        var window = 8;
        for (var k = words.Count - 1; k >= 0 && k >= words.Count - 20; k--)
        {
            if (ChangeVerbs.Contains(words[k].Value))
            {
                window = 20;
                break;
            }
        }

        for (var k = words.Count - 1; k >= 0 && k >= words.Count - window; k--)
        {
            if (ForceWords.Contains(words[k].Value))
            {
                // Take in the qualifiers before it: "the U.S. troop presence".
                var s = k;
                while (s > 0 && (words[s - 1].IsCapitalised || words[s - 1].Value is "military" or "combat" or "troop") && !Lexicon.NeverNames.Contains(words[s - 1].Value))
                {
                    s--;
                }

                return words[s].Start;
            }

            if (CasualtyWords.Contains(words[k].Value))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A bare number ends the count: punctuation or a preposition follows, not another noun ("14,000 strikes").</summary>
    private static bool EndsCount(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length || text[i] is '.' or ',' or ';' or ')' or '\n' or '\r' or '—' or '–' or '"' or '”')
        {
            return true;
        }

        var e = i;
        while (e < text.Length && char.IsLetter(text[e]))
        {
            e++;
        }

        var w = text[i..e];
        return w is "in" or "and" or "by" or "on" or "at" or "across" or "as" or "after" or "before" or "this" or "next" or "last"
            or "from" or "over" or "within" or "under" or "until" or "when" or "while" or "with" or "to" or "or" or "currently" or "now"
            or "would" or "will" or "could" or "should" or "may" or "might" or "must" or "are" or "were" or "is" or "was"
            or "remain" or "remained" or "remains" or "have" or "had" or "has"; // "troop levels of 2,500 would remain"
    }

    private static bool Approximate(string text, int numberStart)
    {
        var s = Math.Max(0, numberStart - 20);
        foreach (var w in text[s..numberStart].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(2))
        {
            if (ApproximateWords.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    private static string PreviousWord(string text, int position)
    {
        var e = position;
        while (e > 0 && text[e - 1] == ' ')
        {
            e--;
        }

        var s = e;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '.'))
        {
            s--;
        }

        return text[s..e].TrimEnd('.');
    }

    private static bool IsPrecededBy(string text, int position, string word)
    {
        var prev = PreviousWord(text, position);
        return prev.Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    private static bool Overlaps(List<(int Start, int End)> used, int s, int e)
    {
        foreach (var (us, ue) in used)
        {
            if (s < ue && us < e)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Digits ("5,200", "500") or words ("two thousand", "several hundred", "forty-five").</summary>
    public static int? ParseNumber(string s)
    {
        s = s.Trim();
        if (s.Length == 0)
        {
            return null;
        }

        if (char.IsDigit(s[0]))
        {
            var digits = s.Replace(",", "", StringComparison.Ordinal);
            if (digits.Contains('.', StringComparison.Ordinal))
            {
                return null;
            }

            return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
        }

        var total = 0;
        var current = 0;
        var lower = s.ToLowerInvariant().Replace("a few", "few", StringComparison.Ordinal);
        foreach (var raw in lower.Split([' ', '-', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            switch (raw)
            {
                case "a" or "one":
                    current += 1;
                    break;
                case "several" or "few":
                    current += 3;
                    break;
                case "hundred":
                    current = Math.Max(current, 1) * 100;
                    break;
                case "thousand":
                    total += Math.Max(current, 1) * 1000;
                    current = 0;
                    break;
                default:
                    var v = WordValue(raw);
                    if (v < 0)
                    {
                        return null;
                    }

                    current += v;
                    break;
            }
        }

        var result = total + current;
        return result > 0 ? result : null;
    }

    private static int WordValue(string w) => w switch
    {
        "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9,
        "ten" => 10, "eleven" => 11, "twelve" => 12, "thirteen" => 13, "fourteen" => 14, "fifteen" => 15,
        "sixteen" => 16, "seventeen" => 17, "eighteen" => 18, "nineteen" => 19, "twenty" => 20, "thirty" => 30,
        "forty" => 40, "fifty" => 50, "sixty" => 60, "seventy" => 70, "eighty" => 80, "ninety" => 90,
        "and" => 0,
        _ => -1,
    };

    private const string Units = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private const string Tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    // A number: digits with thousands commas, or words ("two thousand", "several hundred", "forty-five", "a thousand").
    private const string Number =
        @"(?:\d{1,3}(?:,\d{3})+|\d+(?![.,]\d)|(?:(?:a|one|several|a\s+few|" + Units + "|" + Tens + @")(?:-(?:" + Units + @"|one))?\s+(?:hundred|thousand)(?:\s+(?:and\s+)?(?:" + Tens + "|" + Units + @"))?|(?:" + Tens + @")(?:-(?:one|" + Units + @"))?|(?:" + Units + @")))(?!\w)";

    // Words that may stand between the number and the personnel noun.
    private const string Modifier =
        @"(?:(?-i:\p{Lu}[\w.'’-]*)|U\.S\.(?:-led)?|additional|more|extra|other|foreign|military|combat|coalition|allied|international|ground|special|operations|elite|active-duty|armed|security|support|non-combat|noncombat|rotational|permanent|deployed|trained|uniformed|regular|reserve|army|navy|air\s+force|of\s+(?:its|their|the|his|her|our)|of|its|their|new|fresh|remaining|front-line|frontline|well-trained|trained|NATO-led|US-led|American)";

    private const string Noun =
        @"(?:troops|troop|soldiers|soldier|personnel|service\s?members|servicemembers|service\s?men|servicemen|servicewomen|trainers|instructors|advisers|advisors|forces|marines|Marines|paratroopers|commandos|sailors|airmen|military\s+staff|officers|military\s+members|(?:security\s+)?forces?\s+members|mentors|guardsmen|reservists|peacekeepers|boots\s+on\s+the\s+ground|(?:army|military|combat|field)\s+engineers|sappers|combat\s+medics)\b";

    [GeneratedRegex(@"\b(?<n>" + Number + @")(?:\s+" + Modifier + @"){0,4}\s+" + Noun, RegexOptions.IgnoreCase)]
    private static partial Regex CountPattern();

    [GeneratedRegex(@"\b(?<n>" + Number + @")-(?:strong|troop|member|man|person|soldier)\b(?:\s+[a-z]+(?:\s+(?:force|mission|contingent|deployment|unit))?)?", RegexOptions.IgnoreCase)]
    private static partial Regex StrongPattern();

    [GeneratedRegex(@"\b(?:from|between)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|approximately\s+)?(?<a>" + Number + @")\s+(?:to|and)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|approximately\s+|just\s+)?(?<b>" + Number + @")(?<noun>(?:\s+" + Modifier + @"){0,4}\s+" + Noun + ")?", RegexOptions.IgnoreCase)]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"\G(?:\s+(?:in|by|on|at)\s+[\w ]{1,24}?)?,?\s+and\s+(?:then\s+|later\s+|again\s+|further\s+)?(?<to>(?:down\s+|up\s+)?to\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|just\s+)?(?<c>" + Number + "))", RegexOptions.IgnoreCase)]
    private static partial Regex RangeContinuation();

    [GeneratedRegex(@"-member\s+(?:coalition|alliance|bloc|union|organi[sz]ation|council|committee|board|panel|delegation|parliament|group|league|club|body|states?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MembersAreNotPersonnel();

    [GeneratedRegex(@"\b(?<n>\d{1,3}(?:,\d{3})+|\d{2,})\s+of\s+(?:them|those|these|whom)\b")]
    private static partial Regex PartitivePattern();

    [GeneratedRegex(@"(?:\bincluding|(?<of>\b[Oo]f\s+(?:those|them|these|whom)(?:\s+[a-z]+)?\s*,))\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|approximately\s+|more\s+than\s+|up\s+to\s+|only\s+|just\s+)?(?<n>\d{1,3}(?:,\d{3})+|\d{2,})\b(?![.,]\d)")]
    private static partial Regex SubsetPattern();

    [GeneratedRegex(@"\b(?<n>\d{1,3}(?:,\d{3})+|\d{2,})\s+(?<d>\p{Lu}\p{Ll}+s)\b")]
    private static partial Regex DemonymPattern();

    [GeneratedRegex(@"(?:about|around|approximately|roughly|some|nearly|almost|just|only|up\s+to|more\s+than|fewer\s+than|less\s+than|over|under)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ApproximationBefore();

    [GeneratedRegex(@"\b(?<n>\d{1,3}(?:,\d{3})+|\d{2,})\b(?![.,]\d)")]
    private static partial Regex BareNumberPattern();

    [GeneratedRegex(@"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", RegexOptions.IgnoreCase)]
    private static partial Regex DateMonth();

    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec";

    // After a day of the month: " March", " to 13 March", "-13 March", " and 14 Feb." (case-sensitive: "may" is a verb).
    [GeneratedRegex(@"^(?:\s*(?:to|and|-|–)\s*\d{1,2})?\s+(?:" + Months + @")\b")]
    private static partial Regex MonthAfter();

    [GeneratedRegex(@"^(?:" + Months + @")$")]
    private static partial Regex MonthName();
}
