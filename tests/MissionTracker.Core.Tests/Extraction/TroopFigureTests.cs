using MissionTracker.Core.Extraction;

namespace MissionTracker.Core.Tests.Extraction;

public class TroopFigureTests
{
    private static IReadOnlyList<ExtractedTroopFigure> Figures(string body) => ExtractorFixture.Extract(body).TroopFigures;

    [Theory]
    [InlineData("The alliance runs a 300-strong mission near the capital.", 300)]
    [InlineData("Some 4,100 Dutch soldiers are based in the region.", 4100)]
    [InlineData("The deployment will grow to up to 1,500 troops next year.", 1500)]
    [InlineData("Officials said two thousand troops would arrive.", 2000)]
    [InlineData("Several hundred trainers are expected by the summer.", 300)]
    [InlineData("There are another 900 U.S. military service members in the country.", 900)]
    [InlineData("The group has 7,000 troops across three countries.", 7000)]
    [InlineData("The academy has trained more than 12,000 Iraqi security force members since it opened.", 12000)]
    [InlineData("Officials said troop levels of about 1,800 would remain after the drawdown.", 1800)]
    [InlineData("A detachment of forty Dutch Army engineers is repairing the runway.", 40)]
    [InlineData("Thirty combat medics joined the field hospital.", 30)]
    public void CountsPersonnel(string sentence, int expected)
    {
        var f = Assert.Single(Figures(sentence));
        Assert.Equal(expected, f.Count);
    }

    [Fact]
    public void FromToGivesTwoFiguresSharingOnePhrase()
    {
        var figures = Figures("The Canadian troop presence will be cut from 850 to 500.");
        Assert.Equal([850, 500], figures.Select(f => f.Count));
        Assert.Equal(figures[0].Text, figures[1].Text);
        Assert.All(figures, f => Assert.Equal("CA", f.CountryCode));
    }

    [Fact]
    public void FurtherStepAfterARangeIsAThirdFigure()
    {
        var figures = Figures("The Norwegian contingent was reduced from 600 to 400 in March, and then to 250 by the autumn of 2021.");
        Assert.Equal([600, 400, 250], figures.Select(f => f.Count));
        Assert.Equal("to 250", figures[2].Text);
        Assert.Equal("NO", figures[2].CountryCode);
    }

    [Fact]
    public void AShareOfThemCountsWhenTheSentenceCountedPersonnelBefore()
    {
        var figures = Figures("Parliament approved up to 900 Belgian troops for the region, and about 350 of them are already deployed.");
        Assert.Equal([900, 350], figures.Select(f => f.Count));
        Assert.Equal("about 350 of them", figures[1].Text);
        Assert.Equal("BE", figures[1].CountryCode);
    }

    [Theory]
    [InlineData("The drones flew 400 sorties, and 120 of them hit targets.")]
    [InlineData("Of the 30 bases, 12 of them were closed.")]
    public void AShareWithoutPersonnelBeforeIsNotAFigure(string sentence)
    {
        Assert.Empty(Figures(sentence));
    }

    [Fact]
    public void NationalsCountedInASentenceAboutTroops()
    {
        var figures = Figures("The force numbered 6,000 troops, including roughly 2,300 Italians.");
        Assert.Equal([6000, 2300], figures.Select(f => f.Count));
        Assert.Equal("IT", figures[1].CountryCode);
        Assert.Equal("roughly 2,300 Italians", figures[1].Text);
    }

    [Fact]
    public void NationalsOutsideAPersonnelContextAreNotFigures()
    {
        Assert.Empty(Figures("About 3,000 Italians visited the exhibition last year."));
    }

    [Fact]
    public void CountryInThePhraseAndSpanMatchesText()
    {
        var body = "Britain keeps 400 British soldiers there.";
        var result = ExtractorFixture.Extract(body);
        var f = Assert.Single(result.TroopFigures);
        Assert.Equal("GB", f.CountryCode);
        Assert.Equal("400 British soldiers", f.Text);
    }

    [Fact]
    public void MissionNamedInTheSentence()
    {
        var f = Assert.Single(Figures("NATO Mission Iraq will grow to 4,000 personnel."));
        Assert.Equal("nmi", f.Mission);
    }

    [Theory]
    [InlineData("The two-star general who leads the unit arrived.")]
    [InlineData("The attack killed 3 soldiers near the border.")]
    [InlineData("Four soldiers were wounded in the blast.")]
    [InlineData("Congress approved $500 million for the troops.")]
    [InlineData("Six F-16 jets flew over the base.")]
    [InlineData("The troops arrived in 2019 and stayed.")]
    [InlineData("Spain will move a third of its troops to the new mission.")]
    [InlineData("Attacks on the troops rose 8-fold last year.")]
    [InlineData("The camp hosts 3,000 civilians displaced by the fighting.")]
    [InlineData("The troops will stay for three weeks.")]
    [InlineData("The coalition has used 12 bases in the country.")]
    [InlineData("About 20 percent of the troops are reservists.")]
    [InlineData("The plan was backed by the 60-member coalition at its last meeting.")]
    [InlineData("A 15-member delegation visited the capital.")]
    [InlineData("The minister visited the troops deployed in the north from 4 to 6 June.")]
    [InlineData("The general met the soldiers of the brigade on 21 October.")]
    [InlineData("The trainers stayed at the base between 9 and 11 Sept. to inspect the range.")]
    [InlineData("The personnel were inspected on October 14 by the commander.")]
    [InlineData("The brigade grew from 3 to 5 battalions over the year.")]
    public void TrapsAreNotFigures(string sentence)
    {
        Assert.Empty(Figures(sentence));
    }

    [Fact]
    public void AReductionChainCountsEveryStepOfTheSentence()
    {
        var figures = Figures("The contingent was cut twice: to 1,200 in spring 2019, and from 1,200 to 900 after the elections.");
        Assert.Equal([1200, 1200, 900], figures.Select(f => f.Count));
    }

    [Fact]
    public void ASubsetAfterIncludingCounts()
    {
        var figures = Figures("Norway has about 700 personnel in the region, including some 250 in Jordan itself.");
        Assert.Equal([700, 250], figures.Select(f => f.Count));
    }

    [Fact]
    public void AFrontedPartitiveTakesTheCountOfThePreviousSentence()
    {
        var figures = Figures("Austria keeps about 90 soldiers at the base. Of those, 25 are medics and will rotate home in May.");
        Assert.Equal([90, 25], figures.Select(f => f.Count));
        figures = Figures("Austria keeps about 90 soldiers at the base. Of those deployed, 25 are medics.");
        Assert.Equal([90, 25], figures.Select(f => f.Count));
    }

    [Theory]
    [InlineData("The ministry listed 14 bases, including 6 in the south.")]
    [InlineData("Of those, 40 are new, the report on the vehicles said.")]
    [InlineData("About 300 soldiers took part, including 400 from the reserve.")]
    public void SubsetsNeedALargerPersonnelCountBefore(string sentence)
    {
        Assert.DoesNotContain(Figures(sentence), f => f.Count is 6 or 40 or 400);
    }

    [Fact]
    public void AUnitWordBeforeARangeCountsItsPersonnel()
    {
        var figures = Figures("The battalion will be reduced from 450 to 300 by the autumn.");
        Assert.Equal([450, 300], figures.Select(f => f.Count));
    }
}
