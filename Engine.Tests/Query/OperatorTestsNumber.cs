using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;
using Op = SoftrLite.FilterOperator;

namespace SoftrLite.Tests.Query;

/// <summary>The numeric operators: comparisons, inclusive ranges, lists; an empty value never compares.</summary>
public sealed class OperatorTestsNumber
{
    [TestCase(Op.Is, 10, new[] { "c" })]
    [TestCase(Op.Is, 0, new[] { "b" })]
    [TestCase(Op.Is, 7, new string[0])]
    [TestCase(Op.IsNot, 10, new[] { "a", "b", "d", "e", "f" })]
    [TestCase(Op.GreaterThan, 10, new[] { "d", "e" })]
    [TestCase(Op.GreaterThanOrEquals, 10, new[] { "c", "d", "e" })]
    [TestCase(Op.LessThan, 0, new[] { "a" })]
    [TestCase(Op.LessThanOrEquals, 0, new[] { "a", "b" })]
    [TestCase(Op.LessThan, 1000, new[] { "a", "b", "c", "d", "e" })]
    [TestCase(Op.GreaterThan, -1.5, new[] { "b", "c", "d", "e" })]
    public void Search_compares_numbers_and_never_matches_an_empty_value(Op op, double value, string[] expected)
    {
        using var f = TestEngine.OnClock();
        var table = Scores(f);

        Assert.That(f.Names(table, FilterCondition.Compare("Score", op, value)), Is.EqualTo(expected));
    }

    [TestCase(Op.Is, "10", new[] { "c" })]
    [TestCase(Op.GreaterThan, "10.1", new[] { "d", "e" })]
    [TestCase(Op.LessThanOrEquals, "-1.5", new[] { "a" })]
    [TestCase(Op.IsNot, "1e2", new[] { "a", "b", "c", "d", "f" })]
    public void Search_reads_a_numeric_string_as_a_number(Op op, string value, string[] expected)
    {
        using var f = TestEngine.OnClock();
        var table = Scores(f);

        Assert.That(f.Names(table, FilterCondition.Compare("Score", op, value)), Is.EqualTo(expected));
    }

