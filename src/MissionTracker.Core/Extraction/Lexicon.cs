using System.Collections.Frozen;

namespace MissionTracker.Core.Extraction;

/// <summary>The word lists the rules share: attribution verbs, titles and ranks, organisation words, stop words.</summary>
internal static class Lexicon
{
    /// <summary>Verbs that attribute a statement to its source ("said", "told", "added", ...).</summary>
    public static readonly FrozenSet<string> AttributionVerbs = FrozenSet.ToFrozenSet(
    [
        "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "stressed", "stresses",
        "warned", "warns", "explained", "explains", "wrote", "writes", "announced", "announces", "stated", "states",
        "insisted", "insists", "declared", "declares", "argued", "argues", "asserted", "asserts", "continued",
        "concluded", "remarked", "emphasised", "emphasized", "emphasises", "emphasizes", "underlined", "acknowledged",
        "admitted", "confirmed", "confirms", "commented", "observed", "recalled", "replied", "responded", "answered",
        "asked", "urged", "cautioned", "predicted", "promised", "vowed", "pledged", "tweeted", "posted", "claimed",
        "maintained", "reiterated", "highlighted", "underscored", "called", "described", "dubbed", "termed",
        "reported", "suggested", "stated", "affirmed", "assured", "conceded", "boasted", "complained",
        "lamented", "quipped", "joked", "mused", "wondered", "told", "informed", "retorted", "countered",
        "interjected", "snapped",
        // Verbs of judgement that frame a short quoted label ("dismissed the resolution as "too weak"", "branded the vote
        // "a betrayal""): the label is the subject's words.
        "dismissed", "dismisses", "branded", "brands", "labelled", "labeled", "labels", "denounced", "denounces", "slammed",
        "slams", "hailed", "hails", "decried", "decries", "derided", "derides", "characterised", "characterized", "deemed",
        "calls", "describes", "terms", "dubs",
    ], StringComparer.Ordinal);

    /// <summary>Participles that attach a quote to the subject of the sentence ("X rejected the plan, saying ...").</summary>
    public static readonly FrozenSet<string> Participles = FrozenSet.ToFrozenSet(
    [
        "saying", "adding", "noting", "warning", "stressing", "insisting", "arguing", "calling", "describing",
        "vowing", "promising", "declaring", "explaining", "urging", "telling", "acknowledging", "conceding",
        "pledging", "asserting", "emphasising", "emphasizing", "calling", "dubbing", "terming",
    ], StringComparer.Ordinal);

