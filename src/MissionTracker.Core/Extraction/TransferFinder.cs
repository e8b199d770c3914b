using System.Text.RegularExpressions;

namespace MissionTracker.Core.Extraction;

/// <summary>
/// Candidate transfers: a sentence with a moving verb ("moving", "transfer", "shift", "rebadging") and a
/// mission it moves to ("... to the NATO mission"). The country is the first country named in the sentence;
/// the other mission named is where the troops come from; a share ("a major part of", "some of its troops") or
/// a troop figure in the sentence gives the amount. These are proposals for an analyst, not facts.
/// </summary>
internal static partial class TransferFinder
{
    public static List<ExtractedTransfer> Find(ArticleText article, IReadOnlyList<ExtractedCountry> countries,
        IReadOnlyList<ExtractedMission> missions, IReadOnlyList<ExtractedTroopFigure> figures)
    {
        var text = article.Text;
        var result = new List<ExtractedTransfer>();
        foreach (Match verb in MoveVerb().Matches(text))
        {
            var ss = article.SentenceStart(verb.Index);
            var se = article.SentenceEnd(verb.Index);
            if (result.Count > 0 && result[^1].Start == ss)
            {
                continue;
            }

            // The destination: a mission named after "to" following the verb.
            ExtractedMission? to = null;
            foreach (var m in missions)
            {
                if (m.Start > verb.Index && m.End <= se && PrecededByTo(text, m.Start, verb.Index))
                {
                    to = m;
                    break;
                }
            }

            if (to is null)
            {
                continue;
            }

            string? from = null;
            foreach (var m in missions)
            {
                if (m.Start >= ss && m.End <= se && m.Mission != to.Mission)
                {
                    from = m.Mission;
                    break;
                }
            }

            string? country = null;
            foreach (var c in countries)
            {
                if (c.Start >= ss && c.End <= se && !IsLocation(text, c.Start))
                {
                    country = c.CountryCode;
                    break;
                }
            }

            int? count = null;
            foreach (var f in figures)
            {
                if (f.Start >= ss && f.End <= se)
                {
                    count = f.Count;
                    break;
                }
            }

            var span = text.AsSpan(ss, se - ss);
            var share = Share().Match(text, ss, se - ss);
            var end = ss + span.TrimEnd().Length;
            result.Add(new ExtractedTransfer(country, from, to.Mission, count, share.Success ? share.Groups["share"].Value : null, text[ss..end], ss, end));
        }

        return result;
    }

    private static bool PrecededByTo(string text, int missionStart, int verbIndex)
    {
        var from = Math.Max(verbIndex, missionStart - 12);
        var window = text.AsSpan(from, missionStart - from);
        return window.Contains(" to ", StringComparison.Ordinal) || window.EndsWith(" to", StringComparison.Ordinal)
            || window.Contains(" into ", StringComparison.Ordinal) || window.Contains(" under ", StringComparison.Ordinal);
    }

    private static bool IsLocation(string text, int start)
    {
        var s = Math.Max(0, start - 7);
        var before = text.AsSpan(s, start - s);
        return before.EndsWith(" in ", StringComparison.Ordinal) || before.EndsWith(" to ", StringComparison.Ordinal)
            || before.EndsWith(" from ", StringComparison.Ordinal) || before.EndsWith("across ", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\b(?:mov(?:e|es|ed|ing)|transfer(?:s|red|ring)?|shift(?:s|ed|ing)?|switch(?:es|ed|ing)?|rebadg(?:e|es|ed|ing)|reassign(?:s|ed|ing)?|redeploy(?:s|ed|ing)?|relocat(?:e|es|ed|ing)|hand(?:s|ed|ing)?\s+over|tak(?:e|es|ing)\s+over)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoveVerb();

    [GeneratedRegex(@"\b(?<share>(?:a|the)\s+(?:major|large|larger|significant|small|big|substantial|good)\s+(?:part|portion|share|number)|the\s+(?:bulk|majority|rest)|(?:most|some|part|half|all|many|several|a\s+third|a\s+quarter|two-thirds|a\s+portion)|(?:a|one)\s+(?:third|quarter|half))\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex Share();
}
