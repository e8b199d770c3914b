using System.Text.RegularExpressions;

namespace MissionTracker.Core.Extraction;

/// <summary>A word of the article: <see cref="Start"/>/<see cref="End"/> delimit <see cref="Value"/>.</summary>
internal readonly record struct Word(int Start, int End, string Value)
{
    public bool IsCapitalised => Value.Length > 0 && char.IsUpper(Value[0]);

    public bool IsAllCaps
    {
        get
        {
            var letters = 0;
            foreach (var c in Value)
            {
                if (char.IsLetter(c))
                {
                    if (!char.IsUpper(c))
                    {
                        return false;
                    }

                    letters++;
                }
            }

            return letters >= 2;
        }
    }

    /// <summary>The word without a possessive "'s".</summary>
    public string Stem => IsPossessive ? Value[..^2] : Value;

    public bool IsPossessive => Value.Length > 2 && (Value.EndsWith("'s", StringComparison.Ordinal) || Value.EndsWith("’s", StringComparison.Ordinal));
}

/// <summary>
/// The article's text with its paragraphs (lines), sentence boundaries and words, computed once.
/// </summary>
internal sealed partial class ArticleText
{
    public ArticleText(string text)
    {
        Text = text;
        Paragraphs = ReadParagraphs(text);
        SentenceBreaks = ReadSentenceBreaks(text);
    }

    public string Text { get; }

    /// <summary>Non-empty lines, as (start, end) with end exclusive and the line break excluded.</summary>
    public IReadOnlyList<(int Start, int End)> Paragraphs { get; }

    /// <summary>Sorted positions where a sentence starts (after a full stop or a line break).</summary>
    public IReadOnlyList<int> SentenceBreaks { get; }

    private bool?[]? _headline;

    /// <summary>Whether the line holding <paramref name="position"/> is written in title case (a headline).</summary>
    public bool IsHeadline(int position)
    {
        if (Paragraphs.Count == 0)
        {
            return false;
        }

        _headline ??= new bool?[Paragraphs.Count];
        var p = ParagraphOf(position);
        if (_headline[p] is { } known)
        {
            return known;
        }

        var (s, e) = Paragraphs[p];
        var words = WordsIn(s, e);
        var caps = 0;
        foreach (var w in words)
        {
            if (w.IsCapitalised || !char.IsLetter(w.Value[0]))
            {
                caps++;
            }
        }

        var headline = words.Count >= 4 && caps * 10 >= words.Count * 7;
        _headline[p] = headline;
        return headline;
    }

    public int ParagraphOf(int position)
    {
        var lo = 0;
        var hi = Paragraphs.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var (s, e) = Paragraphs[mid];
            if (position < s)
            {
                hi = mid - 1;
            }
            else if (position > e)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return Math.Max(0, Math.Min(lo, Paragraphs.Count - 1));
    }

    /// <summary>Start of the sentence holding <paramref name="position"/>.</summary>
    public int SentenceStart(int position)
    {
        var i = UpperBound(position) - 1;
        return i >= 0 ? SentenceBreaks[i] : 0;
    }

    /// <summary>End (exclusive) of the sentence holding <paramref name="position"/>, stopping at the first break after <paramref name="position"/>.</summary>
    public int SentenceEnd(int position)
    {
        var i = UpperBound(position);
        return i < SentenceBreaks.Count ? SentenceBreaks[i] : Text.Length;
    }

    private int UpperBound(int position)
    {
        var lo = 0;
        var hi = SentenceBreaks.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (SentenceBreaks[mid] <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private IReadOnlyList<Word>? _words;

    /// <summary>Every word of the article (<see cref="WordsIn"/> over the whole text), read once.</summary>
    public IReadOnlyList<Word> Words => _words ??= WordsIn(0, Text.Length);

    /// <summary>The words of <c>Text[start..end]</c>.</summary>
    public List<Word> WordsIn(int start, int end)
    {
        var words = new List<Word>();
        if (end <= start)
        {
            return words;
        }

        foreach (var m in WordPattern().EnumerateMatches(Text.AsSpan(start, end - start)))
        {
            var s = start + m.Index;
            var e = s + m.Length;
            if (Text[e - 1] == '.' && !KeepsDot(Text.AsSpan(s, m.Length)))
            {
                e--;
            }

            words.Add(new Word(s, e, Text[s..e]));
        }

        return words;
    }

    private static bool KeepsDot(ReadOnlySpan<char> token)
    {
        var bare = token[..^1];
        if (bare.Length == 1 && char.IsUpper(bare[0]))
        {
            return true; // an initial: "George W. Bush"
        }

        if (bare.Contains('.'))
        {
            return true; // "U.S."
        }

        return Lexicon.Abbreviations.Contains(bare.ToString());
    }

    private static List<(int, int)> ReadParagraphs(string text)
    {
        var list = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var s = start;
                var e = i;
                while (s < e && char.IsWhiteSpace(text[s]))
                {
                    s++;
                }

                while (e > s && char.IsWhiteSpace(text[e - 1]))
                {
                    e--;
                }

                if (e > s)
                {
                    list.Add((s, e));
                }

                start = i + 1;
            }
        }

        return list;
    }

    private static List<int> ReadSentenceBreaks(string text)
    {
        var breaks = new List<int>();
        foreach (var m in SentenceEndPattern().EnumerateMatches(text))
        {
            var dot = m.Index;
            var next = m.Index + m.Length;
            if (text[dot] == '\n')
            {
                breaks.Add(next);
                continue;
            }

            if (text[dot] == '.')
            {
                // The word before the full stop: an abbreviation or an initial does not end the sentence.
                var ws = dot;
                while (ws > 0 && (char.IsLetterOrDigit(text[ws - 1]) || text[ws - 1] == '.' || text[ws - 1] == '-'))
                {
                    ws--;
                }

                var word = text.AsSpan(ws, dot - ws + 1);
                if (KeepsDot(word) && !(word.Length > 3 && word.EndsWith("S.") && next < text.Length && IsSentenceOpening(text, next)))
                {
                    continue;
                }
            }

            breaks.Add(next);
        }

        return breaks;
    }

    private static bool IsSentenceOpening(string text, int i)
    {
        // After "U.S." a following "The", "But", "It" ... starts a new sentence; a capitalised noun does not.
        var e = i;
        while (e < text.Length && char.IsLetter(text[e]))
        {
            e++;
        }

        var w = text[i..e];
        return w is "The" or "But" or "It" or "In" or "He" or "She" or "They" or "A" or "This" or "That" or "On" or "And";
    }

    // A full stop, question or exclamation mark (with closing marks or brackets), then space and a capital,
    // a digit or an opening mark; or a line break.
    [GeneratedRegex(@"[.!?][""”’')\]]*[ \t]+(?=[\p{Lu}0-9""“‘(\[])|\n")]
    private static partial Regex SentenceEndPattern();

    [GeneratedRegex(@"(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\.?")]
    private static partial Regex WordPattern();
}