    [Test]
    public void Search_includes_both_bounds_when_operator_is_is_between()
    {
        using var f = TestEngine.OnClock();
        var table = Scores(f);

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Range("Score", Op.IsBetween, 0, 10)), Is.EqualTo(new[] { "b", "c" }));
            Assert.That(f.Names(table, FilterCondition.Range("Score", Op.IsBetween, 10, 10)), Is.EqualTo(new[] { "c" }));
            Assert.That(f.Names(table, FilterCondition.Range("Score", Op.IsBetween, -1.5, 10.25)), Is.EqualTo(new[] { "a", "b", "c", "d" }));
            Assert.That(f.Names(table, FilterCondition.Range("Score", Op.IsBetween, 10, 0)), Is.Empty);
        });
    }

    [Test]
    public void Search_reads_numeric_strings_in_bounds_when_operator_is_is_between()
    {
        using var f = TestEngine.OnClock();
        var table = Scores(f);

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Range("Score", Op.IsBetween, "0", "10")), Is.EqualTo(new[] { "b", "c" }));
            Assert.That(f.Names(table, FilterCondition.Range("Score", Op.IsBetween, "10", 100)), Is.EqualTo(new[] { "c", "d", "e" }));
        });
    }

    [Test]
    public void Search_matches_outside_the_bounds_and_empty_values_when_operator_is_is_not_between()
    {
        using var f = TestEngine.OnClock();
        var table = Scores(f);

        Assert.That(f.Names(table, FilterCondition.Range("Score", Op.IsNotBetween, 0, 10)), Is.EqualTo(new[] { "a", "d", "e", "f" }));
    }

    [Test]
    public void Search_matches_listed_numbers_when_operator_is_is_one_of()
    {
        using var f = TestEngine.OnClock();
        var table = Scores(f);

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Compare("Score", Op.IsOneOf, new object[] { 0, "100", 7, 10.25 })), Is.EqualTo(new[] { "b", "d", "e" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Score", Op.IsNotOneOf, new object[] { 0, "100", 7, 10.25 })), Is.EqualTo(new[] { "a", "c", "f" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Score", Op.IsOneOf, 100)), Is.EqualTo(new[] { "e" }));
        });
    }

    [Test]
    public void Search_treats_zero_as_a_value_not_as_empty()
    {
        using var f = TestEngine.OnClock();
        var table = Scores(f);

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Test("Score", Op.IsEmpty)), Is.EqualTo(new[] { "f" }));
            Assert.That(f.Names(table, FilterCondition.Test("Score", Op.IsNotEmpty)), Is.EqualTo(new[] { "a", "b", "c", "d", "e" }));
        });
    }

    [TestCase(FieldTypeNames.Currency, null)]
    [TestCase(FieldTypeNames.Percent, null)]
    [TestCase(FieldTypeNames.Duration, null)]
    [TestCase(FieldTypeNames.Rating, """{"max":10}""")]
    [TestCase(FieldTypeNames.Number, """{"precision":0}""")]
    public void Search_applies_number_operators_to_every_numeric_type(string type, string? options)
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T", Field("Value", type, options));
        f.Add(table, "one", ("Value", 1));
        f.Add(table, "three", ("Value", 3));
        f.Add(table, "five", ("Value", 5));
        f.Add(table, "empty");

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Compare("Value", Op.Is, 3)), Is.EqualTo(new[] { "three" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Value", Op.GreaterThan, 2)), Is.EqualTo(new[] { "three", "five" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Value", Op.LessThanOrEquals, "3")), Is.EqualTo(new[] { "one", "three" }));
            Assert.That(f.Names(table, FilterCondition.Range("Value", Op.IsBetween, 1, 3)), Is.EqualTo(new[] { "one", "three" }));
            Assert.That(f.Names(table, FilterCondition.Range("Value", Op.IsNotBetween, 1, 3)), Is.EqualTo(new[] { "five", "empty" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Value", Op.IsOneOf, new[] { 1, 5 })), Is.EqualTo(new[] { "one", "five" }));
            Assert.That(f.Names(table, FilterCondition.Test("Value", Op.IsEmpty)), Is.EqualTo(new[] { "empty" }));
        });
    }

    [Test]
    public void Search_applies_number_operators_to_autonumbers()
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T", Field("No", FieldTypeNames.Autonumber));
        f.Add(table, "first");
        f.Add(table, "second");
        f.Add(table, "third");

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Compare("No", Op.Is, 2)), Is.EqualTo(new[] { "second" }));
            Assert.That(f.Names(table, FilterCondition.Compare("No", Op.GreaterThanOrEquals, 2)), Is.EqualTo(new[] { "second", "third" }));
            Assert.That(f.Names(table, FilterCondition.Range("No", Op.IsBetween, 1, 2)), Is.EqualTo(new[] { "first", "second" }));
            Assert.That(f.Names(table, FilterCondition.Compare("No", Op.IsNotOneOf, new[] { 1, 3 })), Is.EqualTo(new[] { "second" }));
            Assert.That(f.Names(table, FilterCondition.Test("No", Op.IsEmpty)), Is.Empty);
        });
    }

    [Test]
    public void Search_applies_number_operators_to_counts_of_linked_records()
    {
        using var f = TestEngine.OnClock();
        var companies = f.NamedTable("Companies");
        var acme = f.Add(companies, "Acme").Id.Value;
        var globex = f.Add(companies, "Globex").Id.Value;
        var contacts = f.NamedTable("Contacts", Field("Company", FieldTypeNames.LinkedRecord, $$"""{"linkedTableId":"{{companies.Id}}"}"""));
        f.Engine.Fields.Add(f.Db, contacts.Id, Field("Count", FieldTypeNames.Count, $$"""{"linkedRecordFieldId":"{{f.Id(contacts, "Company")}}"}"""));
        f.Add(contacts, "two", ("Company", new[] { acme, globex }));
        f.Add(contacts, "one", ("Company", new[] { acme }));
        f.Add(contacts, "none");

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(contacts, FilterCondition.Compare("Count", Op.GreaterThan, 1)), Is.EqualTo(new[] { "two" }));
            Assert.That(f.Names(contacts, FilterCondition.Compare("Count", Op.Is, 0)), Is.EqualTo(new[] { "none" }));
            Assert.That(f.Names(contacts, FilterCondition.Range("Count", Op.IsBetween, 1, "2")), Is.EqualTo(new[] { "two", "one" }));
            Assert.That(f.Names(contacts, null, new SortKey("Count")), Is.EqualTo(new[] { "none", "one", "two" }));
        });
    }

    [Test]
    public void Search_compares_fractions_exactly_as_stored_after_precision_rounding()
    {
        using var f = TestEngine.OnClock();
        var table = f.NamedTable("T", Field("Price", FieldTypeNames.Number, """{"precision":2}"""));
        f.Add(table, "rounded", ("Price", 1.005));
        f.Add(table, "other", ("Price", 1.0));

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Compare("Price", Op.Is, 1.01)), Is.EqualTo(new[] { "rounded" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Price", Op.Is, "1.01")), Is.EqualTo(new[] { "rounded" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Price", Op.GreaterThan, 1)), Is.EqualTo(new[] { "rounded" }));
        });
    }

    private static Table Scores(TestEngine f)
    {
        var table = f.NamedTable("Scores", Field("Score", FieldTypeNames.Number, """{"precision":2}"""));
        f.Add(table, "a", ("Score", -1.5));
        f.Add(table, "b", ("Score", 0));
        f.Add(table, "c", ("Score", 10));
        f.Add(table, "d", ("Score", 10.25));
        f.Add(table, "e", ("Score", 100));
        f.Add(table, "f");
        return table;
    }
}
