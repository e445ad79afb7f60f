using SoftrLite.Tests.Support;
using SoftrLite.Tests.Rest;
using static SoftrLite.Tests.Support.TestEngine;
using Op = SoftrLite.FilterOperator;

namespace SoftrLite.Tests.Query;

/// <summary>Sort keys in order; empties smallest; text case-folded; SELECT by choice order; ties by creation order.</summary>
public sealed class SortTests
{
    [Test]
    public void Search_sorts_numbers_with_empty_values_first_ascending_and_last_descending()
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T", Field("Score", FieldTypeNames.Number));
        f.Add(table, "ten", ("Score", 10));
        f.Add(table, "empty");
        f.Add(table, "minus", ("Score", -2));
        f.Add(table, "zero", ("Score", 0));

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, null, new SortKey("Score")), Is.EqualTo(new[] { "empty", "minus", "zero", "ten" }));
            Assert.That(f.Names(table, null, new SortKey("Score", SortDirection.Descending)), Is.EqualTo(new[] { "ten", "zero", "minus", "empty" }));
        });
    }

    [Test]
    public void Search_keeps_creation_order_between_equal_values_in_both_directions()
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T", Field("Score", FieldTypeNames.Number));
        f.Add(table, "a1", ("Score", 1));
        f.Add(table, "b2", ("Score", 2));
        f.Add(table, "a2", ("Score", 1));
        f.Add(table, "e1");
        f.Add(table, "b1", ("Score", 2));
        f.Add(table, "e2");

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, null, new SortKey("Score")), Is.EqualTo(new[] { "e1", "e2", "a1", "a2", "b2", "b1" }));
            Assert.That(f.Names(table, null, new SortKey("Score", SortDirection.Descending)), Is.EqualTo(new[] { "b2", "b1", "a1", "a2", "e1", "e2" }));
        });
    }

    [Test]
    public void Search_sorts_text_case_folded()
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T", Field("Word", FieldTypeNames.SingleLineText));
        f.Add(table, "w1", ("Word", "banana"));
        f.Add(table, "w2", ("Word", "Apple"));
        f.Add(table, "w3", ("Word", "cherry"));
        f.Add(table, "w4", ("Word", "apricot"));
        f.Add(table, "w5", ("Word", "Blueberry"));

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, null, new SortKey("Word")), Is.EqualTo(new[] { "w2", "w4", "w1", "w5", "w3" }));
            Assert.That(f.Names(table, null, new SortKey("Word", SortDirection.Descending)), Is.EqualTo(new[] { "w3", "w5", "w1", "w4", "w2" }));
        });
    }

    [Test]
    public void Search_sorts_non_ascii_text_case_folded()
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T", Field("Word", FieldTypeNames.SingleLineText));
        f.Add(table, "w1", ("Word", "éc"));
        f.Add(table, "w2", ("Word", "ÉB"));
        f.Add(table, "w3", ("Word", "éa"));

        Assert.That(f.Names(table, null, new SortKey("Word")), Is.EqualTo(new[] { "w3", "w2", "w1" }));
    }

    [Test]
    public void Search_breaks_ties_between_texts_equal_ignoring_case_by_creation_order()
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T", Field("Word", FieldTypeNames.SingleLineText));
        f.Add(table, "first", ("Word", "ada"));
        f.Add(table, "second", ("Word", "ADA"));
        f.Add(table, "third", ("Word", "Ada"));

        // "text sorts case-folded" makes the three equal keys; "ties always fall back to creation order".
        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, null, new SortKey("Word")), Is.EqualTo(new[] { "first", "second", "third" }));
            Assert.That(f.Names(table, null, new SortKey("Word", SortDirection.Descending)), Is.EqualTo(new[] { "first", "second", "third" }));
        });
    }

    [Test]
    public void Search_sorts_a_single_select_by_the_order_of_its_choices()
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T", Field("Size", FieldTypeNames.Select, """{"choices":[{"label":"Small"},{"label":"Medium"},{"label":"Large"}]}"""));
        f.Add(table, "l", ("Size", "Large"));
        f.Add(table, "s", ("Size", "Small"));
        f.Add(table, "e");
        f.Add(table, "m", ("Size", "Medium"));

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, null, new SortKey("Size")), Is.EqualTo(new[] { "e", "s", "m", "l" }));
            Assert.That(f.Names(table, null, new SortKey("Size", SortDirection.Descending)), Is.EqualTo(new[] { "l", "m", "s", "e" }));
        });
    }

    [Test]
    public void Search_sorts_a_multi_select_by_its_first_choice()
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T", Field("Tags", FieldTypeNames.Select, """{"choices":[{"label":"A"},{"label":"B"},{"label":"C"}]}""", multiple: true));
        f.Add(table, "c", ("Tags", new[] { "C" }));
        f.Add(table, "ba", ("Tags", new[] { "B", "A" }));
        f.Add(table, "ac", ("Tags", new[] { "A", "C" }));
        f.Add(table, "e");

        Assert.That(f.Names(table, null, new SortKey("Tags")), Is.EqualTo(new[] { "e", "ac", "ba", "c" }));
    }

    [Test]
    public void Search_sorts_checkboxes_empty_then_false_then_true()
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T", Field("Done", FieldTypeNames.Checkbox));
        f.Add(table, "yes", ("Done", true));
        f.Add(table, "no", ("Done", false));
        f.Add(table, "unset");

        Assert.That(f.Names(table, null, new SortKey("Done")), Is.EqualTo(new[] { "unset", "no", "yes" }));
    }

    [Test]
    public void Search_sorts_dates_and_date_times_chronologically()
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T", Field("Day", FieldTypeNames.Date), Field("At", FieldTypeNames.DateTime));
        f.Add(table, "late", ("Day", "2026-12-01"), ("At", "2026-03-18T10:00:00.001Z"));
        f.Add(table, "early", ("Day", "1999-01-31"), ("At", "2026-03-18T12:00:00+05:00"));
        f.Add(table, "none");

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, null, new SortKey("Day")), Is.EqualTo(new[] { "none", "early", "late" }));
            Assert.That(f.Names(table, null, new SortKey("At", SortDirection.Descending)), Is.EqualTo(new[] { "late", "early", "none" }));
        });
    }

    [Test]
    public void Search_applies_sort_keys_in_the_order_given()
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable(
            "T",
            Field("Team", FieldTypeNames.Select, """{"choices":[{"label":"Red"},{"label":"Blue"}]}"""),
            Field("Score", FieldTypeNames.Number));
        f.Add(table, "blue1", ("Team", "Blue"), ("Score", 1));
        f.Add(table, "red1", ("Team", "Red"), ("Score", 1));
        f.Add(table, "red5", ("Team", "Red"), ("Score", 5));
        f.Add(table, "blue9", ("Team", "Blue"), ("Score", 9));
        f.Add(table, "none5", ("Score", 5));

        Assert.Multiple(() =>
        {
            Assert.That(
                f.Names(table, null, new SortKey("Team"), new SortKey("Score", SortDirection.Descending)),
                Is.EqualTo(new[] { "none5", "red5", "red1", "blue9", "blue1" }));
            Assert.That(
                f.Names(table, null, new SortKey("Score", SortDirection.Descending), new SortKey("Team", SortDirection.Descending)),
                Is.EqualTo(new[] { "blue9", "red5", "none5", "blue1", "red1" }));
        });
    }

    [Test]
    public void Search_sorts_only_the_matching_records_and_pages_after_sorting()
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T", Field("Score", FieldTypeNames.Number));
        for (var i = 0; i < 10; i++)
        {
            f.Add(table, $"n{i}", ("Score", i % 2 == 0 ? i : -i));
        }

        var page = f.Engine.Records.Search(f.Db, table.Id, new RecordQuery
        {
            Filter = FilterCondition.Compare("Score", Op.GreaterThanOrEquals, 0),
            Sort = [new SortKey("Score", SortDirection.Descending)],
            Paging = new Paging(1, 2),
        });

        Assert.Multiple(() =>
        {
            Assert.That(NamesOf(table, page), Is.EqualTo(new[] { "n6", "n4" }));
            Assert.That(page.Total, Is.EqualTo(5));
        });
    }

    [TestCase("sorting", true)]
    [TestCase("sort", true)]
    [TestCase("sort", false)]
    public void Search_over_rest_accepts_sorting_and_its_alias_sort_with_a_wrapped_or_bare_condition(string key, bool wrapped)
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T", Field("Score", FieldTypeNames.Number));
        var ids = new Dictionary<string, string>();
        foreach (var (name, score) in new[] { ("low", 1), ("high", 9), ("mid", 5), ("out", -1) })
        {
            ids[f.Add(table, name, ("Score", score)).Id.Value] = name;
        }

        var scoreId = f.Id(table, "Score");
        var condition = $$"""{"operator":"GREATER_THAN","leftSide":"{{scoreId}}","rightSide":0}""";
        var filter = wrapped ? $$"""{"condition":{{condition}}}""" : condition;
        var body = $$$"""{"filter":{{{filter}}},"{{{key}}}":[{"sortingField":"{{{scoreId}}}","sortType":"DESC"}],"paging":{"offset":0,"limit":2}}""";
        var client = new RestTestClient(f.Engine);

        var json = client.Json("POST", $"/databases/{f.Db}/tables/{table.Id}/records/search", body);

        Assert.Multiple(() =>
        {
            Assert.That(json.GetProperty("data").EnumerateArray().Select(r => ids[r.GetProperty("id").GetString()!]), Is.EqualTo(new[] { "high", "mid" }));
            Assert.That(json.GetProperty("metadata").GetProperty("total").GetInt64(), Is.EqualTo(3));
        });
    }

    [Test]
    public void Search_over_rest_sorts_by_the_system_key_created_at()
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T");
        var ids = new Dictionary<string, string>();
        foreach (var name in new[] { "one", "two", "three" })
        {
            ids[f.Add(table, name).Id.Value] = name;
            f.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var client = new RestTestClient(f.Engine);
        var body = """{"filter":{"condition":{"operator":"GREATER_THAN","leftSide":"created_at","rightSide":1773829800000}},"sorting":[{"sortingField":"created_at","sortType":"DESC"}]}""";

        var json = client.Json("POST", $"/databases/{f.Db}/tables/{table.Id}/records/search", body);

        Assert.That(json.GetProperty("data").EnumerateArray().Select(r => ids[r.GetProperty("id").GetString()!]), Is.EqualTo(new[] { "three", "two" }));
    }

    [Test]
    public void Search_uses_creation_order_without_sort_keys()
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T", Field("Score", FieldTypeNames.Number));
        f.Add(table, "z", ("Score", 3));
        f.Add(table, "a", ("Score", 1));
        f.Add(table, "m", ("Score", 2));

        Assert.That(f.Names(table, FilterCondition.Test("Score", Op.IsNotEmpty)), Is.EqualTo(new[] { "z", "a", "m" }));
    }

    [Test]
    public void Search_returns_only_the_total_when_limit_is_zero()
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T");
        f.Add(table, "a");
        f.Add(table, "b");

        var page = f.Engine.Records.Search(f.Db, table.Id, new RecordQuery { Paging = new Paging(0, 0) });

        Assert.Multiple(() =>
        {
            Assert.That(page.Items, Is.Empty);
            Assert.That(page.Total, Is.EqualTo(2));
        });
    }
}
