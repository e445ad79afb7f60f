using System.Text.Json;
using SoftrLite.Tests.Rest;
using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;
using Op = SoftrLite.FilterOperator;

namespace SoftrLite.Tests.Query;

/// <summary>Malformed filters and sorts fail with BAD_REQUEST, unknown fields with UNKNOWN_FIELD, in C# and over REST.</summary>
public sealed class OperatorTestsErrors
{
    [TestCase("Done", Op.Contains)]
    [TestCase("Done", Op.GreaterThan)]
    [TestCase("Done", Op.IsOneOf)]
    [TestCase("Text", Op.GreaterThan)]
    [TestCase("Text", Op.IsBetween)]
    [TestCase("Text", Op.HasAnyOf)]
    [TestCase("Text", Op.IsWithin)]
    [TestCase("Score", Op.Contains)]
    [TestCase("Score", Op.StartsWith)]
    [TestCase("Score", Op.IsWithin)]
    [TestCase("Score", Op.HasAllOf)]
    [TestCase("Day", Op.Contains)]
    [TestCase("Day", Op.IsOneOf)]
    [TestCase("At", Op.EndsWith)]
    [TestCase("One", Op.HasAllOf)]
    [TestCase("One", Op.Contains)]
    [TestCase("One", Op.GreaterThan)]
    [TestCase("Many", Op.Is)]
    [TestCase("Many", Op.IsOneOf)]
    [TestCase("Many", Op.Contains)]
    [TestCase("Link", Op.Is)]
    [TestCase("Link", Op.IsOneOf)]
    [TestCase("Files", Op.Is)]
    [TestCase("Files", Op.HasAnyOf)]
    [TestCase("Owner", Op.HasAllOf)]
    [TestCase("Owner", Op.Contains)]
    [TestCase("By", Op.Is)]
    [TestCase("created_at", Op.Contains)]
    [TestCase("created_at", Op.IsOneOf)]
    public void Search_throws_bad_request_when_operator_is_outside_the_matrix_for_the_field_type(string field, Op op)
    {
        using var f = TestEngine.OnClock();
        var table = Everything(f);
        var condition = op is Op.IsBetween or Op.IsWithin
            ? FilterCondition.Range(field, op, "1", "2")
            : FilterCondition.Compare(field, op, "x");

        Assert.That(() => f.Search(table, condition), SoftrThrows.Code(ErrorCode.BadRequest));
    }

    [TestCase(Op.Is)]
    [TestCase(Op.Contains)]
    [TestCase(Op.IsOneOf)]
    [TestCase(Op.IsNot)]
    public void Search_throws_bad_request_when_right_side_is_missing(Op op)
    {
        using var f = TestEngine.OnClock();
        var table = Everything(f);

        Assert.That(() => f.Search(table, FilterCondition.Test("Text", op)), SoftrThrows.Code(ErrorCode.BadRequest));
    }

    [TestCase("Score", Op.IsBetween, true, false)]
    [TestCase("Score", Op.IsNotBetween, false, true)]
    [TestCase("Day", Op.IsBetween, false, false)]
    [TestCase("Day", Op.IsWithin, true, false)]
    [TestCase("At", Op.IsNotWithin, false, true)]
    public void Search_throws_bad_request_when_a_bound_is_missing(string field, Op op, bool lower, bool upper)
    {
        using var f = TestEngine.OnClock();
        var table = Everything(f);
        var value = JsonSerializer.SerializeToElement(field == "Score" ? "1" : "2026-03-18");
        var condition = new FilterCondition(op) { LeftSide = field, LowerBound = lower ? value : null, UpperBound = upper ? value : null };

        Assert.That(() => f.Search(table, condition), SoftrThrows.Code(ErrorCode.BadRequest));
    }

    [Test]
    public void Search_throws_bad_request_when_left_side_is_missing()
    {
        using var f = TestEngine.OnClock();
        var table = Everything(f);

        Assert.Multiple(() =>
        {
            Assert.That(() => f.Search(table, new FilterCondition(Op.IsEmpty)), SoftrThrows.Code(ErrorCode.BadRequest));
            Assert.That(() => f.Search(table, FilterCondition.And(FilterCondition.Test("Text", Op.IsEmpty), new FilterCondition(Op.Is) { RightSide = JsonSerializer.SerializeToElement("x") })), SoftrThrows.Code(ErrorCode.BadRequest));
        });
    }

    [TestCase("Score", "\"ten\"")]
    [TestCase("Score", "true")]
    [TestCase("Done", "\"maybe\"")]
    [TestCase("Done", "1")]
    [TestCase("Day", "\"18/03/2026\"")]
    [TestCase("Day", "\"PREDEFINED:SOMEDAY\"")]
    [TestCase("Day", "\"RELATIVE_DATE:SOON:WEEK\"")]
    [TestCase("At", "\"RELATIVE_DATE:PAST:FORTNIGHT\"")]
    [TestCase("At", "true")]
    [TestCase("Text", "true")]
    public void Search_throws_bad_request_when_the_right_side_is_not_a_value_of_the_field_type(string field, string json)
    {
        using var f = TestEngine.OnClock();
        var table = Everything(f);
        var condition = new FilterCondition(Op.Is) { LeftSide = field, RightSide = JsonElement.Parse(json) };

        Assert.That(() => f.Search(table, condition), SoftrThrows.Code(ErrorCode.BadRequest));
    }

