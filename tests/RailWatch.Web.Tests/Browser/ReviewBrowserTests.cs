using Microsoft.Playwright;
using RailWatch.Core.Flags;
using RailWatch.Web.Tests.Support;

namespace RailWatch.Web.Tests.Browser;

/// <summary>The review pages in a real browser: keyboard review in the queue and on the flag page.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ReviewBrowserTests
{
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;
    private TestServer server = null!;
    private IBrowserContext context = null!;
    private IPage page = null!;
    private readonly List<string> consoleErrors = [];

    [OneTimeSetUp]
    public async Task LaunchBrowser() => (playwright, browser) = await Support.Browser.LaunchAsync();

    [OneTimeTearDown]
    public async Task CloseBrowser()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }

    [SetUp]
    public async Task StartServer()
    {
        server = await TestServer.StartAsync();
        context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        context.SetDefaultTimeout(10_000);
        page = await context.NewPageAsync();
        consoleErrors.Clear();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                consoleErrors.Add(m.Text);
            }
        };
    }

    [TearDown]
    public async Task StopServer()
    {
        await context.CloseAsync();
        await server.DisposeAsync();
    }

    [Test]
    public async Task Queue_MoveWithJkAndAcceptWithA_StoresReviewWithReviewerAndNote()
    {
        await page.GotoAsync("/");
        var rows = page.Locator("tr.flag-row");
        Assert.That(await rows.CountAsync(), Is.EqualTo(3));
        Assert.That(await rows.Nth(0).GetAttributeAsync("data-flag-id"), Is.EqualTo(server.Store.SpikeFlag.ToString(System.Globalization.CultureInfo.InvariantCulture)), "most severe first");
        await Assertions.Expect(rows.Nth(0)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("selected"));

        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("k");
        await Assertions.Expect(rows.Nth(1)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("selected"));

        await page.Keyboard.PressAsync("a");
        await Assertions.Expect(page.Locator("#decide")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "rw-web-queue.png") });
        await page.FillAsync("#decide-reviewer", "Ana Analyst");
        await page.FillAsync("#decide-note", "Wagons visible on both tracks <b>confirmed</b>");
        await page.Keyboard.PressAsync("Control+Enter");

        // The queue reloads without the decided flag.
        await Assertions.Expect(page.Locator("tr.flag-row")).ToHaveCountAsync(2);
        var reviews = server.Store.Store.Reviews(server.Store.KhasanLateFlag);
        Assert.That(reviews, Has.Count.EqualTo(1));
        Assert.That(reviews[0].Decision, Is.EqualTo(ReviewDecision.Accepted));
        Assert.That(reviews[0].Reviewer, Is.EqualTo("Ana Analyst"));
        Assert.That(reviews[0].Note, Is.EqualTo("Wagons visible on both tracks <b>confirmed</b>"));
        Assert.That(reviews[0].DecidedAt, Is.EqualTo(TestServer.Now));
        Assert.That(consoleErrors, Is.Empty);
    }

    [Test]
    public async Task FlagPage_DismissWithCorrectedCount_StoresItAndMovesToTheNextFlag()
    {
        await page.GotoAsync($"/flags/{server.Store.SpikeFlag}");
        await Assertions.Expect(page.Locator("#reason")).ToContainTextAsync("26 cars against 10 expected");
        Assert.That(await page.EvaluateAsync<int>("document.querySelector('#flagged-chip').naturalWidth"), Is.EqualTo(TestStore.ChipWidth), "flagged chip loaded");
        Assert.That(await page.EvaluateAsync<int>("document.querySelector('#baseline-chip').naturalWidth"), Is.EqualTo(TestStore.ChipWidth), "baseline chip loaded");
        Assert.That(await page.Locator("svg.cars rect").CountAsync(), Is.EqualTo(server.Store.SpikeCars));
        Assert.That(await page.Locator("table.track-table tbody tr").CountAsync(), Is.EqualTo(3), "two tracks and the total");
        Assert.That(await page.Locator("svg.chart circle.flag.current").CountAsync(), Is.EqualTo(1));
        Assert.That(await page.Locator("svg.chart polygon.band").CountAsync(), Is.EqualTo(1));
        await Assertions.Expect(page.Locator("#source")).ToContainTextAsync("S2_tumangang_07");
        await Assertions.Expect(page.Locator("#source")).ToContainTextAsync("sentinel-2");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "rw-web-flag-page.png"), FullPage = true });

        await page.Keyboard.PressAsync("c");
        await Assertions.Expect(page.Locator("svg.cars")).ToBeHiddenAsync();
        await page.Keyboard.PressAsync("s");
        await Assertions.Expect(page.Locator("#swipe")).ToBeVisibleAsync();
        await page.Locator("#swipe-range").FillAsync("20");
        Assert.That(await page.EvaluateAsync<string>("document.querySelector('#swipe-top').style.clipPath"), Is.EqualTo("inset(0px 80% 0px 0px)"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "rw-web-swipe.png") });

        await page.Keyboard.PressAsync("?");
        await Assertions.Expect(page.Locator("#help")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#help")).ToBeHiddenAsync();

        await page.Keyboard.PressAsync("d");
        await page.FillAsync("#decide-reviewer", "Bo");
        await page.FillAsync("#decide-count", "12");
        await page.FillAsync("#decide-note", "Shadows counted as cars.");
        await page.ClickAsync("#decide-confirm");
        await page.WaitForURLAsync($"**/flags/{server.Store.KhasanLateFlag}");

        var review = server.Store.Store.Reviews(server.Store.SpikeFlag).Single();
        Assert.That(review.Decision, Is.EqualTo(ReviewDecision.Dismissed));
        Assert.That(review.CorrectedCount, Is.EqualTo(12));
        Assert.That(review.Reviewer, Is.EqualTo("Bo"));
        Assert.That(consoleErrors, Is.Empty);
    }

    [Test]
    public async Task FlagPage_NeedsMoreImageryFromQueueWithM_ShowsDecisionInHistoryWithNoteEscaped()
    {
        await page.GotoAsync($"/flags/{server.Store.KhasanEarlyFlag}");
        await page.Keyboard.PressAsync("m");
        await page.FillAsync("#decide-reviewer", "Cy");
        await page.FillAsync("#decide-note", "<img src=x onerror=alert(1)> cloud edge");
        await page.Keyboard.PressAsync("Control+Enter");

        // The page marks the body once the server has stored the decision; reload only then.
        await Assertions.Expect(page.Locator("body")).ToHaveAttributeAsync("data-saved", server.Store.KhasanEarlyFlag.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GotoAsync($"/flags/{server.Store.KhasanEarlyFlag}");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Needs more imagery");
        await Assertions.Expect(page.Locator("#reviews blockquote.note")).ToHaveTextAsync("<img src=x onerror=alert(1)> cloud edge");
        Assert.That(await page.Locator("#reviews img").CountAsync(), Is.Zero, "the note is text, not markup");
    }
}
