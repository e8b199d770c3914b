namespace MissionTracker.Core.Extraction;

/// <summary>Who a statement is attributed to: a person (with office), an organisation or document, or an unnamed source.</summary>
internal sealed record Source(string? Speaker, string? Role, string? Organisation)
{
    public static Source Unnamed(string role) => new(null, role, null);
}

/// <summary>
/// Reads attributions around a statement: "X said", "said X", "X, the Y, said", "according to X",
/// "X told reporters", "he added", "the ministry said in a statement", a colon after a speaker. Names are
/// resolved through <see cref="NamedPeople"/>: a surname to the full name, a pronoun to the latest person.
/// </summary>
internal sealed class AttributionReader
{
    private const int MaxSubjectWords = 14;

    private readonly ArticleText _article;
    private NamedPeople? _people;

    public AttributionReader(ArticleText article)
    {
        _article = article;
    }

    public NamedPeople? People
    {
        get => _people;
        set => _people = value;
    }

    private string Text => _article.Text;

    /// <summary>The attribution right after a quote: <c>"...," X said</c>, <c>"...," said X</c>, <c>"...," he added</c>.</summary>
    public Source? After(int from, int limit, bool requirePerson = false)
    {
        var end = _article.SentenceEnd(from);
        if (string.IsNullOrWhiteSpace(Text[from..Math.Min(end, Text.Length)]) && end < Text.Length && _article.ParagraphOf(end) == _article.ParagraphOf(from))
        {
            end = _article.SentenceEnd(end);
        }

        end = Math.Min(end, limit);
        var words = _article.WordsIn(from, end);
        if (words.Count == 0)
        {
            return null;
        }

        // Only punctuation may stand between the closing mark and the attribution.
        for (var k = from; k < words[0].Start; k++)
        {
            if (char.IsLetterOrDigit(Text[k]) || QuoteFinder.IsMark(Text[k]))
            {
                return null;
            }
        }

        var first = words[0].Value;
        if (Lexicon.InvertibleVerbs.Contains(first) && words.Count > 1)
        {
            return requirePerson ? ForwardPersonOnly(words[1].Start, end) : Forward(words[1].Start, end);
        }

        if (first is "according" or "According" && words.Count > 2 && words[1].Value == "to")
        {
            return OwnOffice(words[2].Start, end) ?? (requirePerson ? ForwardPersonOnly(words[2].Start, end) : Forward(words[2].Start, end));
        }

        if (!CanStartSubject(words[0]))
        {
            return null;
        }

        for (var k = 1; k < words.Count && k <= MaxSubjectWords; k++)
        {
            if (Lexicon.IsAttributionVerb(words, k))
            {
                var source = Backward(words[0].Start, words[k].Start);
                if (source is not null && requirePerson && source.Speaker is null)
                {
                    return null;
                }

                return source;
            }

            if (requirePerson && k > 6)
            {
                break;
            }
        }

        // "...," Keller retorted / shot back / conceded with a grin: a person the article introduced, then any verb.
        return KnownPersonThenVerb(words, end);
    }

    /// <summary>A subject that is a person the article introduced by full name, followed by a lower-case word (a verb).</summary>
    private Source? KnownPersonThenVerb(List<Word> words, int end)
    {
        if (_people is null || words.Count < 2)
        {
            return null;
        }

        var runs = NameRun.Read(words, Text);
        if (runs.Count == 0 || runs[0].Start != words[0].Start || !runs[0].HasName || runs[0].Possessive || !_people.Knows(runs[0].Surname))
        {
            return null;
        }

        var k = words.FindIndex(w => w.Start >= runs[0].End);
        if (k < 0 || !char.IsLower(words[k].Value[0]) || Text.AsSpan(runs[0].End, words[k].Start - runs[0].End).IndexOfAny(',', ';', ':') >= 0)
        {
            return null;
        }

        return Named(runs[0], runs[0].Title(Text));
    }

    /// <summary>Inside an unclosed quote: where an attribution such as ", he said" begins (the position after the comma).</summary>
    public int? FindAttributionInside(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (Text[i] is ',' or '?' or '!' && i + 1 < end && Text[i + 1] == ' ')
            {
                if (After(i + 1, end, requirePerson: true) is not null)
                {
                    return i + 1;
                }
            }
        }

