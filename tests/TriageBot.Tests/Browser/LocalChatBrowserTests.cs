using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TriageBot.Tests.Hosting;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TriageBot.Tests.Browser;

/// <summary>
/// The local chat page in Debian's Chromium (tests/setup/browser.sh installs it; Playwright drives it, nothing is
/// downloaded): Web Chat from the embedded bundle, the welcome on opening, an assessment answered with card buttons
/// and typed text, the recommendation, then the hand-off. Screenshots go to screenshots/ in the test output folder.
/// </summary>
public sealed class LocalChatBrowserTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly LocatorAssertionsToBeVisibleOptions Patient = new() { Timeout = 20_000 };

    [Fact]
    public async Task A_professional_answers_in_the_page_and_sees_the_level_the_number_and_the_hand_off()
    {
        Assert.True(File.Exists(Chromium), $"Chromium is not at {Chromium}: run tests/setup/browser.sh");
        await using var bot = await RunningBot.StartAsync(RunningBot.WeekdayMorning);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 1000 } });
        var screenshots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));

        await page.GotoAsync(bot.Address.ToString());
        await Expect(page).ToHaveTitleAsync("TriageBot — local chat");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "TriageBot — local chat" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Local test mode: no data leaves this machine. In an emergency call 999.")).ToBeVisibleAsync();
        // The welcome arrives when the page opens, before anything is typed.
        await Expect(page.GetByText("Plymouth").First).ToBeVisibleAsync(Patient);

        await TypeAsync(page, "hi");
        await AnswerAsync(page, "Is the child in immediate danger right now?", () => PressAsync(page, "No"));
        await AnswerAsync(page, "How old is the child", () => TypeAsync(page, "7"));
        await AnswerAsync(page, "What are you worried about?", () => TickAndSendAsync(page, "Disclosures"));
        await AnswerAsync(page, "What is the child or young person telling you about?", () => TickAndSendAsync(page, "Someone hurting them physically"));
        await AnswerAsync(page, "What is the young person actually saying?", () => TypeAsync(page, "He says he was hit with a belt"));
        foreach (var question in new[]
        {
            "Who have they disclosed to?", "formal complaint to the police?", "Did anyone witness", "When did alleged incident happen?",
            "Have parents been informed?", "Who is the allegation about?", "Is the perpetrator a child?", "contact with other children?",
        })
        {
            await AnswerAsync(page, question, () => TypeAsync(page, "skip"));
        }

        await AnswerAsync(page, "have the parents (or the young person, if appropriate) agreed", () => PressAsync(page, "3. Not asked yet"));
        await AnswerAsync(page, "Would asking for consent (or telling the parents) place the child", () => PressAsync(page, "Yes"));

        var level = page.GetByText("Level 4 of 4").Last;
        await Expect(level).ToBeVisibleAsync(Patient);
        await Expect(page.GetByText("01752 668000").Last).ToBeVisibleAsync();
        await level.ScrollIntoViewIfNeededAsync();
        var recommendation = Path.Combine(screenshots.FullName, "recommendation.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = recommendation });
        output.WriteLine($"Screenshot: {recommendation}");

        await PressAsync(page, "Prepare the contact");
        var copy = page.GetByRole(AriaRole.Button, new() { Name = "Copy as plain text" });
        for (var skipped = 0; skipped < 10 && await copy.CountAsync() == 0; skipped++)
        {
            var before = await BotActivitiesAsync(page);
            await TypeAsync(page, "skip");
            await WaitForMoreAsync(page, before);
        }

        await Expect(copy.Last).ToBeVisibleAsync(Patient);
        // The top of the hand-off card: what the professional reads first.
        await page.Locator("article").Last.EvaluateAsync("card => card.scrollIntoView({ block: 'start' })");
        var handoff = Path.Combine(screenshots.FullName, "handoff.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = handoff });
        output.WriteLine($"Screenshot: {handoff}");
    }

    /// <summary>Waits until the question is on screen, then answers it.</summary>
    private static async Task AnswerAsync(IPage page, string question, Func<Task> answer)
    {
        await Expect(page.GetByText(question).Last).ToBeVisibleAsync(Patient);
        await answer();
    }

    private static async Task TypeAsync(IPage page, string text)
    {
        var box = page.GetByRole(AriaRole.Textbox).Last;
        await box.FillAsync(text);
        await box.PressAsync("Enter");
    }

    private static Task PressAsync(IPage page, string button) =>
        page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).Last.ClickAsync();

    /// <summary>Ticks an option of the last card's choice list and presses its Send answer.</summary>
    private static async Task TickAndSendAsync(IPage page, string option)
    {
        // Web Chat draws a multi-select as boxes, whose names end with the option's words, and a single choice as a list box.
        var name = new Regex(Regex.Escape(option) + "$");
        var box = page.GetByRole(AriaRole.Checkbox, new() { NameRegex = name }).Or(page.GetByRole(AriaRole.Radio, new() { NameRegex = name }));
        if (await box.CountAsync() > 0)
        {
            await box.Last.CheckAsync();
        }
        else
        {
            var list = page.Locator("select").Filter(new() { Has = page.Locator("option", new() { HasTextRegex = name }) });
            Assert.True(await list.CountAsync() > 0, $"No option '{option}' on the last card:\n{await page.Locator("article").Last.AriaSnapshotAsync()}");
            var label = await list.Last.Locator("option", new() { HasTextRegex = name }).TextContentAsync();
            await list.Last.SelectOptionAsync(new SelectOptionValue { Label = label });
        }

        await PressAsync(page, "Send answer");
    }

    private static Task<int> BotActivitiesAsync(IPage page) =>
        page.Locator(".webchat__basic-transcript__activity").CountAsync();

    private static async Task WaitForMoreAsync(IPage page, int before)
    {
        // The typed message and at least one reply.
        await page.WaitForFunctionAsync(
            "n => document.querySelectorAll('.webchat__basic-transcript__activity').length >= n",
            before + 2,
            new PageWaitForFunctionOptions { Timeout = 20_000 });
    }
}
