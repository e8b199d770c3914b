namespace MissionTracker.Core.Extraction;

/// <summary>A person as the article introduces them: full name and the office written before it.</summary>
/// <param name="Ranked">Whether the article gives the person a military rank ("Lieutenant General X").</param>
internal sealed record Person(string FullName, string? Title, bool Ranked = false);

/// <summary>
/// The people the article names: full names keyed by surname (so "Stoltenberg" resolves to "Jens Stoltenberg"),
/// and every place a person is mentioned outside quotation marks (so "he" resolves to the latest of them).
/// </summary>
internal sealed class NamedPeople
{
    private readonly Dictionary<string, Person> _bySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(int Position, Person Person)> _mentions = [];

    public NamedPeople(ArticleText article, List<NameRun> runs, IReadOnlyList<QuotedSpan> quotes)
    {
        var text = article.Text;
        foreach (var run in runs)
        {
            if (run.HasName && run.NameWordCount >= 2 && !article.IsHeadline(run.Start))
            {
                var surname = Key(run.Surname);
                var ranked = IsRanked(run);
                if (!_bySurname.TryGetValue(surname, out var known))
                {
                    _bySurname[surname] = new Person(run.Name, run.Title(text), ranked);
                }
                else if (known.FullName == run.Name)
                {
                    if (known.Title is null && run.Title(text) is { } title)
                    {
                        known = known with { Title = title };
                    }

                    _bySurname[surname] = known with { Ranked = known.Ranked || ranked };
                }
            }
        }

        // Names of three words or more: the word before the last may be the surname used alone later (Spanish and
        // Portuguese double surnames: "José Luis García Pérez" is "General García").
        foreach (var person in _bySurname.Values.ToList())
        {
            var parts = person.FullName.Split(' ');
            var last = parts.Length - 1;
            while (last > 0 && Lexicon.NameSuffixes.Contains(parts[last]))
            {
                last--;
            }

            if (last >= 2 && !Lexicon.NameParticles.Contains(parts[last - 1]) && char.IsUpper(parts[last - 1][0]) && parts[last - 1].Length > 2)
            {
                _bySurname.TryAdd(Key(parts[last - 1]), person);
            }
        }

        var q = 0;
        foreach (var run in runs)
        {
            if (!run.HasName)
            {
                continue;
            }

            while (q < quotes.Count && quotes[q].End <= run.Start)
            {
                q++;
            }

            var insideQuote = q < quotes.Count && quotes[q].Start <= run.Start;
            if (!insideQuote && _bySurname.TryGetValue(Key(run.Surname), out var person)
                && (run.NameWordCount == 1 || IsPartOf(run.Name, person.FullName)))
            {
                _mentions.Add((run.NameStart, person));
            }
        }
    }

    public int Count => _bySurname.Count;

    /// <summary>Whether a surname (or a one-word name) belongs to someone the article introduced by full name.</summary>
    public bool Knows(string name) => _bySurname.ContainsKey(Key(name));

    /// <summary>The surname key: a particle joined by a hyphen is dropped, so "al-Sudani" and "Sudani" are one person.</summary>
    private static string Key(string surname)
    {
        var dash = surname.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && dash + 1 < surname.Length && Lexicon.NameParticles.Contains(surname[..dash].ToLowerInvariant())
            ? surname[(dash + 1)..]
            : surname;
    }

    private static bool IsRanked(NameRun run)
    {
        for (var i = 0; i < run.NameFrom; i++)
        {
            if (Lexicon.IsRank(run.Words[i].Value) && run.Words[i].Value is not ("Mr." or "Mr" or "Mrs." or "Mrs" or "Ms." or "Ms" or "Dr." or "Dr" or "The" or "the"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Al Kadhimi" or "Kadhimi" written for "Mustafa Al Kadhimi": the words of the name end the full name; "García" or
    /// "García Pérez" written for "José Luis García Pérez": the words of the name stand in the full name after its first word.
    /// </summary>
    private static bool IsPartOf(string name, string fullName) =>
        fullName == name || fullName.EndsWith(" " + name, StringComparison.Ordinal)
        || !name.Contains(' ', StringComparison.Ordinal) && fullName.Contains(" " + name + " ", StringComparison.Ordinal);

    /// <summary>
    /// "the new commander said" when nobody holds that office: the latest person mentioned, when the article gave them a
    /// military rank.
    /// </summary>
    public Person? LatestRankedBefore(int position) => LatestBefore(position) is { Ranked: true } p ? p : null;

    /// <summary>The full name for a name as written: a surname alone resolves to the full name given anywhere.</summary>
    public Person Resolve(string name, string? title)
    {
        var parts = name.Split(' ');
        var surname = parts[^1];
        for (var i = parts.Length - 1; i > 0 && Lexicon.NameSuffixes.Contains(surname); i--)
        {
            surname = parts[i - 1];
        }

        if (_bySurname.TryGetValue(Key(surname), out var person))
        {
            if (parts.Length == 1 || IsPartOf(name, person.FullName))
            {
                return title is null ? person : person with { Title = title };
            }
        }

        return new Person(name, title);
    }

    /// <summary>The latest person mentioned before <paramref name="position"/> (outside quotes): what "he" or "she" refers to.</summary>
    public Person? LatestBefore(int position)
    {
        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            if (_mentions[i].Position < position)
            {
                return _mentions[i].Person;
            }
        }

        return null;
    }

    /// <summary>The first person mentioned whose office contains <paramref name="office"/> (for a title line that names nobody).</summary>
    public Person? FirstWithOffice(string office)
    {
        foreach (var (_, person) in _mentions)
        {
            if (person.Title is { } t && t.Contains(office, StringComparison.OrdinalIgnoreCase))
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>The latest person before <paramref name="position"/> whose office contains <paramref name="office"/> ("the minister").</summary>
    public Person? LatestWithOffice(int position, string office)
    {
        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            var (pos, person) = _mentions[i];
            if (pos < position && person.Title is { } t && t.Contains(office, StringComparison.OrdinalIgnoreCase))
            {
                return person;
            }
        }

        return null;
    }
}
