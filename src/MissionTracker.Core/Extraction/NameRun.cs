using MissionTracker.Core.Geography;

namespace MissionTracker.Core.Extraction;

/// <summary>
/// A run of capitalised words ("NATO Secretary-General Jens Stoltenberg") split into its title part and its
/// name part. A run without a name part is an office, an organisation or a place.
/// </summary>
internal sealed record NameRun(IReadOnlyList<Word> Words, int NameFrom, bool Possessive)
{
    public int Start => Words[0].Start;

    public int End => Words[^1].End;

    public bool HasName => NameFrom < Words.Count;

    public int NameStart => Words[NameFrom].Start;

    /// <summary>The person's name as written, honorifics and ranks dropped, possessive removed.</summary>
    public string Name
    {
        get
        {
            var parts = new List<string>();
            for (var i = NameFrom; i < Words.Count; i++)
            {
                parts.Add(i == Words.Count - 1 ? Words[i].Stem : Words[i].Value);
            }

            return string.Join(' ', parts);
        }
    }

    /// <summary>Last word of the name, suffixes skipped: the key for surname coreference.</summary>
    public string Surname
    {
        get
        {
            for (var i = Words.Count - 1; i >= NameFrom; i--)
            {
                var w = i == Words.Count - 1 ? Words[i].Stem : Words[i].Value;
                if (!Lexicon.NameSuffixes.Contains(w))
                {
                    return w;
                }
            }

            return Words[^1].Stem;
        }
    }

    public int NameWordCount
    {
        get
        {
            var n = 0;
            for (var i = NameFrom; i < Words.Count; i++)
            {
                var v = Words[i].Value;
                if (!Lexicon.NameParticles.Contains(v) && !Lexicon.NameSuffixes.Contains(v) && !(v.Length == 2 && v[1] == '.'))
                {
                    n++;
                }
            }

            return n;
        }
    }

    /// <summary>The title words before the name ("NATO Secretary-General"), or null when they are only a rank or honorific.</summary>
    public string? Title(string text)
    {
        var from = 0;
        while (from < NameFrom && (Words[from].Value is "The" or "the" || Lexicon.NeverNames.Contains(Words[from].Value) && !Lexicon.IsTitle(Words[from].Value) && !IsCountryWord(Words[from].Stem)))
        {
            from++;
        }

        var to = NameFrom;
        while (to > from && Lexicon.IsRank(Words[to - 1].Value)
               && !(to - 2 >= from && Words[to - 2].Value is "Secretary" or "Attorney" or "Director" or "Inspector" or "Surgeon" or "Consul" or "Solicitor" or "Auditor" or "Governor"))
        {
            to--;
        }

        if (to <= from)
        {
            return null;
        }

        // "Marine Corps Gen.", "Army Col.": a service branch before a rank is not an office.
        var onlyService = true;
        for (var k = from; k < to && onlyService; k++)
        {
            onlyService = Words[k].Value is "Army" or "Navy" or "Air" or "Force" or "Marine" or "Marines" or "Corps" or "Coast" or "Guard" or "Space"
                || Lexicon.IsRank(Words[k].Value);
        }

        if (onlyService && to < NameFrom)
        {
            return null;
        }

        return text[Words[from].Start..Words[to - 1].End];
    }

    public bool LooksLikeOrganisation
    {
        get
        {
            foreach (var w in Words)
            {
                if (w.IsAllCaps || Lexicon.OrganisationWords.Contains(w.Stem) || IsCountryWord(w.Stem))
                {
                    return true;
                }
            }

            return false;
        }
    }

    public static bool IsCountryWord(string word) => CountryCatalog.NameIndex.ContainsKey(word);

