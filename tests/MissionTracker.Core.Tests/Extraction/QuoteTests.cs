using MissionTracker.Core.Extraction;

namespace MissionTracker.Core.Tests.Extraction;

public class QuoteTests
{
    private static IReadOnlyList<ExtractedQuote> Quotes(string body) => ExtractorFixture.Extract(body).DirectQuotes();

    [Fact]
    public void QuoteBeforeSaidTakesTheNamedSpeakerAndRole()
    {
        var q = Assert.Single(Quotes("\"We are ready to help the army,\" Italian Defence Minister Lorenzo Bassi said on Monday."));
        Assert.Equal("We are ready to help the army,", q.Text);
        Assert.Equal("Lorenzo Bassi", q.Speaker);
        Assert.Equal("Italian Defence Minister", q.Role);
        Assert.Equal(QuoteKind.Direct, q.Kind);
    }

    [Fact]
    public void TextEqualsTheSpanBetweenTheMarks()
    {
        var result = ExtractorFixture.Extract("“  The base is secure, ” said Colonel Anna Berg.");
        var text = "Test headline about the mission\n\n“  The base is secure, ” said Colonel Anna Berg.";
        var q = Assert.Single(result.DirectQuotes());
        Assert.Equal(text[q.Start..q.End], q.Text);
        Assert.Equal("The base is secure,", q.Text);
        Assert.Equal("Anna Berg", q.Speaker);
        Assert.Null(q.Role); // a rank alone is not a role
    }

    [Fact]
    public void SaidBeforeNameWithAppositiveRole()
    {
        var q = Assert.Single(Quotes("\"Training goes on,\" said Tomas Lindqvist, the mission's deputy commander."));
        Assert.Equal("Tomas Lindqvist", q.Speaker);
        Assert.Equal("mission's deputy commander", q.Role);
    }

    [Fact]
    public void AppositiveBetweenCommas()
    {
        var q = Assert.Single(Quotes("Karen Holt, the alliance spokeswoman, said the plan was \"on track\"."));
        Assert.Equal("on track", q.Text);
        Assert.Equal("Karen Holt", q.Speaker);
    }

