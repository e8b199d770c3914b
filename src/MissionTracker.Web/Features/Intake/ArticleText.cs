using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MissionTracker.Web.Features.Intake;

/// <summary>Turns what arrives (HTML pages, feed items, pasted text) into the plain article text the extractor reads.</summary>
public static class ArticleText
{
    private static readonly string[] Noise = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "figure figcaption", "button"];
    private static readonly string[] Blocks = ["p", "h1", "h2", "h3", "h4", "li", "blockquote", "pre"];

    public sealed record Reduced(string? Title, string Text);

    /// <summary>
    /// Reduces an HTML page to its article: the <c>article</c> element (or <c>main</c>, or the body) without navigation,
    /// scripts and asides, one paragraph per block, with the title on the first line as the extractor expects.
    /// </summary>
    public static Reduced FromHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var title = document.QuerySelector("h1")?.TextContent is { } h1 && !string.IsNullOrWhiteSpace(h1)
            ? Collapse(h1)
            : document.Title is { Length: > 0 } t ? Collapse(t) : null;
        var root = (IElement?)document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        if (root is null)
        {
            return new Reduced(title, "");
        }
        foreach (var noise in root.QuerySelectorAll(string.Join(",", Noise)).ToList())
        {
            noise.Remove();
        }
        var paragraphs = root.QuerySelectorAll(string.Join(",", Blocks))
            .Where(e => !e.Ancestors<IElement>().Any(a => Blocks.Contains(a.LocalName)))
            .Select(e => Collapse(e.TextContent))
            .Where(p => p.Length > 0)
            .ToList();
        if (paragraphs.Count == 0)
        {
            paragraphs = [.. root.TextContent.Split('\n').Select(Collapse).Where(p => p.Length > 0)];
        }
        if (title is not null && paragraphs.Count > 0 && paragraphs[0] == title)
        {
            paragraphs.RemoveAt(0);
        }
        var body = string.Join("\n\n", paragraphs);
        return new Reduced(title, title is null ? body : title + "\n\n" + body);
    }

    /// <summary>Line endings unified and trailing spaces trimmed; otherwise the text is kept as given so spans stay true.</summary>
    public static string Normalise(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(l => l.TrimEnd())).Trim();

    /// <summary>
    /// A fingerprint that two copies of one article share even when spacing, case, punctuation or quotation marks differ:
    /// SHA-256 over the lower-cased letters and digits.
    /// </summary>
    public static string ContentHash(string text)
    {
        var letters = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsLetterOrDigit(c))
            {
                letters.Append(char.ToLowerInvariant(c));
            }
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(letters.ToString())));
    }

    /// <summary>A URL in the form two links to the same article share: no scheme, "www.", fragment, tracking parameters or trailing slash.</summary>
    public static string? NormaliseUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return string.IsNullOrWhiteSpace(url) ? null : url.Trim().ToLowerInvariant();
        }
        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }
        var query = string.Join("&", uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) && !p.StartsWith("fbclid", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal));
        var path = uri.AbsolutePath.TrimEnd('/');
        return query.Length == 0 ? $"{host}{path}" : $"{host}{path}?{query}";
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
