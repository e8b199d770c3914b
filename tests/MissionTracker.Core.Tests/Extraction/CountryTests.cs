namespace MissionTracker.Core.Tests.Extraction;

public class CountryTests
{
    private static List<string> Codes(string body) =>
        ExtractorFixture.Extract(body, "Headline").Countries.Select(c => c.CountryCode).Distinct().ToList();

    [Fact]
    public void NamesShortFormsAndDemonyms()
    {
        Assert.Equal(["ES", "GB", "US", "DK"], Codes("Spanish troops joined British and U.S. forces near Danish units."));
    }

    [Fact]
    public void InsideOrganisationNamesAndCompounds()
    {
        Assert.Equal(["US", "IQ"], Codes("U.S. Central Command praised the Iraqi Security Forces."));
        Assert.Equal(["US"], Codes("The US-led effort continues."));
    }

    [Fact]
    public void CitiesRegionsOrganisationsAndEthnicAdjectivesAreNotCountries()
    {
        Assert.Empty(Codes("Washington and Baghdad talked about Kurdistan, the Middle East, NATO, the EU, Daesh and Kurdish and Sunni groups."));
    }

    [Fact]
    public void SpanPointsAtTheMention()
    {
        var result = ExtractorFixture.Extract("Troops left Kuwait.", "Headline");
        var c = Assert.Single(result.Countries);
        Assert.Equal("Kuwait", c.Text);
        Assert.Equal("KW", c.CountryCode);
    }

    [Fact]
    public void PersonalNamesThatAreCountryNamesAreChecked()
    {
        Assert.Empty(Codes("Reporter Jordan Miles wrote the story."));
        Assert.Equal(["JO"], Codes("Troops are based in Jordan."));
    }
}
