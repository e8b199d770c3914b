using System.Net;
using System.Net.Http.Headers;
using MissionTracker.Tests.Infrastructure;

namespace MissionTracker.Tests.Operations;

public sealed class BenchBaselineTests
{
    private sealed class BenchFactory : MissionTrackerFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["MissionTracker:Bench:Enabled"] = "true" };
    }

    [Fact]
    public async Task TheBaselineServesStoredBytesOnlyWhenTheBenchSettingIsOn()
    {
        using (var plain = new MissionTrackerFactory())
        {
            using var off = await plain.CreateClient().GetAsync("/bench/baseline/x");
            Assert.Equal(HttpStatusCode.NotFound, off.StatusCode);
        }

        using var bench = new BenchFactory();
        var client = bench.CreateClient();
        using var content = new ByteArrayContent("{\"items\":[]}"u8.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var put = await client.PutAsync("/bench/baseline/statements", content);
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);

        using var get = await client.GetAsync("/bench/baseline/statements");
        Assert.Equal("{\"items\":[]}", await get.Content.ReadAsStringAsync());
        Assert.Equal("application/json", get.Content.Headers.ContentType?.MediaType);
    }
}