    [Fact]
    public void SurnameAndPronounResolveToTheFullName()
    {
        var quotes = Quotes(
            "Defence Secretary Paul Renner visited the base on Tuesday.\n\n" +
            "\"The soldiers did well,\" Renner said.\n\n" +
            "\"We owe them a great deal,\" he added.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Paul Renner", q.Speaker));
    }

    [Fact]
    public void QuoteSplitByAttributionGivesTwoEntries()
    {
        var quotes = Quotes("\"We will stay,\" the general said, \"as long as we are asked.\"");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("We will stay,", quotes[0].Text);
        Assert.Equal("as long as we are asked.", quotes[1].Text);
        Assert.Equal(quotes[0].Role, quotes[1].Role);
    }

    [Fact]
    public void QuoteRunningOverParagraphsGivesOneEntryPerParagraphAndTakesTheLaterAttribution()
    {
        var quotes = Quotes(
            "\"The first part of what I want to say is this.\n\n" +
            "\"And the second part follows here,\" said Minister Ola Strand.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("The first part of what I want to say is this.", quotes[0].Text);
        Assert.All(quotes, q => Assert.Equal("Ola Strand", q.Speaker));
    }

    [Fact]
    public void UnclosedQuoteStopsAtItsAttribution()
    {
        var q = Assert.Single(Quotes("Officer Dana Cole spoke first. \"We are not leaving, she said firmly."));
        Assert.Equal("We are not leaving,", q.Text);
        Assert.Equal("Dana Cole", q.Speaker);
    }

    [Fact]
    public void MismatchedCurlyAndStraightMarksPairUp()
    {
        var q = Assert.Single(Quotes("“The work is done here,\" Admiral Rui Costa said."));
        Assert.Equal("The work is done here,", q.Text);
        Assert.Equal("Rui Costa", q.Speaker);
    }

    [Fact]
    public void AccordingToAttributesAPartialQuote()
    {
        var q = Assert.Single(Quotes("The alliance has agreed \"in principle\" to the plan, according to Foreign Minister Ewa Nowak."));
        Assert.Equal("in principle", q.Text);
        Assert.Equal("Ewa Nowak", q.Speaker);
    }

    [Fact]
    public void ToldReportersAndColon()
    {
        var quotes = Quotes("Brig. Gen. Sam Ortiz told reporters: \"The numbers will come down.\"");
        var q = Assert.Single(quotes);
        Assert.Equal("Sam Ortiz", q.Speaker);
    }

    [Fact]
    public void OrganisationQuoteHasNoPerson()
    {
        var q = Assert.Single(Quotes("The defence ministry said in a statement that troops \"will remain in an advisory role\"."));
        Assert.Null(q.Speaker);
        Assert.Equal("defence ministry", q.Organisation);
        Assert.Equal("defence ministry", q.Role);
    }

    [Fact]
    public void ScareQuotesWithoutAttributionAreNotQuotes()
    {
        Assert.Empty(Quotes("The so-called \"caliphate\" collapsed years ago and the region is calmer."));
    }

    [Fact]
    public void SecondQuoteInTheParagraphContinuesTheSpeaker()
    {
        var quotes = Quotes("\"We are ready,\" Minister Jan Vos said. \"Our people are trained and equipped for this.\"");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Jan Vos", quotes[1].Speaker);
    }

    [Fact]
    public void PronounAfterAQuoteIgnoresNamesInsideQuotes()
    {
        var quotes = Quotes(
            "Commander Lena Fisk spoke at the ceremony.\n\n" +
            "\"I thank General Kowalski for his work,\" she said.");
        Assert.Equal("Lena Fisk", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void ReportedSpeechIsAParaphraseNotAQuote()
    {
        var result = ExtractorFixture.Extract("Defence Minister Ben Carter said his country was open to moving some of its troops.");
        Assert.Empty(result.DirectQuotes());
        var p = Assert.Single(result.Paraphrases());
        Assert.Equal("Ben Carter", p.Speaker);
        Assert.Equal(QuoteKind.Paraphrase, p.Kind);
        Assert.StartsWith("his country was open", p.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ParticipleClauseTakesTheSubjectOfTheSentence()
    {
        var quotes = Quotes(
            "Defence Minister Hanna Lind visited the academy on Monday.\n\n" +
            "Lind refused to name a date, saying only that the handover would come \"in stages\" this year.");
        var q = Assert.Single(quotes);
        Assert.Equal("in stages", q.Text);
        Assert.Equal("Hanna Lind", q.Speaker);
    }

    [Fact]
    public void PronounSubjectWithParticiple()
    {
        var quotes = Quotes(
            "Colonel Piet Ruys spoke to reporters.\n\n" +
            "He rejected the criticism, adding that the base was \"fully secure\".");
        Assert.Equal("Piet Ruys", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void AppositiveSubjectWithAuxiliaryBeforeTheVerb()
    {
        var q = Assert.Single(Quotes("The group's leader, Commander Omar Tarik, has promised \"a long fight\" after the raid."));
        Assert.Equal("a long fight", q.Text);
        Assert.Equal("Omar Tarik", q.Speaker);
    }

    [Theory]
    [InlineData("The final communique of the meeting pledged to keep \"a steady presence in the region\" for years.", "final communique")]
    [InlineData("The government's deployment request, sent in May, lists the militia as \"an active danger to shipping\" in the gulf.", "government's deployment request")]
    [InlineData("A joint statement issued after the talks said the two sides would \"work toward a new phase\" of cooperation.", "joint statement")]
    public void ADocumentAsTheSubjectIsTheSource(string body, string organisation)
    {
        var q = Assert.Single(Quotes(body));
        Assert.Null(q.Speaker);
        Assert.Equal(organisation, q.Organisation);
    }

    [Fact]
    public void AScareQuoteInALaterSentenceDoesNotContinueTheSpeaker()
    {
        var quotes = Quotes(
            "Minister Eva Holm said the alliance \"will stay as long as needed\". Critics call the plan \"window dressing\": the same troops with new badges.");
        var q = Assert.Single(quotes);
        Assert.Equal("will stay as long as needed", q.Text);
    }

    [Fact]
    public void DialogueWithRepliesAndPhrasalVerbs()
    {
        var quotes = Quotes(
            "Opposition leader Rolf Asmussen and Defence Minister Greta Voss clashed in the chamber.\n\n" +
            "\"Our soldiers are not needed there,\" Asmussen said.\n\n" +
            "\"They are needed because our partners asked for them,\" Voss replied.\n\n" +
            "\"Then let their parliament say so,\" Asmussen shot back.\n\n" +
            "\"It already has,\" Voss retorted.");
        Assert.Equal(["Rolf Asmussen", "Greta Voss", "Rolf Asmussen", "Greta Voss"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void AnIntroducedPersonThenAnyVerbAfterTheQuote()
    {
        var quotes = Quotes(
            "General Ida Berg and Senator Tom Reyes met at the base on Friday to discuss the plan.\n\n" +
            "\"We have done our part,\" Berg said.\n\n" +
            "\"Then finish the job,\" Reyes grumbled, to laughter from the room.");
        Assert.Equal(["Ida Berg", "Tom Reyes"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void LowerCaseOfficeBeforeTheName()
    {
        var q = Assert.Single(Quotes("\"The last convoy has left,\" mission spokesman Maj. Leo Brandt said on Sunday."));
        Assert.Equal("Leo Brandt", q.Speaker);
    }

    [Fact]
    public void OfficeThenNameInTheNextCommaSegment()
    {
        var q = Assert.Single(Quotes("\"The unit is ready,\" says Chief of the Army Staff, General Mara Quist."));
        Assert.Equal("Mara Quist", q.Speaker);
        Assert.Equal("Chief of the Army Staff", q.Role);
    }

    [Fact]
    public void AttributionClosingTheSentenceAfterAnInnerQuote()
    {
        var quotes = Quotes(
            "Foreign Minister Lars Odegaard arrived in the capital on Monday.\n\n" +
            "The alliance is \"in it for the long haul\" in the region, said Odegaard.");
        var q = Assert.Single(quotes);
        Assert.Equal("in it for the long haul", q.Text);
        Assert.Equal("Lars Odegaard", q.Speaker);
    }

    [Fact]
    public void TitleLineAttributionByOfficeResolvesToThePersonNamedInTheBody()
    {
        var result = ExtractorFixture.Extractor.Extract(
            "Norway \"will send more trainers\" to the mission, says defence minister\n\n" +
            "Norwegian Defence Minister Siri Halvorsen said on Monday that more trainers would go.");
        var q = Assert.Single(result.DirectQuotes());
        Assert.Equal("will send more trainers", q.Text);
        Assert.Equal("Siri Halvorsen", q.Speaker);
    }

    [Fact]
    public void HyphenatedParticleSurnameAndPartialNamesResolve()
    {
        var quotes = Quotes(
            "Interior Minister Karim Sunni al-Hadi met the envoy on Monday, as did Deputy Minister Samir Abu Naji.\n\n" +
            "\"The border is closed,\" Hadi said.\n\n" +
            "\"It will stay closed,\" al-Hadi added.\n\n" +
            "Mr Abu Naji spoke later. \"We agree,\" he said.");
        Assert.Equal(["Karim Sunni al-Hadi", "Karim Sunni al-Hadi", "Samir Abu Naji"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void OneWordTagAfterAFullNameIsNotAnotherPerson()
    {
        var q = Assert.Single(Quotes("Rep. Dana Whitfield, D-Ore., called the decision \"long overdue.\""));
        Assert.Equal("Dana Whitfield", q.Speaker);
    }

    [Fact]
    public void RelativeClauseAfterTheNameIsNotARole()
    {
        var q = Assert.Single(Quotes("\"We are staying,\" said Karl Edholm, who leads the unit."));
        Assert.Equal("Karl Edholm", q.Speaker);
        Assert.Null(q.Role);
    }

    [Fact]
    public void AttributionParagraphEndingWithAColonGivesTheQuotedParagraphsAfterIt()
    {
        var quotes = Quotes(
            "The base handed over its last training site this week.\n\n" +
            "Armed Forces Minister Helen Marsh said:\n\n" +
            "\u201cOur instructors leave behind a capable and confident partner force.\n\n" +
            "\u201cThe work is not over, and we will stay in touch with the units we trained.\u201d\n\n" +
            "Chief of Joint Operations Air Marshal Sir Colin Pryce added:\n\n" +
            "\u201cIt has been a long road, and our people walked it with great care.\u201d");
        Assert.Equal(3, quotes.Count);
        Assert.Equal("Our instructors leave behind a capable and confident partner force.", quotes[0].Text);
        Assert.Equal("Helen Marsh", quotes[0].Speaker);
        Assert.Equal("Helen Marsh", quotes[1].Speaker);
        Assert.Equal("Colin Pryce", quotes[2].Speaker);
    }

    [Fact]
    public void AColonParagraphWithoutASpeakerGivesNoQuote()
    {
        Assert.Empty(Quotes("The plan has three parts:\n\n\u201cTraining first\u201d is the motto of the unit."));
    }

    [Fact]
    public void AStatementFromHisOfficeStaysWithThePerson()
    {
        var q = Assert.Single(Quotes(
            "Regional President Dara Hewa met the visiting envoy on Sunday. Hewa said the region would stay \"a firm ally of the mission,\" according to a statement from his office."));
        Assert.Equal("Dara Hewa", q.Speaker);
    }

    [Fact]
    public void AccordingToADocumentWithAParticipleAfterItsHead()
    {
        var q = Assert.Single(Quotes(
            "The talks will lead to \"a durable defence relationship for both sides,\" according to a joint statement issued by the two ministries."));
        Assert.Null(q.Speaker);
        Assert.Equal("joint statement", q.Organisation);
    }

    [Fact]
    public void RelativeClauseVerbBelongsToThePersonBeforeWho()
    {
        var q = Assert.Single(Quotes(
            "The visitors met the head of the engineering school, Brigadier General Karim Saleh Nouri, who praised the instructors and said they had \"changed how our officers think.\""));
        Assert.Equal("changed how our officers think.", q.Text);
        Assert.Equal("Karim Saleh Nouri", q.Speaker);
    }

    [Fact]
    public void DoubleSurnameWrittenWithItsFirstPartAloneResolves()
    {
        var quotes = Quotes(
            "Major General Íñigo Ramón Ibáñez Peñalver took over the headquarters on Monday.\n\n" +
            "\"We start from a strong base,\" General Ibáñez said.\n\n" +
            "Ibáñez, an engineer by training, served twice in Lebanon.\n\n" +
            "\"The partners know what they need,\" the new commander said.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Íñigo Ramón Ibáñez Peñalver", q.Speaker));
    }

    [Fact]
    public void TheCommanderWithNoRankedPersonBeforeStaysUnnamed()
    {
        var q = Assert.Single(Quotes(
            "Defence Minister Clara Vos visited the camp.\n\n\"The work goes on,\" the new commander said."));
        Assert.Null(q.Speaker);
    }

    [Fact]
    public void ARelativeClauseBetweenCommasBeforeTheVerbIsNotARole()
    {
        var q = Assert.Single(Quotes("Colonel Ida Fenn, who leads the training team, said: \"The cadets are ready.\""));
        Assert.Equal("Ida Fenn", q.Speaker);
        Assert.Null(q.Role);
    }

    [Fact]
    public void AColonParagraphNamingOnlyAnOfficeGivesAnUnnamedSpeaker()
    {
        var q = Assert.Single(Quotes("The Danish defence minister told reporters:\n\n\"The handover went as planned.\""));
        Assert.Null(q.Speaker);
        Assert.Equal("Danish defence minister", q.Role);
    }
}
