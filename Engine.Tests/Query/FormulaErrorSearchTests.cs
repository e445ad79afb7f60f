using SoftrLite.Tests.Rest;
using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Query;

/// <summary>A formula whose value is an error (<c>#DIV/0!</c>, <c>#ERROR!</c>) filters and sorts exactly as an empty value.</summary>
public sealed class FormulaErrorSearchTests
{
    [TestCase("""{"operator":"IS_EMPTY","leftSide":"Ratio"}""", new[] { "error", "blank" })]
    [TestCase("""{"operator":"IS_NOT_EMPTY","leftSide":"Ratio"}""", new[] { "one", "three" })]
    [TestCase("""{"operator":"LESS_THAN","leftSide":"Ratio","rightSide":5}""", new[] { "one", "three" })]
    [TestCase("""{"operator":"GREATER_THAN","leftSide":"Ratio","rightSide":-1}""", new[] { "one", "three" })]
    [TestCase("""{"operator":"IS","leftSide":"Ratio","rightSide":1}""", new[] { "one" })]
    [TestCase("""{"operator":"IS_NOT","leftSide":"Ratio","rightSide":1}""", new[] { "error", "blank", "three" })]
    [TestCase("""{"operator":"IS_EMPTY","leftSide":"Label"}""", new[] { "three" })]
    [TestCase("""{"operator":"CONTAINS","leftSide":"Label","rightSide":"#"}""", new string[0])]
    [TestCase("""{"operator":"CONTAINS","leftSide":"Label","rightSide":"ERROR"}""", new string[0])]
    [TestCase("""{"operator":"DOES_NOT_CONTAIN","leftSide":"Label","rightSide":"x"}""", new[] { "three" })]
    public void Search_treats_a_formula_error_as_an_empty_value(string filter, string[] expected)
    {
        using var f = new TestEngine();
        var table = Table(f);

        Assert.That(Names(f, table, $$"""{"filter":{{filter}}}"""), Is.EquivalentTo(expected));
    }

    [TestCase("Ratio", "ASC", new[] { "error", "blank", "one", "three" })]
    [TestCase("Ratio", "DESC", new[] { "three", "one", "error", "blank" })]
    [TestCase("Label", "ASC", new[] { "three", "blank", "error", "one" })]
    public void Search_sorts_a_formula_error_with_the_empty_values(string field, string direction, string[] expected)
    {
        using var f = new TestEngine();
        var table = Table(f);

        Assert.That(Names(f, table, $$"""{"sort":[{"sortingField":"{{field}}","sortType":"{{direction}}"}]}"""), Is.EqualTo(expected));
    }

    /// <summary>
    /// Ratio = A / B: an error for "error" (1/0) and "blank" (blank/blank), 1 for "one", 3 for "three".
    /// Label: an error for "three" (A &gt; 5), else "x" and A.
    /// </summary>
    private static Table Table(TestEngine f)
    {
        var table = f.Table("T", Field("Name", FieldTypeNames.SingleLineText), Field("A", FieldTypeNames.Number), Field("B", FieldTypeNames.Number));
        f.Engine.Fields.Add(f.Db, table.Id, Field("Ratio", FieldTypeNames.Formula, """{"formula":"{A} / {B}"}"""));
        f.Engine.Fields.Add(f.Db, table.Id, Field("Label", FieldTypeNames.Formula, """{"formula":"IF({A} > 5, ERROR(), 'x' & {A})"}"""));
        f.Create(table, ("Name", "error"), ("A", 1), ("B", 0));
        f.Create(table, ("Name", "one"), ("A", 1), ("B", 1));
        f.Create(table, ("Name", "blank"));
        f.Create(table, ("Name", "three"), ("A", 9), ("B", 3));
        return table;
    }

    private static string[] Names(TestEngine f, Table table, string body) =>
        new RestTestClient(f.Engine).Json("POST", $"/databases/{f.Db}/tables/{table.Id}/records/search?fieldNames=true", body)
            .GetProperty("data").EnumerateArray().Select(r => r.GetProperty("fields").GetProperty("Name").GetString()!).ToArray();
}