    /// <summary>Heads of a subject that is a document or a text ("the declaration", "the mandate request").</summary>
    public static readonly FrozenSet<string> DocumentHeads = FrozenSet.ToFrozenSet(
    [
        "declaration", "statement", "communique", "communiqué", "report", "document", "letter", "memo", "memorandum",
        "request", "resolution", "mandate", "motion", "bill", "decree", "agreement", "accord", "treaty", "readout",
        "transcript", "proposal", "directive", "strategy", "charter", "assessment", "guidance",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end the leading noun phrase of a sentence before its head is reached.</summary>
    public static readonly FrozenSet<string> SubjectStops = FrozenSet.ToFrozenSet(
    [
        "in", "on", "at", "after", "before", "during", "with", "by", "from", "to", "that", "which", "who", "as",
        "when", "while", "if", "but", "for", "under", "since", "is", "was", "are", "were", "has", "have", "had",
        "In", "On", "At", "After", "Before", "During", "With", "By", "From", "As", "When", "While", "If", "But",
        "Under", "Since", "For",
    ], StringComparer.Ordinal);

    /// <summary>An attribution verb at <paramref name="k"/>, including phrasal ones ("shot back", "hit back").</summary>
    public static bool IsAttributionVerb(List<Word> words, int k)
    {
        var v = words[k].Value;
        return AttributionVerbs.Contains(v)
            || v is "shot" or "hit" or "fired" or "pushed" && k + 1 < words.Count && words[k + 1].Value == "back";
    }

    /// <summary>Verbs that can stand before their subject after a quote ("..., said Stoltenberg").</summary>
    public static readonly FrozenSet<string> InvertibleVerbs = FrozenSet.ToFrozenSet(
    [
        "said", "says", "added", "adds", "continued", "wrote", "writes", "explained", "noted", "stressed", "warned",
        "asked", "replied", "declared", "stated", "insisted", "recalled", "acknowledged", "argued", "concluded",
        "answered", "responded", "observed", "remarked", "emphasised", "emphasized", "cautioned", "retorted",
        "countered",
    ], StringComparer.Ordinal);

    /// <summary>Verbs that introduce reported speech without quotation marks.</summary>
    public static readonly FrozenSet<string> ReportingVerbs = FrozenSet.ToFrozenSet(
    [
        "said", "says", "told", "added", "noted", "stressed", "warned", "explained", "announced", "stated",
        "insisted", "declared", "argued", "asserted", "acknowledged", "admitted", "confirmed", "claimed",
        "maintained", "reiterated", "predicted", "promised", "vowed", "pledged", "suggested", "emphasised",
        "emphasized", "underlined", "cautioned",
    ], StringComparer.Ordinal);

    /// <summary>Words that may sit between a subject and its verb ("Stoltenberg also said").</summary>
    public static readonly FrozenSet<string> Adverbs = FrozenSet.ToFrozenSet(
    [
        "also", "later", "then", "previously", "earlier", "further", "again", "once", "has", "had", "have", "had",
        "recently", "subsequently", "separately", "publicly", "repeatedly", "reportedly", "has", "would", "will",
        "had", "was", "once", "initially", "first", "last", "on", "Wednesday", "Tuesday", "Monday", "Thursday",
        "Friday", "Saturday", "Sunday",
    ], StringComparer.Ordinal);

    /// <summary>Offices, ranks and honorifics that stand before a name (compared case-insensitively, dot-less).</summary>
    public static readonly FrozenSet<string> TitleWords = FrozenSet.ToFrozenSet(
    [
        "president", "vice", "prime", "minister", "ministers", "secretary", "secretary-general", "general", "gen",
        "lieutenant", "lt", "lieutenant-general", "lt-gen", "major", "maj", "major-general", "maj-gen", "brigadier",
        "brigadier-general", "brig", "colonel", "col", "lieutenant-colonel", "lt-col", "captain", "capt", "commander",
        "cmdr", "cdr", "admiral", "adm", "vice-admiral", "rear", "rear-admiral", "sergeant", "sgt", "staff", "chief",
        "chiefs", "chairman", "chairwoman", "chair", "head", "director", "director-general", "deputy", "assistant",
        "under", "undersecretary", "acting", "senior", "spokesman", "spokeswoman", "spokesperson", "ambassador",
        "envoy", "special", "representative", "senator", "sen", "rep", "congressman", "congresswoman", "governor",
        "gov", "king", "queen", "prince", "crown", "foreign", "defence", "defense", "interior", "affairs", "army",
        "navy", "air", "force", "forces", "marine", "marines", "corps", "joint", "combined", "task", "mr", "mrs", "ms",
        "dr", "sir", "dame", "lord", "honourable", "honorable", "hon", "the", "his", "her", "excellency", "sheikh",
        "ayatollah", "private", "pvt", "corporal", "cpl", "specialist", "spc", "airman", "officer", "commanding",
        "supreme", "allied", "speaker", "leader", "mayor", "cabinet", "parliamentary", "of", "for", "and", "on",
        "state", "national", "security", "adviser", "advisor", "military", "spokesperson", "press", "public",
        "operations", "operation", "mission", "coalition", "command", "central", "european", "chancellor", "premier",
        "foreign-minister", "defence-minister", "defense-secretary", "secretary-of-defense", "top", "former",
        "outgoing", "incoming", "new", "u.s", "us", "uk", "u.k", "nato", "un", "eu", "pentagon", "first", "second",
        "third", "1st", "2nd", "3rd", "division", "brigade", "regiment", "battalion", "squadron", "fleet", "cent",
        "centcom", "oir", "cjtf-oir", "nmi", "department", "ministry", "office", "deputy-commander", "dep",
        "commander-in-chief", "emir", "sultan", "crown-prince", "pope", "cardinal", "reverend", "rev", "prof",
        "professor", "lt-gen", "gen", "maj", "brig-gen", "rear-adm", "vice-adm", "lt-cmdr", "cmdr", "warrant",
        "petty", "master", "sergeant-major", "command-sergeant", "army's", "nato's", "alliance", "alliance's",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Ranks and honorifics: dropped from a name, and not a role on their own.</summary>
    public static readonly FrozenSet<string> RankWords = FrozenSet.ToFrozenSet(
    [
        "general", "gen", "lieutenant", "lt", "lieutenant-general", "lt-gen", "major", "maj", "major-general",
        "maj-gen", "brigadier", "brigadier-general", "brig", "brig-gen", "colonel", "col", "lieutenant-colonel",
        "lt-col", "captain", "capt", "commander", "cmdr", "cdr", "admiral", "adm", "vice-admiral", "vice-adm",
        "rear", "rear-admiral", "rear-adm", "sergeant", "sgt", "mr", "mrs", "ms", "dr", "sir", "dame", "lord",
        "honourable", "honorable", "hon", "the", "his", "her", "excellency", "private", "pvt", "corporal", "cpl",
        "specialist", "spc", "airman", "vice", "staff", "warrant", "officer", "petty", "master", "prof", "professor",
        "rev", "reverend", "sheikh",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make a capitalised run an organisation, place or event rather than a person.</summary>
    public static readonly FrozenSet<string> OrganisationWords = FrozenSet.ToFrozenSet(
    [
        "ministry", "department", "command", "pentagon", "office", "forces", "force", "coalition", "government",
        "council", "alliance", "agency", "embassy", "mission", "army", "navy", "military", "parliament", "committee",
        "commission", "organisation", "organization", "union", "nations", "state", "states", "house", "conference",
        "summit", "headquarters", "group", "operation", "resolve", "task", "staff", "corps", "brigade", "division",
        "battalion", "regiment", "squadron", "fleet", "service", "services", "institute", "university", "agency",
        "press", "news", "times", "post", "agence", "reuters", "bbc", "cnn", "bureau", "center", "centre", "court",
        "party", "movement", "front", "front's", "brigades", "units", "unit", "mobilisation", "mobilization", "kingdom",
        "republic", "emirates", "security", "defence", "defense", "affairs", "interior", "nato", "un", "eu",
        "centcom", "isis", "isil", "daesh", "statement", "communique", "report", "letter", "release", "spokesman",
        "authorities", "administration", "kremlin", "cabinet", "assembly", "senate", "congress",
        "international", "global", "joint", "combined", "central", "european", "islamic", "ministry's", "school",
        "college", "academy", "bank", "fund", "foundation", "company", "corporation", "association", "network",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Capitalised words that never belong to a person's name.</summary>
    public static readonly FrozenSet<string> NeverNames = FrozenSet.ToFrozenSet(
    [
        "the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "with", "while", "as", "after", "before",
        "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
        "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "feb", "sept",
        "moments", "meanwhile", "however", "also", "last", "next", "since", "during", "under", "over", "from", "by",
        "to", "of", "if", "when", "where", "what", "who", "which", "there", "here", "some", "many", "most", "all",
        "other", "another", "both", "each", "such", "more", "less", "one", "two", "three", "follow", "read", "min",
        "updated", "published", "posted", "by", "according", "asked", "speaking", "islamic", "middle", "east",
        "west", "north", "south", "western", "eastern", "northern", "southern", "gulf", "persian", "arab", "kurdish",
        "sunni", "shiite", "shia", "muslim", "christian", "yazidi", "security", "conference", "summit", "operation",
        "inherent", "resolve", "coalition", "mission", "forces", "force", "command", "ministry", "department",
        "pentagon", "house", "capitol", "hill", "street", "avenue", "facebook", "twitter", "instagram",
        "getty", "afp", "ap", "reuters", "voa", "nato", "isis", "isil", "daesh", "al-qaeda", "qaeda", "taliban",
        "hezbollah", "hamas", "kataib", "brigades", "popular", "mobilisation", "mobilization", "units", "peshmerga",
        "new", "old", "great", "greater", "federal", "central", "joint", "combined", "task", "allied", "alliance",
        "european", "union", "nations", "united", "states", "kingdom", "republic", "government", "parliament",
        "army", "navy", "air", "marine", "corps", "special", "defence", "defense", "state", "national", "foreign",
        "international", "global", "news", "press", "agency", "times", "post", "journal", "base", "camp", "airport",
        "province", "city", "region", "district", "baghdad", "erbil", "washington", "brussels", "london", "paris",
        "berlin", "madrid", "copenhagen", "ottawa", "rome", "moscow", "tehran", "damascus", "kabul", "munich",
        "kurdistan", "mosul", "anbar", "basra", "kirkuk", "raqqa", "kuwait", "christmas", "ramadan", "eid",
        "covid-19", "covid", "coronavirus", "god", "allah", "prime", "minister", "president", "secretary",
        "spokesman", "spokeswoman", "spokesperson", "official", "officials", "no", "yes", "not", "please",
        "democrats", "republicans", "democratic", "republican", "senate", "congress", "house's",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case heads of a subject that name an organisation or a document, not a person.</summary>
    public static readonly FrozenSet<string> OrganisationHeads = FrozenSet.ToFrozenSet(
    [
        "ministry", "department", "pentagon", "alliance", "coalition", "command", "government", "statement",
        "communique", "communiqué", "report", "document", "letter", "release", "embassy", "office", "military",
        "army", "agency", "council", "mission", "headquarters", "administration", "authorities", "presidency",
        "parliament", "cabinet", "declaration", "memo", "memorandum", "website", "spokesman's", "force", "forces",
        "ministry's", "group", "organisation", "organization", "committee", "bulletin", "notice", "announcement",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case heads of a subject that describe a person by office ("the minister", "a spokesman").</summary>
    public static readonly FrozenSet<string> PersonHeads = FrozenSet.ToFrozenSet(
    [
        "minister", "secretary", "secretary-general", "spokesman", "spokeswoman", "spokesperson", "official",
        "officials", "general", "commander", "chief", "president", "ambassador", "envoy", "diplomat", "diplomats",
        "source", "sources", "officer", "officers", "adviser", "advisor", "lawmaker", "lawmakers", "analyst",
        "analysts", "leader", "colonel", "admiral", "head", "premier", "chancellor", "director", "representative",
        "senator", "aide", "aides", "expert", "experts", "soldier", "soldiers", "troops", "resident", "residents",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations whose final dot does not end a sentence.</summary>
    public static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
    [
        "gen", "lt", "col", "maj", "adm", "brig", "sgt", "capt", "cmdr", "cdr", "mr", "mrs", "ms", "dr", "jr", "sr",
        "st", "sen", "rep", "gov", "hon", "pvt", "cpl", "spc", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "prof", "rev", "vs", "etc", "inc", "corp", "co", "ltd", "dept", "gens",
        "approx", "est", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "d.c", "lt.-gen", "maj.-gen", "lt.-col",
        "brig.-gen", "rear-adm", "vice-adm",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Name suffixes kept as written.</summary>
    public static readonly FrozenSet<string> NameSuffixes = FrozenSet.ToFrozenSet(
        ["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"], StringComparer.Ordinal);

    /// <summary>
    /// Post-nominal letters after a name in government releases ("Senator the Hon Linda Example CSC", "The Hon. X MP",
    /// "General X, CMM, MSC, CD"): honours, decorations and offices; not part of the name.
    /// </summary>
    public static readonly FrozenSet<string> PostNominals = FrozenSet.ToFrozenSet(
        ["MP", "MPP", "MLA", "MHA", "MEP", "PC", "QC", "KC", "SC", "AC", "AO", "AM", "OAM", "CSC", "CSM", "DSC", "DSM", "CVO",
         "OBE", "MBE", "CBE", "KBE", "DBE", "KCB", "GCB", "CB", "DSO", "MC", "DFC", "ADC", "CMM", "OMM", "MMM", "MSC", "MSM",
         "CD", "OC", "CM", "PhD", "CStJ", "KStJ", "OStJ", "VC", "GC", "RAN", "RAAF", "RN", "RCN", "USN", "USMC", "USAF", "ret", "Ret"],
        StringComparer.Ordinal);

    /// <summary>Lower-case particles inside names ("bin", "al", "de", "van").</summary>
    public static readonly FrozenSet<string> NameParticles = FrozenSet.ToFrozenSet(
        ["al", "el", "bin", "ibn", "abu", "de", "da", "del", "der", "van", "von", "di", "la", "le", "du", "dos", "den"],
        StringComparer.Ordinal);

    public static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(
        ["he", "she", "He", "She"], StringComparer.Ordinal);

    public static string Bare(string token) => token.TrimEnd('.').Replace(".", "", StringComparison.Ordinal);

    public static bool IsTitle(string token)
    {
        var t = token.TrimEnd('.');
        return TitleWords.Contains(t) || TitleWords.Contains(t.Replace(".", "", StringComparison.Ordinal))
            || TitleWords.Contains(t.Replace(".-", "-", StringComparison.Ordinal));
    }

    public static bool IsRank(string token)
    {
        var t = token.TrimEnd('.');
        return RankWords.Contains(t) || RankWords.Contains(t.Replace(".-", "-", StringComparison.Ordinal));
    }
}
