namespace MissionTracker.Core.Extraction;

/// <summary>A person as the article introduces them: full name and the office written before it.</summary>
internal sealed record Person(string FullName, string? Title);

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
                if (!_bySurname.TryGetValue(surname, out var known))
                {
                    _bySurname[surname] = new Person(run.Name, run.Title(text));
                }
                else if (known.Title is null && run.Title(text) is { } title && known.FullName == run.Name)
                {
                    _bySurname[surname] = known with { Title = title };
                }
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

    /// <summary>"Al Kadhimi" or "Kadhimi" written for "Mustafa Al Kadhimi": the words of the name end the full name.</summary>
    private static bool IsPartOf(string name, string fullName) =>
        fullName == name || fullName.EndsWith(" " + name, StringComparison.Ordinal);

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
