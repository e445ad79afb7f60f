using System.Text.Json;
using SoftrLite.Tests.Fields;

namespace SoftrLite.Tests.Rest;

/// <summary>A user-registered type through the REST layer: filtered with its family's operators, sorted, read in formulas.</summary>
public sealed class RestRegisteredTypeTests
{
    [Test]
    public void Search_filters_and_sorts_a_registered_numeric_type_through_rest()
    {
        using var t = RegisteredTypeSemanticsTests.Open();
        var client = new RestTestClient(t.Engine);
        var search = $"/databases/{t.Db}/tables/{t.Table}/records/search?fieldNames=true";

        var found = client.Json("POST", search, """
            {"filter":{"condition":{"operator":"AND","conditions":[
              {"operator":"GREATER_THAN","leftSide":"Temp","rightSide":9},
              {"operator":"STARTS_WITH","leftSide":"Slug","rightSide":"r"}]}},
             "sorting":[{"sortingField":"Temp","sortType":"DESC"}]}
            """);
        var sorted = client.Json("POST", search, """{"sorting":[{"sortingField":"Temp","sortType":"DESC"}]}""");
        var wrong = client.Send("POST", search, """{"filter":{"condition":{"operator":"CONTAINS","leftSide":"Temp","rightSide":"1"}}}""");

        Assert.Multiple(() =>
        {
            Assert.That(Names(found), Is.EqualTo(new[] { "Rome" }));
            Assert.That(Names(sorted), Is.EqualTo(new[] { "Cairo", "Rome", "Oslo", "Lima" }));
            Assert.That(wrong.Status, Is.EqualTo(400));
            Assert.That(RestTestClient.ErrorCode(wrong), Is.EqualTo("BAD_REQUEST"));
        });
    }

    [Test]
    public void Formula_reads_a_registered_numeric_type_as_a_number_through_rest()
    {
        using var t = RegisteredTypeSemanticsTests.Open();
        var client = new RestTestClient(t.Engine);
        var table = $"/databases/{t.Db}/tables/{t.Table}";

        var field = client.Json("POST", $"{table}/fields", """{"name":"Fahrenheit","type":"FORMULA","options":{"formula":"{Temp} * 9 / 5 + 32"}}""").GetProperty("data");
        var hot = client.Json("POST", $"{table}/records/search?fieldNames=true", """
            {"filter":{"condition":{"operator":"IS_BETWEEN","leftSide":"Fahrenheit","lowerBound":45,"upperBound":60}}}
            """);

        Assert.Multiple(() =>
        {
            Assert.That(field.GetProperty("options").GetProperty("resultType").GetString(), Is.EqualTo("NUMBER"));
            Assert.That(Names(hot), Is.EqualTo(new[] { "Oslo", "Rome" }));
            Assert.That(hot.GetProperty("data")[1].GetProperty("fields").GetProperty("Fahrenheit").GetDouble(), Is.EqualTo(50.9).Within(1e-9));
        });
    }

    private static string[] Names(JsonElement page) =>
        page.GetProperty("data").EnumerateArray().Select(r => r.GetProperty("fields").GetProperty("Name").GetString()!).ToArray();
}
