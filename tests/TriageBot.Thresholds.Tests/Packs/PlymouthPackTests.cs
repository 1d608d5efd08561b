using System.Text.Json;
using TriageBot.Thresholds.Model;
using TriageBot.Thresholds.Packs;

namespace TriageBot.Thresholds.Tests.Packs;

public sealed class PlymouthPackTests
{
    private static readonly FrameworkPack Pack = PackReader.LoadEmbedded("plymouth");
    private static readonly JsonElement Inventory = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "plymouth-2016-inventory.json"))).RootElement;

    [Fact]
    public void Pack_holds_every_indicator_of_the_inventory_verbatim_with_level_domain_and_dimension()
    {
        var expected = Inventory.GetProperty("indicators").EnumerateArray()
            .Select(i => (Level: i.GetProperty("level").GetInt32(), Domain: i.GetProperty("domain").GetString(), Dimension: i.GetProperty("dimension").GetString(), Text: i.GetProperty("text").GetString()))
            .ToList();
        var actual = Pack.Indicators.Where(i => !i.SignificantHarm).Select(i => (i.Level, i.Domain, i.Dimension, (string?)i.Text)).ToList();

        Assert.Equal(229, expected.Count);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Pack_holds_the_fourteen_appendix_1_signs_at_level_4()
    {
        var expected = Inventory.GetProperty("appendix1").EnumerateArray().Select(e => e.GetString()).ToList();
        var signs = Pack.Indicators.Where(i => i.SignificantHarm).ToList();

        Assert.Equal(14, signs.Count);
        Assert.Equal(expected, signs.Select(s => (string?)s.Text));
        Assert.All(signs, s => Assert.Equal(4, s.Level));
        Assert.All(signs, s => Assert.Equal("001_9322bea10a27a627.txt, Appendix 1", s.Source));
    }

    [Fact]
    public void Every_indicator_cites_its_document_and_level_section()
    {
        Assert.All(Pack.Indicators.Where(i => !i.SignificantHarm), i =>
            Assert.StartsWith($"001_9322bea10a27a627.txt, 2B:{i.Level} Level {i.Level} Indicators, ", i.Source));
    }

    [Fact]
    public void Ids_are_unique_and_stable()
    {
        Assert.Equal(Pack.Indicators.Count, Pack.Indicators.Select(i => i.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        // Ids are what case records and the question bank cite: these must never move.
        Assert.Equal("Good physical health", Pack.FindById("ply.l1.health.1")?.Text);
        Assert.Equal("Poor home conditions e.g. no bedding, unhygienic conditions", Pack.FindById("ply.l3.housing.2")?.Text);
        Assert.Equal("Child has made a disclosure of physical or sexual harm", Pack.FindById("ply.a1.1")?.Text);
        Assert.Equal("Serious and prolonged domestic abuse", Pack.FindById("ply.l4.basic-care.4")?.Text);
    }

    [Theory]
    [InlineData("Teenage parent", 2)]
    [InlineData("Family socially excluded", 2)]
    [InlineData("Slow to develop age appropriate self-care skills", 2)]
    [InlineData("Extremist views or behavior", 2)]
    [InlineData("Fabricated illness", 2)]
    public void Texts_that_appear_twice_in_the_document_are_ambiguous(string text, int count)
    {
        Assert.Equal(count, Pack.Find(text).Length);
    }

    [Fact]
    public void Levels_carry_the_2016_names_and_the_2022_names()
    {
        Assert.Equal(["Universal", "Early Help", "Targeted Early Help", "Statutory"], Pack.Levels.Select(l => l.Name));
        Assert.Equal(["Getting Advice", "Getting Help", "Getting More Help", "Getting Risk Support"], Pack.Levels.Select(l => l.AlsoKnownAs));
        Assert.StartsWith("Level 4 represents concern of actual and likely significant harm.", Pack.Level(4).ServiceResponse, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RouteKind.Emergency, "999")]
    [InlineData(RouteKind.FrontDoor, "01752 668000")]
    [InlineData(RouteKind.OutOfHours, "01752 346984")]
    [InlineData(RouteKind.EarlyHelp, "01752 668000")]
    public void Routes_carry_the_numbers_from_the_documents(RouteKind kind, string phone)
    {
        Assert.Contains(phone, Pack.Route(kind).Phones);
    }

    [Fact]
    public void Front_door_route_asks_for_the_same_day_written_mash_contact()
    {
        Assert.Contains(Pack.Route(RouteKind.FrontDoor).Next, n => n.Contains("same day", StringComparison.Ordinal) && n.Contains("MASH Contact form", StringComparison.Ordinal));
    }

    [Fact]
    public void Hours_are_a_local_setting_because_the_documents_do_not_state_them()
    {
        Assert.False(Pack.FrontDoorHours.StatedInDocuments);
        Assert.Equal("Mon-Fri 09:00-17:00", Pack.FrontDoorHours.Describe());
        Assert.Contains("local setting", Pack.FrontDoorHours.Note, StringComparison.Ordinal);
    }
}

public sealed class PlymouthContactsTests
{
    private static readonly TriageBot.Thresholds.Model.FrameworkPack Pack = TriageBot.Thresholds.Packs.PackReader.LoadEmbedded("plymouth");

    [Theory]
    [InlineData("Out of Hours Emergency Duty Team (Plymouth City Council)", "346984", "01752 346984")]
    [InlineData("Plymouth Domestic Abuse Service", "252033", "01752 252033")]
    [InlineData("NSPCC", "0844 892 0288", "0844 892 0288")]
    [InlineData("Devon and Cornwall Police (General switchboard)", "101", "101")]
    public void Appendix_3_contacts_keep_the_documents_words_and_add_the_area_code_to_local_numbers(string name, string phone, string dial)
    {
        var contact = Assert.Single(Pack.Contacts, c => c.Name == name);
        Assert.Equal(phone, contact.Phone);
        Assert.Equal(dial, contact.Dial[0]);
        Assert.StartsWith("001_9322bea10a27a627.txt, Appendix 3", contact.Source, StringComparison.Ordinal);
    }
}
