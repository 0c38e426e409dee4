using RailWatch.Cli.Tests.Commands.Export;

namespace RailWatch.Cli.Tests.Commands.Listing;

public sealed class ListingYardTests
{
    private WebCommandStore store = null!;

    [OneTimeSetUp]
    public void Fill() => store = WebCommandStore.Create();

    [OneTimeTearDown]
    public void Clean() => store.Dispose();

    [TestCase("observations")]
    [TestCase("flags")]
    public async Task Listing_YardTheStoreHolds_ListsItsRows(string command)
    {
        var (code, stdout, stderr) = await WebCommandStore.RunAsync([command, "--store", store.StorePath, "--yard", "khasan"]);

        Assert.That(code, Is.Zero, stderr);
        Assert.That(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.GreaterThan(1));
    }

    [TestCase("observations")]
    [TestCase("flags")]
    public async Task Listing_YardTheStoreDoesNotHold_Exit2NamingTheYardsItHolds(string command)
    {
        var (code, stdout, stderr) = await WebCommandStore.RunAsync([command, "--store", store.StorePath, "--yard", "khasna"]);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr, Does.Contain("--yard khasna: no such yard in").And.Contain("(it holds khasan)"));
    }
}
