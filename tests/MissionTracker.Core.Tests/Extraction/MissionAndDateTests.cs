using MissionTracker.Core.Extraction;

namespace MissionTracker.Core.Tests.Extraction;

public class MissionTests
{
    [Theory]
    [InlineData("Troops will move to the NATO mission soon.", "nmi")]
    [InlineData("The NMI commander spoke.", "nmi")]
    [InlineData("The US-led coalition ended its combat role.", "global-coalition")]
    [InlineData("Operation Inherent Resolve continues.", "global-coalition")]
    [InlineData("CJTF-OIR said the strike was precise.", "global-coalition")]
    [InlineData("The anti-IS coalition halted training.", "global-coalition")]
    public void DefaultDescriptionsByKindOfMission(string body, string slug)
    {
        var result = ExtractorFixture.Extract(body, "Headline");
        Assert.Contains(result.Missions, m => m.Mission == slug);
        Assert.All(result.Missions, m => Assert.Equal(body[(m.Start - "Headline\n\n".Length)..(m.End - "Headline\n\n".Length)], m.Text));
    }

    [Fact]
    public void DescriptionsFollowTheNameNotTheSlug()
    {
        var extractor = new ArticleExtractor([new KnownMission("x1", "NATO Training Mission Somewhere", null, [])]);
        var result = extractor.Extract("Headline\n\nSoldiers joined NATO's training mission last year.");
        Assert.Equal("x1", Assert.Single(result.Missions).Mission);
    }

    [Fact]
    public void CoalitionGovernmentIsNotAMission()
    {
        Assert.Empty(ExtractorFixture.Extract("The coalition government fell in June.", "Headline").Missions);
    }
}

public class DateLineTests
{
    [Theory]
    [InlineData("Title of the story\n\n12 February, 2020\nBody text follows here and it is long enough.", "2020-02-12")]
    [InlineData("Title of the story\nBy A Reporter\nFebruary 12, 2020 04:57 PM\nBody.", "2020-02-12")]
    [InlineData("Title of the story\nFeb. 12, 2020\nBody.", "2020-02-12")]
    [InlineData("Title of the story\n2020-02-12\nBody.", "2020-02-12")]
    [InlineData("Title of the story\nPublished: 3 March 2021\nBody.", "2021-03-03")]
    [InlineData("Title of the story\n06 May. 2021 -\nLast updated: 10 May. 2021 10:32\nBody.", "2021-05-06")]
    [InlineData("Title of the story\nUpdated September 09, 2020 08:32 AM\nBody.", "2020-09-09")]
    [InlineData("Title of the story\n\nWASHINGTON (Feb 12) - Officials met in 2020 to discuss the plan.", "2020-02-12")]
    [InlineData("Title of the story\n\nBAGHDAD, Nov. 17, 2020 (Reuters) - The troops left.", "2020-11-17")]
    [InlineData("Title of the story\n\nDate 03/14/2021\nAuthor Some Writer\n\nBody text.", "2021-03-14")]
    [InlineData("Title of the story\n\n04/09/2021\n\nBody text.", "2021-04-09")]
    [InlineData("Title of the story\n\n25/09/2021\n\nBody text.", "2021-09-25")]
    [InlineData("Title of the story\n\nA Reporter\n05.07.2022\n\nBody text.", "2022-07-05")]
    [InlineData("Title of the story\nThe Wire Service\nPublished Friday, March 5, 2021 9:10AM EST\nBody.", "2021-03-05")]
    [InlineData("Title of the story\nBy A Reporter\nSept. 3, 2019 5:20 PM\nBody.", "2019-09-03")]
    [InlineData("Title of the story\nApril 7, 2020 10:42 AM UTC\nBody.", "2020-04-07")]
    [InlineData("Title of the story\n\n3 Jun. 2020 -\nLast updated 4 Jun. 2020 08:00\nBody.", "2020-06-03")]
    public void ReadsTheDateLine(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ExtractorFixture.Extractor.Extract(text).PublishedOn);
    }

    [Fact]
    public void EventDatesInTheBodyAreNotPublicationDates()
    {
        var text = "Title of the story\n\nToday (6 May 2021), the general took command of the mission after a long ceremony in the capital.";
        Assert.Null(ExtractorFixture.Extractor.Extract(text).PublishedOn);
    }

    [Theory]
    [InlineData("Title of the story\nDaily Courier\n09-11-2018\n\nThe mission grew again this year.", 2018, 11, 9)]
    [InlineData("Title of the story\n\n11-28-2018\n\nThe mission grew again this year.", 2018, 11, 28)]
    public void DashedNumericDateLineIsReadDayFirstUnlessImpossible(string text, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), ExtractorFixture.Extractor.Extract(text).PublishedOn);
    }

    [Fact]
    public void DatelineWithoutYearTakesTheYearOfAFullDateLineNearTheTop()
    {
        var text = "Title of the story\n\nAMMAN, March 3 (Wire) -- Troops left the base on Monday, ahead of the 2025 review.\n\nPosted 2018-03-03 10:12\n\nMore text.";
        Assert.Equal(new DateOnly(2018, 3, 3), ExtractorFixture.Extractor.Extract(text).PublishedOn);
    }

    [Fact]
    public void DatelineWithoutYearAndNoFullDateTakesTheLatestYear()
    {
        var text = "Title of the story\n\nAMMAN, March 3 (Wire) -- Troops left the base after the 2017 review.";
        Assert.Equal(new DateOnly(2017, 3, 3), ExtractorFixture.Extractor.Extract(text).PublishedOn);
    }

    [Fact]
    public void SentenceStartingWithAnAccentedCapitalIsASentence()
    {
        var q = Assert.Single(ExtractorFixture.Extract("The unit left. Ángel Ruiz Ortega, the commander, said the work was \"done well.\"").DirectQuotes());
        Assert.Equal("Ángel Ruiz Ortega", q.Speaker);
    }

    [Fact]
    public void CallerDateWins()
    {
        var d = new DateOnly(2019, 1, 2);
        Assert.Equal(d, ExtractorFixture.Extractor.Extract("Title\nFeb. 12, 2020\nBody.", d).PublishedOn);
    }
}

public class TransferTests
{
    [Fact]
    public void MovingAShareOfAContingentToTheNatoMission()
    {
        var result = ExtractorFixture.Extract("Italy said it backs moving a large part of the Italian contingent from the coalition to the NATO mission.");
        var t = Assert.Single(result.Transfers);
        Assert.Equal("IT", t.CountryCode);
        Assert.Equal("nmi", t.ToMission);
        Assert.Equal("global-coalition", t.FromMission);
        Assert.Equal("a large part", t.Share);
    }
}
