namespace MissionTracker.Core.Extraction;

/// <summary>
/// Turns quoted spans into direct quotes with their speakers, and reads reported speech ("Wallace said London was
/// open to ...") as paraphrases. A quoted span with no attribution is kept only when it continues an attributed
/// quote (a split quote, a second quote in the paragraph, a paragraph opening with a mark); scare quotes are dropped.
/// </summary>
internal static class StatementFinder
{
    private const int MinContinuationWords = 4;

    public static List<ExtractedQuote> Find(ArticleText article, AttributionReader reader, IReadOnlyList<QuotedSpan> spans)
    {
        var text = article.Text;

        // Pass 1: the attribution each span has in its own sentence.
        var own = new Source?[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            var q = spans[i];
            var (_, pe) = article.Paragraphs[q.Paragraph];
            var next = i + 1 < spans.Count && spans[i + 1].Paragraph == q.Paragraph ? spans[i + 1].OpenMark : pe;
            var prevSameParagraph = i > 0 && spans[i - 1].Paragraph == q.Paragraph ? spans[i - 1] : null;

            var source = reader.After(q.After, next);
            var sentenceStart = article.SentenceStart(q.OpenMark);
            source ??= reader.AccordingTo(sentenceStart, Math.Min(article.SentenceEnd(Math.Max(q.OpenMark, q.End - 1)), pe), spans);
            if (source is null)
            {
                var prefixStart = sentenceStart;
                if (prevSameParagraph is not null && prevSameParagraph.After > prefixStart)
                {
                    prefixStart = prevSameParagraph.After;
                }

                source = reader.Before(prefixStart, q.OpenMark);
            }

            source ??= reader.Tail(q.After, next);
            source ??= ColonParagraphBefore(article, reader, q);

            own[i] = source;
        }

        // Pass 2: a paragraph left open by a quote running on takes the attribution of the paragraph that continues it.
        for (var i = spans.Count - 2; i >= 0; i--)
        {
            if (own[i] is null && spans[i].Unclosed && spans[i].End >= article.Paragraphs[spans[i].Paragraph].End - 1
                && spans[i + 1].Paragraph == spans[i].Paragraph + 1 && OpensParagraph(article, spans[i + 1]))
            {
                own[i] = own[i + 1];
            }
        }

        // Pass 3: continuations (a split quote, a second quote in the paragraph, a paragraph opening with a mark).
        var quotes = new List<ExtractedQuote>();
        Source? previous = null;
        var previousParagraph = -10;
        for (var i = 0; i < spans.Count; i++)
        {
            var q = spans[i];
            var source = own[i];
            if (source is null && previous is not null)
            {
                // A later quote of the same paragraph continues only in the same sentence ("A," he said, "B.") or when it
                // opens a sentence ("A," he said. "B."); a scare quote inside another sentence is not the speaker's.
                var prevSameParagraph = i > 0 && spans[i - 1].Paragraph == q.Paragraph
                    && (article.SentenceStart(q.OpenMark) <= spans[i - 1].OpenMark || OpensSentence(article, q));
                if ((prevSameParagraph && previousParagraph == q.Paragraph)
                    || (OpensParagraph(article, q) && q.Paragraph - previousParagraph <= 2 && WordCount(text, q) >= MinContinuationWords))
                {
                    source = previous;
                }
            }

            if (source is null)
            {
                continue;
            }

            quotes.Add(new ExtractedQuote(text[q.Start..q.End], source.Speaker, source.Role, source.Organisation, QuoteKind.Direct, q.Start, q.End));
            previous = source;
            previousParagraph = q.Paragraph;
        }

        return quotes;
    }

    /// <summary>
    /// Press-release style: the attribution stands alone in the paragraph before the quote and ends with a colon
    /// (<c>Defence Secretary X said:</c>, <c>The minister added:</c>), and the quote opens the next paragraph.
    /// </summary>
    private static Source? ColonParagraphBefore(ArticleText article, AttributionReader reader, QuotedSpan q)
    {
        if (q.Paragraph == 0 || !OpensParagraph(article, q))
        {
            return null;
        }

        var text = article.Text;
        var (ps, pe) = article.Paragraphs[q.Paragraph - 1];
        var colon = pe - 1;
        while (colon > ps && char.IsWhiteSpace(text[colon]))
        {
            colon--;
        }

        if (colon <= ps || text[colon] != ':' || HasMark(text, ps, colon))
        {
            return null;
        }

        return reader.Before(article.SentenceStart(colon), colon + 1);
    }

    private static bool OpensSentence(ArticleText article, QuotedSpan q) =>
        string.IsNullOrWhiteSpace(article.Text[article.SentenceStart(q.OpenMark)..q.OpenMark]);

    private static bool OpensParagraph(ArticleText article, QuotedSpan q) =>
        string.IsNullOrWhiteSpace(article.Text[article.Paragraphs[q.Paragraph].Start..q.OpenMark]);

    /// <summary>Reported speech: a sentence without quotation marks whose subject is attributed by a reporting verb.</summary>
    public static List<ExtractedQuote> FindParaphrases(ArticleText article, AttributionReader reader, IReadOnlyList<QuotedSpan> spans)
    {
        var text = article.Text;
        var result = new List<ExtractedQuote>();
        var breaks = article.SentenceBreaks;
        for (var b = -1; b < breaks.Count; b++)
        {
            var s = b < 0 ? 0 : breaks[b];
            var e = b + 1 < breaks.Count ? breaks[b + 1] : text.Length;
            if (e - s < 20 || HasMark(text, s, e) || article.IsHeadline(s))
            {
                continue;
            }

            var words = article.WordsIn(s, e);
            for (var k = 1; k < words.Count - 3 && k <= 12; k++)
            {
                if (!Lexicon.ReportingVerbs.Contains(words[k].Value))
                {
                    continue;
                }

                var source = reader.Backward(s, words[k].Start);
                if (source is null || source.Speaker is null && source.Organisation is null)
                {
                    break;
                }

                var c = k + 1;
                if (words[k].Value == "told" && c < words.Count)
                {
                    c++; // the listener: "told reporters"
                    while (c < words.Count && words[c - 1].Value is "a" or "the" or "small" or "group" or "of")
                    {
                        c++;
                    }
                }

                while (c < words.Count && words[c].Value is "on" or "in" or "at" && c + 1 < words.Count && char.IsUpper(words[c + 1].Value[0]) && !NameRun.IsCountryWord(words[c + 1].Value))
                {
                    c += 2; // "said on Wednesday"
                }

                if (c < words.Count && words[c].Value == "that")
                {
                    c++;
                }

                if (words.Count - c < 4 || words[c].Value is "in" or "during" or "at" or "after" or "before" or "while")
                {
                    break;
                }

                var cs = words[c].Start;
                var ce = e;
                while (ce > cs && (char.IsWhiteSpace(text[ce - 1]) || text[ce - 1] == '.'))
                {
                    ce--;
                }

                result.Add(new ExtractedQuote(text[cs..ce], source.Speaker, source.Role, source.Organisation, QuoteKind.Paraphrase, cs, ce));
                break;
            }
        }

        return result;
    }

    private static bool HasMark(string text, int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (QuoteFinder.IsMark(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static int WordCount(string text, QuotedSpan q)
    {
        var n = 0;
        var inWord = false;
        for (var i = q.Start; i < q.End; i++)
        {
            var w = char.IsLetterOrDigit(text[i]);
            if (w && !inWord)
            {
                n++;
            }

            inWord = w;
        }

        return n;
    }
}