        return null;
    }

    /// <summary>The attribution before a quote in the same sentence: <c>X said the alliance wanted to "..."</c>, <c>X told reporters: "..."</c>.</summary>
    public Source? Before(int sentenceStart, int openMark)
    {
        if (openMark <= sentenceStart)
        {
            return null;
        }

        var words = _article.WordsIn(sentenceStart, openMark);
        if (words.Count == 0)
        {
            return null;
        }

        for (var k = words.Count - 1; k >= 1; k--)
        {
            if (Lexicon.AttributionVerbs.Contains(words[k].Value))
            {
                var from = Math.Max(0, k - MaxSubjectWords);
                var source = Backward(words[from].Start, words[k].Start);
                if (source is not null)
                {
                    return source;
                }
            }
        }

        // "X declined to give a date, saying only that NATO would move "step by step"": the subject of the sentence.
        for (var k = words.Count - 1; k >= 1; k--)
        {
            if (Lexicon.Participles.Contains(words[k].Value) && SentenceSubject(words, k) is { } subject)
            {
                return subject;
            }
        }

        var tail = Text.AsSpan(sentenceStart, openMark - sentenceStart).TrimEnd();
        if (tail.Length > 0 && tail[^1] == ':')
        {
            return Backward(words[0].Start, sentenceStart + tail.Length - 1);
        }

        return DocumentSubject(words);
    }

    /// <summary>The subject of a sentence: the words before its first verb-like lower-case word, read as by <see cref="Backward"/>.</summary>
    private Source? SentenceSubject(List<Word> words, int limit)
    {
        for (var v = 0; v < limit; v++)
        {
            var w = words[v].Value;
            if (!char.IsLower(w[0]) || w is "the" or "a" or "an" or "of" or "and" || Lexicon.TitleWords.Contains(w)
                || Lexicon.PersonHeads.Contains(w) || words[v].IsPossessive)
            {
                continue;
            }

            if (v == 0 && !Lexicon.Pronouns.Contains(w))
            {
                return null;
            }

            var source = v == 0 ? null : Backward(words[0].Start, words[v].Start);
            return source?.Speaker is null && source?.Organisation is null ? null : source;
        }

        return null;
    }

    /// <summary>
    /// A document or statement as the subject of the sentence, with any verb: "The summit declaration committed the allies to
    /// "...", "The cabinet's request describes the group as "..."". The document is the source (no speaker).
    /// </summary>
    private Source? DocumentSubject(List<Word> words)
    {
        for (var h = 0; h < words.Count - 1 && h <= 5; h++)
        {
            var w = words[h].Value;
            if (Lexicon.SubjectStops.Contains(w))
            {
                return null;
            }

            if (Lexicon.DocumentHeads.Contains(words[h].Stem) && !words[h].IsPossessive && words[h + 1].Value is not ("by" or "from"))
            {
                var from = 0;
                while (from < h && words[from].Value is "The" or "the" or "A" or "a" or "An" or "an")
                {
                    from++;
                }

                var phrase = Text[words[from].Start..words[h].End];
                return new Source(null, phrase, phrase);
            }
        }

        return null;
    }

    /// <summary>
    /// An attribution closing the sentence after a quote that sits inside it: <c>NATO "will stay" in Iraq, says the minister.</c>,
    /// <c>..., the minister said.</c>
    /// </summary>
    public Source? Tail(int from, int limit)
    {
        var end = Math.Min(_article.SentenceEnd(from), limit);
        var comma = LastIndexOfComma(from, end);
        if (comma < 0)
        {
            return null;
        }

        var words = _article.WordsIn(comma + 1, end);
        if (words.Count < 2 || words.Count > 8)
        {
            return null;
        }

        for (var i = comma + 1; i < end; i++)
        {
            if (QuoteFinder.IsMark(Text[i]))
            {
                return null;
            }
        }

        if (Lexicon.InvertibleVerbs.Contains(words[0].Value))
        {
            return Forward(words[1].Start, end);
        }

        if (Lexicon.AttributionVerbs.Contains(words[^1].Value) && CanStartSubject(words[0]))
        {
            return Backward(words[0].Start, words[^1].Start);
        }

        return null;
    }

    /// <summary>"according to X" anywhere in the sentence, outside quotation marks.</summary>
    public Source? AccordingTo(int sentenceStart, int sentenceEnd, IReadOnlyList<QuotedSpan> quotes)
    {
        var idx = sentenceStart;
        while (true)
        {
            idx = Text.IndexOf("ccording to ", idx, sentenceEnd - idx, StringComparison.Ordinal);
            if (idx < 1)
            {
                return null;
            }

            if (Text[idx - 1] is 'a' or 'A' && !Inside(idx, quotes))
            {
                var from = idx + "ccording to ".Length;
                var stop = from;
                while (stop < sentenceEnd && Text[stop] != ',' && !QuoteFinder.IsMark(Text[stop]) && !(Text[stop] == '.' && (stop + 1 >= Text.Length || char.IsWhiteSpace(Text[stop + 1]))))
                {
                    stop++;
                }

                var source = OwnOffice(from, stop) ?? Forward(from, Math.Min(sentenceEnd, Math.Max(stop, from)));
                if (source is not null)
                {
                    return source;
                }
            }

            idx += 5;
            if (idx >= sentenceEnd)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// "according to a statement from his office", "according to her spokesman": a document or aide described by a
    /// possessive pronoun speaks for the person the pronoun refers to.
    /// </summary>
    private Source? OwnOffice(int from, int end)
    {
        if (_people is null || end <= from)
        {
            return null;
        }

        var words = _article.WordsIn(from, end);
        for (var k = 0; k < words.Count - 1 && k <= 4; k++)
        {
            if (words[k].Value is not ("his" or "her"))
            {
                continue;
            }

            var head = words[k + 1].Value;
            if ((Lexicon.OrganisationHeads.Contains(head) || Lexicon.PersonHeads.Contains(head) || Lexicon.DocumentHeads.Contains(head))
                && _people.LatestBefore(words[k].Start) is { } person)
            {
                return new Source(person.FullName, person.Title, null);
            }

            return null;
        }

        return null;
    }

    private static bool Inside(int position, IReadOnlyList<QuotedSpan> quotes)
    {
        foreach (var q in quotes)
        {
            if (position >= q.Start && position < q.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool CanStartSubject(Word w)
    {
        var v = w.Value;
        return w.IsCapitalised || Lexicon.Pronouns.Contains(v) || v is "the" or "a" or "an" or "one" or "another" or "two" or "three"
            or "several" or "some" or "officials" or "his" or "her" or "its" or "their" or "U.S."
            || Lexicon.PersonHeads.Contains(v) || Lexicon.OrganisationHeads.Contains(v) || IsParticleName(v)
            || Lexicon.TitleWords.Contains(v) && v is not ("of" or "for" or "and" or "on"); // "coalition spokesman Col. X said"
    }

    /// <summary>"al-Sudani", "bin-Salman": a name that starts with a lower-case particle.</summary>
    private static bool IsParticleName(string v)
    {
        var dash = v.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && dash + 1 < v.Length && char.IsUpper(v[dash + 1]) && Lexicon.NameParticles.Contains(v[..dash]);
    }

    private Source? ForwardPersonOnly(int from, int end)
    {
        var s = Forward(from, end);
        return s?.Speaker is null ? null : s;
    }

    /// <summary>A subject after its verb ("said Jens Stoltenberg, NATO's secretary-general").</summary>
    public Source? Forward(int from, int end)
    {
        var words = _article.WordsIn(from, end);
        if (words.Count == 0)
        {
            return null;
        }

        if (Lexicon.Pronouns.Contains(words[0].Value))
        {
            return Pronoun(words[0].Start);
        }

        // The first comma segment holds the subject; a second one may hold the office.
        var segEnd = IndexOfComma(from, end);
        var mainEnd = segEnd < 0 ? end : segEnd;
        var main = _article.WordsIn(from, mainEnd);
        var runs = NameRun.Read(main, Text);

        // "says Chief of Defence, General X": an office alone, then the person in the next comma segment.
        if (segEnd >= 0 && runs.Count > 0 && runs[0].Start == main[0].Start && runs.TrueForAll(r => !r.HasName))
        {
            var nextEnd = IndexOfComma(segEnd + 1, end);
            var next = _article.WordsIn(segEnd + 1, nextEnd < 0 ? end : nextEnd);
            var nextRuns = NameRun.Read(next, Text);
            if (next.Count > 0 && nextRuns.Count > 0 && nextRuns[0].Start == next[0].Start && nextRuns[0].HasName && !nextRuns[0].Possessive)
            {
                return Named(nextRuns[0], nextRuns[0].Title(Text) ?? Text[main[0].Start..main[^1].End]);
            }
        }

        // "says defence minister" (headline style, no article): an office or organisation described in lower case.
        if (runs.Count == 0 && main.Count is > 0 and <= 4 && main.TrueForAll(w => char.IsLower(w.Value[0]))
            && (Lexicon.PersonHeads.Contains(main[^1].Value) || Lexicon.OrganisationHeads.Contains(main[^1].Value)))
        {
            return Unnamed(from, mainEnd, main, runs);
        }

        if (runs.Count > 0 && runs[0].Start == main[0].Start || main.Count > 0 && main[0].Value is "the" or "a" or "an")
        {
            // The subject is the leading noun phrase: stop at the first lower-case word after a run (", said Stoltenberg in a statement").
            foreach (var run in runs)
            {
                if (run.HasName && !run.Possessive)
                {
                    string? role = run.Title(Text);
                    if (role is null && segEnd >= 0)
                    {
                        role = Appositive(segEnd + 1, end);
                    }

                    return Named(run, role);
                }
            }

            // "a joint statement released by the two governments": the noun phrase ends at its document or organisation head.
            if (runs.Count == 0)
            {
                for (var k = 1; k < main.Count - 1 && k <= 4; k++)
                {
                    if ((Lexicon.DocumentHeads.Contains(main[k].Value) || Lexicon.OrganisationHeads.Contains(main[k].Value))
                        && main[k + 1].Value is not ("of" or "for") && char.IsLower(main[k + 1].Value[0]))
                    {
                        main = main[..(k + 1)];
                        mainEnd = main[^1].End;
                        break;
                    }
                }
            }

            return Unnamed(from, mainEnd, main, runs);
        }

        return null;
    }

    /// <summary>A subject before its verb ("NATO Secretary-General Jens Stoltenberg", "X, the Y,", "he").</summary>
    public Source? Backward(int from, int verbStart)
    {
        var words = _article.WordsIn(from, verbStart);
        var last = words.Count - 1;
        while (last >= 0 && Lexicon.Adverbs.Contains(words[last].Value))
        {
            last--;
        }

        if (last < 0)
        {
            return null;
        }

        if (Lexicon.Pronouns.Contains(words[last].Value))
        {
            return Pronoun(words[last].Start);
        }

        if (words[last].Value is "it" or "It" or "they" or "They" or "we" or "We" or "I" or "you" or "who" or "which" or "that")
        {
            return null;
        }

        var subjectEnd = words[last].End;

        // "X, the Y, said": an appositive between commas before the verb.
        var lastComma = LastIndexOfComma(from, verbStart);

        // "..., General X, who thanked the visitors and said they had ...": the relative pronoun's antecedent.
        if (lastComma >= 0 && RelativeClauseSubject(from, lastComma, verbStart) is { } antecedent)
        {
            return antecedent;
        }

        string? appositive = null;
        int mainStart, mainEnd;
        if (lastComma >= 0 && OnlyAdverbs(lastComma + 1, verbStart))
        {
            // "..., General Frank McKenzie, said" or "Robles, the Spanish defence minister, said"
            var prevComma = LastIndexOfComma(from, lastComma);
            var appStart = prevComma < 0 ? from : prevComma + 1;
            var app = Text[appStart..lastComma].Trim();
            var beforeComma = prevComma < 0 ? -1 : LastIndexOfComma(from, prevComma);
            var mStart = beforeComma < 0 ? from : beforeComma + 1;
            var appWords = _article.WordsIn(appStart, lastComma);
            var appRuns = NameRun.Read(appWords, Text);
            var mainWords = prevComma < 0 ? [] : _article.WordsIn(mStart, prevComma);
            var mainRuns = NameRun.Read(mainWords, Text);
            var mainPerson = LastPerson(mainRuns, prevComma);
            var appPerson = LastPerson(appRuns, lastComma);
            if (appPerson is not null && mainPerson is not null && appPerson.NameWordCount == 1 && _people?.Knows(appPerson.Name) != true)
            {
                appPerson = null; // "Sen. Jane Roe, R-Ariz., said": a one-word tag after a full name is not another person
            }

            if (mainPerson is not null && (appPerson is null || StartsWithDeterminer(appWords)))
            {
                var relative = appWords.Count > 0 && appWords[0].Value is "who" or "whose" or "which";
                return Named(mainPerson, mainPerson.Title(Text) ?? (relative ? null : StripArticle(app))); // "X, who commands the unit, said"
            }

            if (appPerson is not null)
            {
                var role = appPerson.Title(Text);
                if (role is null && prevComma >= 0 && mainWords.Count > 0 && StartsWithDeterminer(mainWords))
                {
                    role = StripArticle(Text[mStart..prevComma].Trim());
                }

                return Named(appPerson, role);
            }

            if (prevComma >= 0 && mainWords.Count > 0)
            {
                mainStart = mStart;
                mainEnd = prevComma;
                appositive = app;
            }
            else
            {
                mainStart = appStart;
                mainEnd = lastComma;
            }
        }
        else
        {
            mainStart = lastComma < 0 ? from : lastComma + 1;
            mainEnd = subjectEnd;
        }

        var main = _article.WordsIn(mainStart, mainEnd);
        if (main.Count == 0)
        {
            return null;
        }

        var runs = NameRun.Read(main, Text);
        var person = LastPerson(runs, mainEnd);
        if (person is not null)
        {
            var role = person.Title(Text) ?? LowercaseOffice(main, person.Start) ?? (appositive is null ? null : StripArticle(appositive));
            return Named(person, role);
        }

        return Unnamed(mainStart, mainEnd, main, runs);
    }

    /// <summary>
    /// A clause opened by "who" after a comma: the person named just before the comma is the subject
    /// ("Lieutenant General X, who thanked Italy and said ...").
    /// </summary>
    private Source? RelativeClauseSubject(int from, int comma, int verbStart)
    {
        var clause = _article.WordsIn(comma + 1, verbStart);
        if (clause.Count == 0 || clause[0].Value != "who")
        {
            return null;
        }

        var prevComma = LastIndexOfComma(from, comma);
        var segment = _article.WordsIn(prevComma < 0 ? from : prevComma + 1, comma);
        var runs = NameRun.Read(segment, Text);
        if (runs.Count == 0 || runs[^1].End != segment[^1].End || !runs[^1].HasName || runs[^1].Possessive)
        {
            return null;
        }

        var role = runs[^1].Title(Text);
        if (role is null && prevComma >= 0)
        {
            var beforeComma = LastIndexOfComma(from, prevComma);
            var before = _article.WordsIn(beforeComma < 0 ? from : beforeComma + 1, prevComma);
            if (StartsWithDeterminer(before))
            {
                role = StripArticle(Text[before[0].Start..before[^1].End]);
            }
        }

        return Named(runs[^1], role);
    }

    /// <summary>Whether only words such as "also", "has", "later" stand between two positions ("Khamenei, has vowed").</summary>
    private bool OnlyAdverbs(int from, int end)
    {
        foreach (var w in _article.WordsIn(from, end))
        {
            if (!Lexicon.Adverbs.Contains(w.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsWithDeterminer(List<Word> words) =>
        words.Count > 0 && words[0].Value is "the" or "The" or "a" or "A" or "an" or "An";

    /// <summary>"Spain's defence minister Margarita Robles": the lower-case office before the name.</summary>
    private string? LowercaseOffice(List<Word> main, int nameRunStart)
    {
        var k = main.FindIndex(w => w.Start >= nameRunStart);
        if (k <= 0)
        {
            return null;
        }

        var prev = main[k - 1].Value;
        if (!Lexicon.PersonHeads.Contains(prev) && !Lexicon.TitleWords.Contains(prev))
        {
            return null;
        }

        var s = k - 1;
        while (s > 0 && s > k - 6 && main[s - 1].Value is not ("said" or "says") && !Lexicon.AttributionVerbs.Contains(main[s - 1].Value)
               && (char.IsUpper(main[s - 1].Value[0]) || Lexicon.TitleWords.Contains(main[s - 1].Value) || main[s - 1].IsPossessive))
        {
            s--;
        }

        return StripArticle(Text[main[s].Start..main[k - 1].End]);
    }

    private static NameRun? LastPerson(List<NameRun> runs, int segmentEnd)
    {
        for (var i = runs.Count - 1; i >= 0; i--)
        {
            var run = runs[i];
            if (run.HasName && !run.Possessive)
            {
                return run;
            }
        }

        return null;
    }

    private Source Named(NameRun run, string? role)
    {
        var name = run.Name;
        if (run.NameWordCount == 1 && _people is not null && !_people.Knows(name))
        {
            // A lone capitalised word nobody was introduced by ("Diplomats said", "Berlin said"): not a person.
            return new Source(null, role ?? name, name);
        }

        var person = _people is null ? new Person(name, role) : _people.Resolve(name, role);
        return new Source(person.FullName, role ?? (run.NameWordCount == 1 ? person.Title : null), null);
    }

    private Source? Pronoun(int position)
    {
        var person = _people?.LatestBefore(position);
        return person is null ? Source.Unnamed("unidentified") with { Role = null } : new Source(person.FullName, person.Title, null);
    }

    /// <summary>No personal name: an organisation ("the ministry", "NATO"), a document, or an unnamed or earlier-named official.</summary>
    private Source? Unnamed(int start, int end, List<Word> main, List<NameRun> runs)
    {
        if (main.Count == 0)
        {
            return null;
        }

        var head = main[^1].Value;
        var phrase = StripArticle(Text[main[0].Start..main[^1].End]);
        var definite = main[0].Value is "the" or "The" || main[0].IsPossessive || main.Count > 1 && main[^2].IsPossessive;

        if (Lexicon.PersonHeads.Contains(head))
        {
            if (definite && main[0].Value is "the" or "The" && _people?.LatestWithOffice(start, head) is { } known)
            {
                return new Source(known.FullName, known.Title, null);
            }

            // "the new commander said" with no commander named: the latest person, when the article gave them a rank.
            if (main[0].Value is "the" or "The" && main.Count <= 4 && head is "commander" or "general" or "officer" or "admiral" or "colonel"
                && _people?.LatestRankedBefore(start) is { } ranked)
            {
                return new Source(ranked.FullName, ranked.Title ?? phrase, null);
            }

            // The title line drops articles and names people later: "..., says defence minister".
            if (_article.ParagraphOf(start) == 0 && char.IsLower(main[0].Value[0]) && _people?.FirstWithOffice(head) is { } later)
            {
                return new Source(later.FullName, phrase, null);
            }

            return Source.Unnamed(phrase);
        }

        if (Lexicon.OrganisationHeads.Contains(head))
        {
            return new Source(null, phrase, phrase);
        }

        if (runs.Count > 0 && runs[^1].End == main[^1].End && runs[^1].LooksLikeOrganisation)
        {
            var org = StripArticle(Text[runs[^1].Start..runs[^1].End]);
            return new Source(null, org, org);
        }

        if (char.IsUpper(head[0]) && main.Count <= 6 && runs.Count > 0)
        {
            var org = StripArticle(Text[runs[^1].Start..runs[^1].End]);
            return new Source(null, org, org);
        }

        return null;
    }

    private string? Appositive(int from, int end)
    {
        var stop = IndexOfComma(from, end);
        var s = Text[from..(stop < 0 ? end : stop)].Trim().TrimEnd('.');
        if (s.StartsWith("who ", StringComparison.Ordinal) || s.StartsWith("which ", StringComparison.Ordinal) || s.StartsWith("whose ", StringComparison.Ordinal))
        {
            return null; // "said X, who took command last year": a relative clause, not an office
        }

        return s.Length == 0 ? null : StripArticle(s);
    }

    public static string StripArticle(string s)
    {
        s = s.Trim();
        foreach (var a in (string[])["the ", "The ", "a ", "A ", "an ", "An "])
        {
            if (s.StartsWith(a, StringComparison.Ordinal))
            {
                return s[a.Length..].Trim();
            }
        }

        return s;
    }

    private int IndexOfComma(int from, int end)
    {
        var i = Text.IndexOf(',', from, end - from);
        return i;
    }

    private int LastIndexOfComma(int from, int end)
    {
        if (end <= from)
        {
            return -1;
        }

        return Text.LastIndexOf(',', end - 1, end - from);
    }
}