    /// <summary>Splits the words of a text into capitalised runs.</summary>
    public static List<NameRun> Read(IReadOnlyList<Word> words, string text)
    {
        var runs = new List<NameRun>();
        var i = 0;
        while (i < words.Count)
        {
            if (!StartsRun(words[i]))
            {
                i++;
                continue;
            }

            var run = new List<Word> { words[i] };
            var possessive = words[i].IsPossessive;
            var j = i + 1;
            while (!possessive && j < words.Count && OnlySpaceBetween(text, words[j - 1], words[j]))
            {
                var w = words[j];
                // "Rolf Asmussen and Defence Minister Greta Voss": "and" after a personal name joins two people, not one name.
                var joinsPeople = w.Value == "and" && run.Count >= 2 && IsPlainName(run[^1]) && IsPlainName(run[^2]);
                if (StartsRun(w) || (IsConnector(w.Value) && !joinsPeople && j + 1 < words.Count && StartsRun(words[j + 1]) && OnlySpaceBetween(text, w, words[j + 1])))
                {
                    run.Add(w);
                    possessive = w.IsPossessive;
                    j++;
                }
                else
                {
                    break;
                }
            }

            // "Senator the Hon Linda Example CSC", "Ruth Example MP": post-nominal letters close the run, outside the name.
            while (run.Count > 1 && Lexicon.PostNominals.Contains(run[^1].Stem) && !possessive && IsPlainName(run[^2]))
            {
                run.RemoveAt(run.Count - 1);
            }

            runs.Add(Split(run, possessive));
            i = j;
        }

        return runs;
    }

    private static NameRun Split(List<Word> run, bool possessive)
    {
        // The name is what follows the last title, organisation, country or connector word.
        var from = 0;
        for (var k = run.Count - 1; k >= 0; k--)
        {
            var v = run[k].Stem;
            if (Lexicon.IsTitle(v) || IsConnector(v) && !Lexicon.NameParticles.Contains(v) || run[k].IsAllCaps && !Lexicon.NameSuffixes.Contains(v)
                || IsCountryWord(v) || Lexicon.OrganisationWords.Contains(v) || Lexicon.NeverNames.Contains(v) && !InsideName(run, k) || !char.IsLetter(v[0]))
            {
                from = k + 1;
                break;
            }
        }

        // A name does not start with a particle or a suffix.
        while (from < run.Count && (Lexicon.NameParticles.Contains(run[from].Value) || Lexicon.NameSuffixes.Contains(run[from].Value)))
        {
            from++;
        }

        return new NameRun(run, from, possessive);
    }

    /// <summary>
    /// A word that is usually not a name but stands between two plain name words ("Mohammed Shia al-Sudani"): part of the name.
    /// </summary>
    private static bool InsideName(List<Word> run, int k) =>
        k > 0 && k + 1 < run.Count && IsPlainName(run[k - 1]) && IsPlainName(run[k + 1]) && !Lexicon.IsTitle(run[k].Stem)
        && !Lexicon.OrganisationWords.Contains(run[k].Stem) && !IsCountryWord(run[k].Stem) && char.IsUpper(run[k].Value[0])
        && run[k].Value.Length > 2 && !run[k].IsAllCaps;

    private static bool IsPlainName(Word w)
    {
        var v = w.Stem;
        return v.Length > 1 && !w.IsAllCaps && !Lexicon.IsTitle(v) && !Lexicon.NeverNames.Contains(v) && !Lexicon.OrganisationWords.Contains(v)
            && !IsCountryWord(v) && !IsConnector(v) && StartsRun(w);
    }

    private static bool StartsRun(Word w)
    {
        var v = w.Value;
        if (v.Length == 0)
        {
            return false;
        }

        if (char.IsUpper(v[0]))
        {
            return true;
        }

        // "al-Kadhimi", "bin-Salman"
        var dash = v.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && dash + 1 < v.Length && char.IsUpper(v[dash + 1]) && Lexicon.NameParticles.Contains(v[..dash]);
    }

    private static bool IsConnector(string v) => v is "of" or "the" or "for" or "and" || Lexicon.NameParticles.Contains(v);

    private static bool OnlySpaceBetween(string text, Word a, Word b)
    {
        if (b.Start - a.End > 2)
        {
            return false;
        }

        for (var k = a.End; k < b.Start; k++)
        {
            if (text[k] != ' ')
            {
                return false;
            }
        }

        return true;
    }
}
