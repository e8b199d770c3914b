namespace MissionTracker.Core.Extraction;

/// <summary>A span between quotation marks. <see cref="Start"/>/<see cref="End"/> delimit the trimmed content.</summary>
/// <param name="OpenMark">Position of the opening mark.</param>
/// <param name="CloseMark">Position of the closing mark, or -1 for an unclosed quote.</param>
internal sealed record QuotedSpan(int Start, int End, int OpenMark, int CloseMark, int Paragraph)
{
    public bool Unclosed => CloseMark < 0;

    /// <summary>Where the text after the quote begins (after the closing mark, or after the content).</summary>
    public int After => CloseMark >= 0 ? CloseMark + 1 : End;
}

/// <summary>
/// Finds spans between quotation marks, paragraph by paragraph: straight and curly marks (mismatched pairs
/// included) pair up in order; an odd mark left over opens an unclosed quote that runs to its attribution or to
/// the end of the paragraph (the convention for a quote running over several paragraphs).
/// </summary>
internal static class QuoteFinder
{
    public static bool IsMark(char c) => c is '"' or '“' or '”' or '„' or '‟' or '«' or '»' or '″';

    public static List<QuotedSpan> Find(ArticleText article, AttributionReader reader)
    {
        var text = article.Text;
        var spans = new List<QuotedSpan>();
        var marks = new List<int>();
        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            var (ps, pe) = article.Paragraphs[p];
            marks.Clear();
            for (var i = ps; i < pe; i++)
            {
                if (IsMark(text[i]))
                {
                    marks.Add(i);
                }
            }

            if (marks.Count == 0)
            {
                AddSingleQuoted(spans, text, ps, pe, p);
                continue;
            }

            for (var k = 0; k < marks.Count; k += 2)
            {
                var open = marks[k];
                if (k + 1 < marks.Count)
                {
                    Add(spans, text, open + 1, marks[k + 1], open, marks[k + 1], p);
                }
                else
                {
                    // Unclosed: the quote stops where an attribution starts ("..., he said"), else at the paragraph end.
                    var end = reader.FindAttributionInside(open + 1, pe) ?? pe;
                    Add(spans, text, open + 1, end, open, -1, p);
                }
            }
        }

        return spans;
    }

    /// <summary>
    /// British and Australian style, in a paragraph without double marks: single marks (<c>'...'</c>, <c>‘...’</c>). An
    /// opening mark follows a space, a bracket, a dash or a colon and precedes a letter or digit; a closing mark follows
    /// text and precedes a space or punctuation, so apostrophes inside words ("Australia’s", "don't") are not marks. A
    /// plural possessive ("the soldiers' families") closes only when no later mark can. An opening mark left over is
    /// dropped: single marks do not run over paragraphs.
    /// </summary>
    private static void AddSingleQuoted(List<QuotedSpan> spans, string text, int ps, int pe, int paragraph)
    {
        var i = ps;
        while (i < pe)
        {
            if (!IsSingleOpen(text, ps, pe, i))
            {
                i++;
                continue;
            }

            var close = -1;
            for (var j = i + 2; j < pe; j++)
            {
                if (!IsSingleClose(text, pe, j))
                {
                    continue;
                }

                close = j;
                var possessive = text[j - 1] is 's' or 'S' && j + 2 < pe && text[j + 1] == ' ' && char.IsLower(text[j + 2]);
                if (!possessive)
                {
                    break;
                }

                // "the soldiers' families": a later closing mark, if any, is the real one.
                var later = false;
                for (var k = j + 1; k < pe && !later; k++)
                {
                    later = IsSingleClose(text, pe, k);
                }

                if (!later)
                {
                    break;
                }

                close = -1;
            }

            if (close < 0)
            {
                i++;
                continue;
            }

            Add(spans, text, i + 1, close, i, close, paragraph);
            i = close + 1;
        }
    }

    private static bool IsSingleOpen(string text, int ps, int pe, int i) =>
        text[i] is '\'' or '‘' && (i == ps || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or ':')
        && i + 1 < pe && char.IsLetterOrDigit(text[i + 1]);

    private static bool IsSingleClose(string text, int pe, int j) =>
        text[j] is '\'' or '’' && !char.IsWhiteSpace(text[j - 1]) && (j + 1 >= pe || !char.IsLetterOrDigit(text[j + 1]));

    private static void Add(List<QuotedSpan> spans, string text, int s, int e, int open, int close, int paragraph)
    {
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        var letters = 0;
        for (var i = s; i < e && letters < 2; i++)
        {
            if (char.IsLetter(text[i]))
            {
                letters++;
            }
        }

        if (letters >= 2)
        {
            spans.Add(new QuotedSpan(s, e, open, close, paragraph));
        }
    }
}