    [TestCase("\"PREDEFINED:99999999_DAYS_FROM_NOW\"")]
    [TestCase("\"PREDEFINED:99999999_DAYS_AGO\"")]
    [TestCase("\"RELATIVE_DATE:PAST:99999999\"")]
    [TestCase("\"RELATIVE_DATE:NEXT:99999999\"")]
    [TestCase("9000000000000000000")]
    [TestCase("-9000000000000000000")]
    public void Search_throws_bad_request_when_a_date_value_lies_outside_the_representable_years(string json)
    {
        using var f = TestEngine.OnClock();
        var table = Everything(f);

        Assert.Multiple(() =>
        {
            Assert.That(() => f.Search(table, new FilterCondition(Op.Is) { LeftSide = "Day", RightSide = JsonElement.Parse(json) }), SoftrThrows.Code(ErrorCode.BadRequest));
            Assert.That(() => f.Search(table, new FilterCondition(Op.GreaterThan) { LeftSide = "At", RightSide = JsonElement.Parse(json) }), SoftrThrows.Code(ErrorCode.BadRequest));
        });
    }

    [Test]
    public void Search_throws_bad_request_even_when_the_table_is_empty()
    {
        using var f = TestEngine.OnClock();
        var table = Everything(f);

        Assert.That(() => f.Search(table, FilterCondition.Compare("Done", Op.Contains, "x")), SoftrThrows.Code(ErrorCode.BadRequest));
    }

    [Test]
    public void Search_throws_unknown_field_when_left_side_names_no_field()
    {
        using var f = TestEngine.OnClock();
        var table = Everything(f);

        Assert.Multiple(() =>
        {
            Assert.That(() => f.Search(table, FilterCondition.Compare("Nope", Op.Is, "x")), SoftrThrows.Code(ErrorCode.UnknownField));
            Assert.That(() => f.Search(table, FilterCondition.Compare("text", Op.Is, "x")), SoftrThrows.Code(ErrorCode.UnknownField));
            Assert.That(() => f.Search(table, FilterCondition.Or(FilterCondition.Test("Text", Op.IsEmpty), FilterCondition.Test("Nope", Op.IsEmpty))), SoftrThrows.Code(ErrorCode.UnknownField));
            Assert.That(() => f.Search(table, null, new SortKey("Nope")), SoftrThrows.Code(ErrorCode.UnknownField));
        });
    }

    [TestCase("Link")]
    [TestCase("Files")]
    [TestCase("Owner")]
    [TestCase("By")]
    public void Search_throws_bad_request_when_sorting_by_a_field_that_cannot_be_sorted(string field)
    {
        using var f = TestEngine.OnClock();
        var table = Everything(f);

        Assert.That(() => f.Search(table, null, new SortKey(field, SortDirection.Descending)), SoftrThrows.Code(ErrorCode.BadRequest));
    }

