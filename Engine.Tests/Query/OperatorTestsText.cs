using SoftrLite.Tests.Support;
using Op = SoftrLite.FilterOperator;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Query;

/// <summary>The text operators: case folded with invariant lower-casing, empties never match a positive operator.</summary>
public sealed class OperatorTestsText
{
    [Test]
    public void Search_matches_text_ignoring_case_when_operator_is_is()
    {
        using var f = TestEngine.OnClock();
        var table = Cities(f);

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Compare("City", Op.Is, "london")), Is.EqualTo(new[] { "r1", "r3" }));
            Assert.That(f.Names(table, FilterCondition.Compare("City", Op.Is, "LONDON")), Is.EqualTo(new[] { "r1", "r3" }));
            Assert.That(f.Names(table, FilterCondition.Compare("City", Op.Is, "lond")), Is.Empty);
        });
    }

    [Test]
    public void Search_matches_everything_else_including_empty_values_when_operator_is_is_not()
    {
        using var f = TestEngine.OnClock();
        var table = Cities(f);

        Assert.That(f.Names(table, FilterCondition.Compare("City", Op.IsNot, "London")), Is.EqualTo(new[] { "r2", "r4", "r5", "r6", "r7" }));
    }

    [TestCase(Op.Contains, "ONDO", new[] { "r1", "r2", "r3" })]
    [TestCase(Op.Contains, "bridge", new[] { "r2" })]
    [TestCase(Op.Contains, "x", new string[0])]
    [TestCase(Op.DoesNotContain, "ONDO", new[] { "r4", "r5", "r6", "r7" })]
    [TestCase(Op.StartsWith, "lon", new[] { "r1", "r2", "r3" })]
    [TestCase(Op.StartsWith, "LONDON B", new[] { "r2" })]
    [TestCase(Op.StartsWith, "ondon", new string[0])]
    [TestCase(Op.DoesNotStartWith, "lon", new[] { "r4", "r5", "r6", "r7" })]
    [TestCase(Op.EndsWith, "DON", new[] { "r1", "r3" })]
    [TestCase(Op.EndsWith, "normale", new[] { "r5" })]
    [TestCase(Op.EndsWith, "a much longer text than any value", new string[0])]
    [TestCase(Op.DoesNotEndWith, "DON", new[] { "r2", "r4", "r5", "r6", "r7" })]
    public void Search_matches_substrings_ignoring_case_when_operator_is_a_text_operator(FilterOperator op, string needle, string[] expected)
    {
        using var f = TestEngine.OnClock();
        var table = Cities(f);

        Assert.That(f.Names(table, FilterCondition.Compare("City", op, needle)), Is.EqualTo(expected));
    }

    [Test]
    public void Search_matches_any_listed_value_ignoring_case_when_operator_is_is_one_of()
    {
        using var f = TestEngine.OnClock();
        var table = Cities(f);

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Compare("City", Op.IsOneOf, new[] { "LONDON", "paris", "Rome" })), Is.EqualTo(new[] { "r1", "r3", "r6" }));
            Assert.That(f.Names(table, FilterCondition.Compare("City", Op.IsNotOneOf, new[] { "LONDON", "paris", "Rome" })), Is.EqualTo(new[] { "r2", "r4", "r5", "r7" }));
            Assert.That(f.Names(table, FilterCondition.Compare("City", Op.IsOneOf, Array.Empty<string>())), Is.Empty);
            Assert.That(f.Names(table, FilterCondition.Compare("City", Op.IsNotOneOf, Array.Empty<string>())), Is.EqualTo(f.All(table)));
        });
    }

    [Test]
    public void Search_reads_a_single_right_side_as_a_list_of_one_when_operator_is_is_one_of()
    {
        using var f = TestEngine.OnClock();
        var table = Cities(f);

        Assert.That(f.Names(table, FilterCondition.Compare("City", Op.IsOneOf, "PARIS")), Is.EqualTo(new[] { "r6" }));
    }

    [Test]
    public void Search_matches_only_empty_values_when_operator_is_is_empty()
    {
        using var f = TestEngine.OnClock();
        var table = Cities(f);

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Test("City", Op.IsEmpty)), Is.EqualTo(new[] { "r4" }));
            Assert.That(f.Names(table, FilterCondition.Test("City", Op.IsNotEmpty)), Is.EqualTo(new[] { "r1", "r2", "r3", "r5", "r6", "r7" }));
        });
    }

    [Test]
    public void Search_treats_a_cleared_text_as_empty()
    {
        using var f = TestEngine.OnClock();
        var table = Cities(f);
        var cleared = f.Search(table, FilterCondition.Compare("Name", Op.Is, "r6")).Items[0];
        f.Update(table, cleared, ("City", string.Empty));

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Test("City", Op.IsEmpty)), Is.EqualTo(new[] { "r4", "r6" }));
            Assert.That(f.Names(table, FilterCondition.Compare("City", Op.Contains, "a")), Does.Not.Contain("r6"));
        });
    }

    [TestCase(Op.Is, "ÉCOLE NORMALE", new[] { "r5" })]
    [TestCase(Op.Contains, "école", new[] { "r5" })]
    [TestCase(Op.StartsWith, "éCOLE", new[] { "r5" })]
    [TestCase(Op.Is, "σοφια", new[] { "g1" })]
    [TestCase(Op.Is, "ΣΟΦΙΑ", new[] { "g1" })]
    [TestCase(Op.Contains, "ОСК", new[] { "g2" })]
    [TestCase(Op.Is, "москва", new[] { "g2" })]
    [TestCase(Op.Is, "straße", new[] { "g3" })]
    [TestCase(Op.EndsWith, "ÖM", new[] { "g4" })]
    [TestCase(Op.IsOneOf, "ångström", new[] { "g4" })]
    public void Search_ignores_case_of_non_ascii_letters_by_invariant_lower_casing(FilterOperator op, string needle, string[] expected)
    {
        using var f = TestEngine.OnClock();
        var table = Cities(f);
        f.Add(table, "g1", ("City", "Σοφια"));
        f.Add(table, "g2", ("City", "МОСКВА"));
        f.Add(table, "g3", ("City", "STRAẞE"));
        f.Add(table, "g4", ("City", "ÅNGSTRÖM"));

        Assert.That(f.Names(table, FilterCondition.Compare("City", op, needle)), Is.EqualTo(expected));
    }

    [Test]
    public void Search_does_not_expand_letters_when_folding_case()
    {
        using var f = TestEngine.OnClock();
        var table = Cities(f);
        f.Add(table, "g3", ("City", "Straße"));

        // Invariant lower-casing maps one letter to one letter: ß is not "ss".
        Assert.That(f.Names(table, FilterCondition.Compare("City", Op.Is, "STRASSE")), Is.Empty);
    }

    [TestCase("%", new[] { "p1" })]
    [TestCase("_", new[] { "p2" })]
    [TestCase("'", new[] { "p3" })]
    [TestCase("\\", new[] { "p4" })]
    public void Search_treats_sql_wildcards_and_quotes_in_the_right_side_as_plain_text(string needle, string[] expected)
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T", Field("Text", FieldTypeNames.SingleLineText));
        f.Add(table, "p1", ("Text", "100%"));
        f.Add(table, "p2", ("Text", "a_b"));
        f.Add(table, "p3", ("Text", "O'Brien"));
        f.Add(table, "p4", ("Text", "C:\\temp"));
        f.Add(table, "p5", ("Text", "plain"));

        Assert.That(f.Names(table, FilterCondition.Compare("Text", Op.Contains, needle)), Is.EqualTo(expected));
    }

    // "~" stands for U+0000, which test names cannot carry. No stored text holds it: it is refused on write
    // (SQLite's text functions stop at it), so a condition naming it matches nothing and its negation everything.
    [TestCase(FieldTypeNames.SingleLineText)]
    [TestCase(FieldTypeNames.LongText)]
    [TestCase(FieldTypeNames.Phone)]
    public void Write_throws_validation_error_when_text_holds_a_nul_character(string type)
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T", Field("Text", type));

        Assert.That(() => f.Add(table, "nul", ("Text", "a\0bc")), Support.SoftrThrows.Code(ErrorCode.ValidationError));
    }

    [TestCase(Op.Is, "a~bc")]
    [TestCase(Op.StartsWith, "a~b")]
    [TestCase(Op.Contains, "~")]
    [TestCase(Op.EndsWith, "~BC")]
    public void Search_matches_nothing_when_the_text_condition_holds_a_nul_character(Op op, string needle)
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T", Field("Text", FieldTypeNames.SingleLineText));
        f.Add(table, "abc", ("Text", "abc"));
        f.Add(table, "plain", ("Text", "abd"));

        Assert.That(f.Names(table, FilterCondition.Compare("Text", op, needle.Replace('~', '\0'))), Is.Empty);
        Assert.That(f.Names(table, FilterCondition.Compare("Text", NegationOf(op), needle.Replace('~', '\0'))), Is.EqualTo(new[] { "abc", "plain" }));
    }

    private static Op NegationOf(Op op) => op switch
    {
        Op.Is => Op.IsNot,
        Op.StartsWith => Op.DoesNotStartWith,
        Op.Contains => Op.DoesNotContain,
        _ => Op.DoesNotEndWith,
    };

    [TestCase(FieldTypeNames.LongText, "First line\nSECOND line", Op.Contains, "second")]
    [TestCase(FieldTypeNames.Email, "Ada@Example.com", Op.Is, "ada@example.COM")]
    [TestCase(FieldTypeNames.Email, "Ada@Example.com", Op.EndsWith, "@EXAMPLE.COM")]
    [TestCase(FieldTypeNames.Phone, "+1 (555) 010-9999", Op.StartsWith, "+1 (555)")]
    [TestCase(FieldTypeNames.Url, "https://Example.com/Path", Op.Contains, "example.com/path")]
    public void Search_applies_text_operators_to_every_text_type(string type, string value, FilterOperator op, string needle)
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T", Field("Value", type));
        f.Add(table, "hit", ("Value", value));
        f.Add(table, "empty");

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Compare("Value", op, needle)), Is.EqualTo(new[] { "hit" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Value", Negation(op), needle)), Is.EqualTo(new[] { "empty" }));
        });
    }

    [Test]
    public void Search_applies_text_operators_to_record_ids()
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T", Field("Id", FieldTypeNames.RecordId));
        var first = f.Add(table, "first");
        f.Add(table, "second");
        var id = first.Id.Value;

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Compare("Id", Op.Is, id)), Is.EqualTo(new[] { "first" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Id", Op.IsOneOf, new[] { id, "nope" })), Is.EqualTo(new[] { "first" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Id", Op.IsNot, id)), Is.EqualTo(new[] { "second" }));
            Assert.That(f.Names(table, FilterCondition.Test("Id", Op.IsEmpty)), Is.Empty);
        });
    }

    [Test]
    public void Search_reads_a_number_right_side_as_its_text_when_the_field_is_text()
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T", Field("Code", FieldTypeNames.SingleLineText));
        f.Add(table, "hit", ("Code", "100"));
        f.Add(table, "miss", ("Code", "1000"));

        Assert.That(f.Names(table, FilterCondition.Compare("Code", Op.Is, 100)), Is.EqualTo(new[] { "hit" }));
    }

    [Test]
    public void Search_accepts_the_field_id_as_left_side()
    {
        using var f = TestEngine.OnClock();
        var table = Cities(f);
        var id = f.Id(table, "City");

        Assert.That(f.Names(table, FilterCondition.Compare(id.Value, Op.Is, "paris")), Is.EqualTo(new[] { "r6" }));
    }

    private static FilterOperator Negation(FilterOperator op) => op switch
    {
        Op.Is => Op.IsNot,
        Op.Contains => Op.DoesNotContain,
        Op.StartsWith => Op.DoesNotStartWith,
        Op.EndsWith => Op.DoesNotEndWith,
        _ => Op.IsNotOneOf,
    };

    private static Table Cities(TestEngine f)
    {
        var table = f.NamedTable("Cities", Field("City", FieldTypeNames.SingleLineText));
        f.Add(table, "r1", ("City", "London"));
        f.Add(table, "r2", ("City", "LONDON bridge"));
        f.Add(table, "r3", ("City", "london"));
        f.Add(table, "r4");
        f.Add(table, "r5", ("City", "École Normale"));
        f.Add(table, "r6", ("City", "Paris"));
        f.Add(table, "r7", ("City", "Lyon"));
        return table;
    }
}
