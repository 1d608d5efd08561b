using System.Net;
using Microsoft.Extensions.Options;

namespace TriageBot.Tests.Hosting;

public sealed class HostTests
{
    [Fact]
    public async Task Healthz_answers_ok_and_nothing_else()
    {
        await using var bot = await RunningBot.StartAsync(RunningBot.WeekdayMorning);

        using var response = await bot.Http.GetAsync("healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_urls_it_listens_on_port_3978_and_with_urls_where_it_is_told()
    {
        await using var plain = TriageBot.TriageBotApp.Create(["--Storage:Provider", "memory"]);
        await using var told = TriageBot.TriageBotApp.Create(["--Storage:Provider", "memory", "--urls", "http://127.0.0.1:5999"]);

        Assert.Equal("http://localhost:3978", plain.Configuration["urls"]);
        Assert.Equal("http://127.0.0.1:5999", told.Configuration["urls"]);
    }

    [Fact]
    public void The_default_database_is_under_local_app_data_not_the_working_directory()
    {
        var options = new TriageBot.Hosting.StorageOptions();

        var path = options.ResolvedSqlitePath;

        Assert.StartsWith(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), path, StringComparison.Ordinal);
        Assert.EndsWith(Path.Combine("TriageBot", "triagebot.db"), path, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromDays(7), options.Retention);
    }

    [Fact]
    public async Task A_configured_SQLite_path_is_where_conversations_are_kept()
    {
        var folder = Directory.CreateTempSubdirectory("triagebot-host");
        try
        {
            var file = Path.Combine(folder.FullName, "state.db");
            await using (var bot = await RunningBot.StartAsync(RunningBot.WeekdayMorning, "--Storage:Provider", "sqlite", "--Storage:SqlitePath", file))
            {
                await new TriageBot.Tests.Bot.BotConversation(bot.Http, "a:1sqlite").SayAsync("hi");
            }

            Assert.True(new FileInfo(file).Length > 0, "the SQLite file was not written");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("Storage:Provider", "postgres", "Storage:Provider must be 'sqlite' or 'memory'")]
    [InlineData("Storage:Retention", "-1.00:00:00", "Storage:Retention must be a positive time span")]
    public async Task A_bad_storage_setting_stops_start_up_naming_the_setting(string key, string value, string message)
    {
        await using var app = TriageBot.TriageBotApp.Create(["--urls", "http://127.0.0.1:0", "--Storage:Provider", "memory", $"--{key}", value]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_front_door_hours_stop_start_up_with_the_reason()
    {
        var error = Assert.ThrowsAny<FormatException>(() => TriageBot.TriageBotApp.Create(["--Thresholds:FrontDoorHours:plymouth", "weekdays"]));

        Assert.Contains("'Mon-Fri 09:00-17:00'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configured_front_door_hours_decide_in_hours_or_out_of_hours()
    {
        // Tuesday 11:00 is normally open; with hours of 12:00-13:00 it is out of hours.
        await using var bot = await RunningBot.StartAsync(RunningBot.WeekdayMorning, "--Thresholds:FrontDoorHours:plymouth", "Mon-Fri 12:00-13:00");
        var conversation = new TriageBot.Tests.Bot.BotConversation(bot.Http, "a:1hours");

        var recommendation = await TriageBot.Tests.Bot.DisclosureScript.WalkAsync(conversation);

        Assert.Contains("01752 346984", TriageBot.Tests.Bot.DisclosureScript.ContactNow(recommendation), StringComparison.Ordinal);
    }
}
