using Beibei.Rules.Casebook;
using Microsoft.Playwright;

namespace Beibei.Rules.Tests.Browser;

/// <summary>The HTML casebook page in a real browser: headless Chromium (Debian's <c>chromium</c>, which <c>.ci/run</c>
/// installs), driven by Playwright. The page loads offline with no console error and no network request, every case
/// has its picture, the clause links land on the clause, the filter hides and shows cases, and the Chinese page shows
/// Chinese. A screenshot of each page is written beside the test binaries for review.</summary>
public sealed class CasebookPageTests : IAsyncLifetime
{
    /// <summary>Where Debian installs Chromium; <c>CHROMIUM</c> overrides it.</summary>
    private static readonly string ChromiumPath = Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium";

    private readonly string folder = Directory.CreateTempSubdirectory("beibei-page-").FullName;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium is needed for the browser tests: apt-get install chromium (looked for {ChromiumPath}).");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,

            // A closed network: nothing in the background may try to reach it.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Page_LoadsOfflineWithNoErrorAndAPictureForEveryCase()
    {
        var (page, errors, requests) = await Open("en");
        var cases = Files().Sum(f => f.Cases.Count);

        Assert.Empty(errors);
        Assert.Empty(requests);
        Assert.Equal(cases, await page.Locator("article.case").CountAsync());
        Assert.Equal(cases, await page.Locator("article.case figure svg.timeline").CountAsync());
        Assert.True(await page.Locator("svg.timeline rect.band").CountAsync() > cases / 2);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "casebook-page-en.png") });
    }

    [Fact]
    public async Task ClauseLink_LandsOnTheClause()
    {
        var (page, _, _) = await Open("en");

        var link = page.Locator("a.reason[href='#clause-cq.land-and-test']").First;
        await link.ClickAsync();

        Assert.EndsWith("#clause-cq.land-and-test", page.Url, StringComparison.Ordinal);
        var heading = page.Locator("[id='clause-cq.land-and-test'] h2");
        Assert.True(await heading.IsVisibleAsync());
        Assert.True(await heading.EvaluateAsync<bool>("e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }"));
    }

    [Fact]
    public async Task Filter_HidesAndShowsCases()
    {
        var (page, _, _) = await Open("en");
        var all = await page.Locator("article.case").CountAsync();

        await page.SelectOptionAsync("#filter-verdict", "denied");
        var denied = await page.Locator("article.case:visible").CountAsync();
        Assert.InRange(denied, 1, all - 1);
        Assert.Equal(0, await page.Locator("article.case[data-verdict='allowed']:visible").CountAsync());

        await page.SelectOptionAsync("#filter-clause", "beibei.mask");
        Assert.Equal(0, await page.Locator("article.case:visible:not([data-clauses~='beibei.mask'])").CountAsync());

        await page.SelectOptionAsync("#filter-verdict", string.Empty);
        await page.SelectOptionAsync("#filter-clause", string.Empty);
        Assert.Equal(all, await page.Locator("article.case:visible").CountAsync());
    }

    [Fact]
    public async Task ChinesePage_ShowsChinese()
    {
        var (page, errors, _) = await Open("zh");

        Assert.Empty(errors);
        Assert.Equal("zh", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("规则案例集", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("不允许", await page.Locator("#filter-verdict").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "casebook-page-zh.png") });
    }

    private static CasebookFile[] Files() =>
        [.. Directory.EnumerateFiles(Samples.CasesFolder(), "*.yaml").Order(StringComparer.Ordinal).Select(p => CasebookReader.ReadFile(p).File!)];

    /// <summary>Writes the page to a file, opens it from disk and records console errors and every request that is not
    /// the page itself.</summary>
    private async Task<(IPage Page, List<string> Errors, List<string> Requests)> Open(string language)
    {
        var path = Path.Combine(folder, $"casebook-{language}.html");
        await File.WriteAllTextAsync(path, CasebookHtml.Render(Files(), language));
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var errors = new List<string>();
        var requests = new List<string>();
        var url = new Uri(path).AbsoluteUri;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        page.Request += (_, request) =>
        {
            if (request.Url != url)
            {
                requests.Add(request.Url);
            }
        };
        await page.GotoAsync(url);
        return (page, errors, requests);
    }
}