    [TestCase("""{"filter":{"condition":{"operator":"LIKE","leftSide":"Text","rightSide":"x"}}}""")]
    [TestCase("""{"filter":{"condition":{"operator":"is","leftSide":"Text","rightSide":"x"}}}""")]
    [TestCase("""{"filter":{"condition":{"operator":"NOT","conditions":[]}}}""")]
    [TestCase("""{"filter":{"condition":{"leftSide":"Text","rightSide":"x"}}}""")]
    [TestCase("""{"filter":{"condition":{"operator":"CONTAINS","leftSide":"Done","rightSide":"x"}}}""")]
    [TestCase("""{"filter":{"condition":{"operator":"IS","leftSide":"Text"}}}""")]
    [TestCase("""{"filter":{"condition":{"operator":"IS_BETWEEN","leftSide":"Score","lowerBound":1}}}""")]
    [TestCase("""{"filter":{"condition":{"operator":"IS","leftSide":7,"rightSide":"x"}}}""")]
    [TestCase("""{"filter":{"condition":{"operator":"AND","conditions":{"operator":"IS_EMPTY","leftSide":"Text"}}}}""")]
    [TestCase("""{"filter":"IS_EMPTY"}""")]
    [TestCase("""{"filter":{"condition":{"operator":"AND"}}}""")]
    [TestCase("""{"filter":{"condition":{"operator":"OR","conditions":null}}}""")]
    [TestCase("""{"filter":{"condition":{"operator":"OR","condition":[{"operator":"IS_EMPTY","leftSide":"Text"}]}}}""")]
    [TestCase("""{"filter":{"condition":{"operator":"AND","conditions":"IS_EMPTY"}}}""")]
    [TestCase("""{"filter":{"condition":{"operator":"AND","conditions":[],"rightSide":"x"}}}""")]
    [TestCase("""{"filter":{"condition":{"operator":"IS","leftSide":"Text","rigthSide":"x"}}}""")]
    [TestCase("""{"filter":{"condition":{"operator":"IS_EMPTY","leftSide":"Text","conditions":[]}}}""")]
    [TestCase("""{"filter":{"condition":{"operator":"AND","conditions":[{"operator":"OR"}]}}}""")]
    [TestCase("""{"filter":{"operator":"IS","leftside":"Text","rightSide":"x"}}""")]
    [TestCase("""{"sorting":[{"sortingField":"Link","sortType":"ASC"}]}""")]
    [TestCase("""{"sorting":[{"sortingField":"Text","sortType":"UP"}]}""")]
    [TestCase("""{"sorting":[{"sortType":"ASC"}]}""")]
    [TestCase("""{"sort":"Text"}""")]
    public void Search_over_rest_answers_bad_request_for_a_malformed_filter_or_sort(string body)
    {
        using var f = TestEngine.OnClock();
        var table = Everything(f);
        var client = new RestTestClient(f.Engine);

        var response = client.Send("POST", $"/databases/{f.Db}/tables/{table.Id}/records/search", body);

        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(400));
            Assert.That(RestTestClient.ErrorCode(response), Is.EqualTo("BAD_REQUEST"));
        });
    }

    [TestCase("AND")]
    [TestCase("OR")]
    public void Search_over_rest_names_conditions_when_a_composite_has_none(string op)
    {
        using var f = TestEngine.OnClock();
        var table = Everything(f);
        var client = new RestTestClient(f.Engine);

        var response = client.Send("POST", $"/databases/{f.Db}/tables/{table.Id}/records/search", """{"filter":{"condition":{"operator":""" + "\"" + op + "\"}}}");

        Assert.Multiple(() =>
        {
            Assert.That(RestTestClient.ErrorCode(response), Is.EqualTo("BAD_REQUEST"));
            // The issue asks that the answer name the missing key, so that a client sees what to fix.
            Assert.That(System.Text.Json.JsonElement.Parse(response.Body!).GetProperty("message").GetString(), Does.Contain("'conditions'"));
        });
    }

    [TestCase("AND")]
    [TestCase("OR")]
    public void Search_puts_no_condition_for_a_composite_with_an_empty_conditions_array(string op)
    {
        using var f = TestEngine.OnClock();
        var table = Everything(f);
        var client = new RestTestClient(f.Engine);

        f.Engine.Records.Create(f.Db, table.Id, new Dictionary<string, object?> { ["Text"] = "a" });
        f.Engine.Records.Create(f.Db, table.Id, new Dictionary<string, object?> { ["Score"] = 2 });

        var response = client.Json("POST", $"/databases/{f.Db}/tables/{table.Id}/records/search", """{"filter":{"condition":{"operator":""" + "\"" + op + "\",\"conditions\":[]}}}");

        Assert.That(response.GetProperty("metadata").GetProperty("total").GetInt32(), Is.EqualTo(2));
    }

    [TestCase("""{"filter":{"condition":{"operator":"IS","leftSide":"Nope","rightSide":"x"}}}""")]
    [TestCase("""{"sorting":[{"sortingField":"Nope","sortType":"ASC"}]}""")]
    public void Search_over_rest_answers_unknown_field_naming_the_key(string body)
    {
        using var f = TestEngine.OnClock();
        var table = Everything(f);
        var client = new RestTestClient(f.Engine);

        var response = client.Send("POST", $"/databases/{f.Db}/tables/{table.Id}/records/search", body);

        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(400));
            Assert.That(RestTestClient.ErrorCode(response), Is.EqualTo("UNKNOWN_FIELD"));
            Assert.That(JsonElement.Parse(response.Body!).GetProperty("details").GetProperty("fieldId").GetString(), Is.EqualTo("Nope"));
        });
    }

    private static Table Everything(TestEngine f)
    {
        var companies = f.NamedTable("Companies");
        return f.NamedTable(
            "Everything",
            Field("Text", FieldTypeNames.SingleLineText),
            Field("Score", FieldTypeNames.Number),
            Field("Done", FieldTypeNames.Checkbox),
            Field("Day", FieldTypeNames.Date),
            Field("At", FieldTypeNames.DateTime),
            Field("One", FieldTypeNames.Select, """{"choices":[{"label":"x"}]}"""),
            Field("Many", FieldTypeNames.Select, """{"choices":[{"label":"x"}]}""", multiple: true),
            Field("Link", FieldTypeNames.LinkedRecord, $$"""{"linkedTableId":"{{companies.Id}}"}"""),
            Field("Files", FieldTypeNames.Attachment),
            Field("Owner", FieldTypeNames.User),
            Field("By", FieldTypeNames.CreatedBy));
    }
}
