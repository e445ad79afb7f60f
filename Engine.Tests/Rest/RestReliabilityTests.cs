using SoftrLite.Rest;
using SoftrLite.Tests.Contract;
using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Rest;

/// <summary>Issue 9's request repros: each answers a documented error and changes nothing.</summary>
public sealed class RestReliabilityTests
{
    [Test]
    public void SendAsync_answers_bad_request_when_a_name_holds_a_lone_surrogate()
    {
        using var engine = TestEngine.Open();
        var client = new RestTestClient(engine);

        var response = client.Send("POST", "/databases", """{"name":"a\ud800b"}""");

        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(400));
            Assert.That(RestTestClient.ErrorCode(response), Is.EqualTo("BAD_REQUEST"));
            Assert.That(engine.Databases.List().Total, Is.Zero);
        });
    }

    [Test]
    public void SendAsync_answers_bad_request_when_a_body_string_holds_a_raw_lone_surrogate()
    {
        using var engine = TestEngine.Open();
        var client = new RestTestClient(engine);

        var response = client.Send("POST", "/databases", "{\"name\":\"a\ud800b\"}");

        Assert.That(RestTestClient.ErrorCode(response), Is.EqualTo("BAD_REQUEST"));
        Assert.That(engine.Databases.List().Total, Is.Zero);
    }

    [Test]
    public void SendAsync_answers_bad_request_when_the_body_is_a_lone_surrogate_string()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var client = new RestTestClient(engine);

        var response = client.Send("POST", $"/databases/{database.Id}/tables", "\"\\udfff\"");

        Assert.That(RestTestClient.ErrorCode(response), Is.EqualTo("BAD_REQUEST"));
        Assert.That(engine.Tables.List(database.Id).Total, Is.Zero);
    }

    [Test]
    public void Search_answers_bad_request_when_a_number_is_beyond_double()
    {
        using var engine = TestEngine.Open();
        var (client, path) = NumberTable(engine);

        var response = client.Send("POST", path + "/search", """{"filter":{"operator":"GREATER_THAN","leftSide":"Num","rightSide":1e400}}""");

        Assert.That(RestTestClient.ErrorCode(response), Is.EqualTo("BAD_REQUEST"));
    }

    [TestCase("OR", 999)]
    [TestCase("OR", 1000)]
    [TestCase("AND", 1000)]
    public void Search_answers_when_one_composite_holds_a_thousand_conditions(string op, int count)
    {
        using var engine = TestEngine.Open();
        var (client, path) = NumberTable(engine);
        client.Send("POST", path, """{"fields":{"Num":7}}""");
        var conditions = string.Join(",", Enumerable.Range(0, count).Select(i => $$"""{"operator":"IS","leftSide":"Num","rightSide":{{(op == "OR" ? i : 7)}}}"""));

        var response = client.Send("POST", path + "/search", $$$"""{"filter":{"operator":"{{{op}}}","conditions":[{{{conditions}}}]}}""");

        Assert.That(response.Status, Is.EqualTo(200), response.Body);
        Assert.That(client.Json("POST", path + "/search", $$$"""{"filter":{"operator":"{{{op}}}","conditions":[{{{conditions}}}]}}""").GetProperty("metadata").GetProperty("total").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public void Search_answers_bad_request_when_a_filter_holds_more_than_a_thousand_conditions()
    {
        using var engine = TestEngine.Open();
        var (client, path) = NumberTable(engine);
        var conditions = string.Join(",", Enumerable.Range(0, 1001).Select(i => $$"""{"operator":"IS","leftSide":"Num","rightSide":{{i}}}"""));

        var response = client.Send("POST", path + "/search", $$$"""{"filter":{"operator":"OR","conditions":[{{{conditions}}}]}}""");

        Assert.That(RestTestClient.ErrorCode(response), Is.EqualTo("BAD_REQUEST"));
    }

    [Test]
    public void Search_answers_bad_request_when_a_filter_nests_too_deep()
    {
        using var engine = TestEngine.Open();
        var (client, path) = NumberTable(engine);
        var filter = """{"operator":"IS","leftSide":"Num","rightSide":1}""";
        for (var i = 0; i < 40; i++)
        {
            filter = $$"""{"operator":"AND","conditions":[{{filter}}]}""";
        }

        var response = client.Send("POST", path + "/search", $$"""{"filter":{{filter}}}""");

        Assert.That(RestTestClient.ErrorCode(response), Is.EqualTo("BAD_REQUEST"));
    }

    [TestCase(2001)]
    [TestCase(101)]
    public void Search_answers_bad_request_when_there_are_too_many_sort_keys(int count)
    {
        using var engine = TestEngine.Open();
        var (client, path) = NumberTable(engine);
        var keys = string.Join(",", Enumerable.Repeat("""{"sortingField":"Num","sortType":"ASC"}""", count));

        var response = client.Send("POST", path + "/search", $$"""{"sorting":[{{keys}}]}""");

        Assert.That(RestTestClient.ErrorCode(response), Is.EqualTo("BAD_REQUEST"));
    }

    [Test]
    public void Search_answers_with_the_largest_allowed_number_of_sort_keys()
    {
        using var engine = TestEngine.Open();
        var (client, path) = NumberTable(engine);
        var keys = string.Join(",", Enumerable.Repeat("""{"sortingField":"Num","sortType":"DESC"}""", 100));

        var response = client.Send("POST", path + "/search", $$"""{"sorting":[{{keys}}]}""");

        Assert.That(response.Status, Is.EqualTo(200));
    }

    [Test]
    public void Search_answers_bad_request_when_a_filter_text_is_too_long()
    {
        using var engine = TestEngine.Open();
        var (client, path) = NumberTable(engine);
        var text = new string('x', 65_537);

        var response = client.Send("POST", path + "/search", $$$"""{"filter":{"operator":"CONTAINS","leftSide":"Text","rightSide":"{{{text}}}"}}""");

        Assert.That(RestTestClient.ErrorCode(response), Is.EqualTo("BAD_REQUEST"));
    }

    [Test]
    public void Search_answers_bad_request_when_a_condition_list_is_too_long()
    {
        using var engine = TestEngine.Open();
        var (client, path) = NumberTable(engine);
        var values = string.Join(",", Enumerable.Range(0, 1001));

        var response = client.Send("POST", path + "/search", $$$"""{"filter":{"operator":"IS_ONE_OF","leftSide":"Num","rightSide":[{{{values}}}]}}""");

        Assert.That(RestTestClient.ErrorCode(response), Is.EqualTo("BAD_REQUEST"));
    }

    [TestCase("POST", "?fieldNames=yes")]
    [TestCase("PATCH", "?fieldNames=1")]
    [TestCase("PUT", "?fieldNames=1")]
    public void Record_write_changes_nothing_when_fieldNames_is_malformed(string method, string query)
    {
        using var engine = TestEngine.Open();
        var (client, path) = NumberTable(engine);
        var existing = client.Json("POST", path, """{"fields":{"Num":1}}""").GetProperty("data").GetProperty("id").GetString();
        var target = method == "POST" ? path + query : $"{path}/{existing}{query}";

        var response = client.Send(method, target, """{"fields":{"Num":2}}""");

        var records = client.Json("GET", path + "?fieldNames=true").GetProperty("data");
        Assert.Multiple(() =>
        {
            Assert.That(RestTestClient.ErrorCode(response), Is.EqualTo("BAD_REQUEST"));
            Assert.That(records.GetArrayLength(), Is.EqualTo(1));
            Assert.That(records[0].GetProperty("fields").GetProperty("Num").GetDouble(), Is.EqualTo(1));
        });
    }

    [Test]
    public void Body_over_the_limit_counts_lone_surrogates_without_throwing()
    {
        using var engine = TestEngine.Open();
        var api = new ValidatingRestApi(engine, new RestApiOptions { MaxBodyBytes = 8 });

        var response = api.SendAsync(new RestRequest("POST", "/databases", "\ud800\ud800\ud800\ud800\ud800", null)).GetAwaiter().GetResult();

        Assert.That(response.Status, Is.EqualTo(413));
    }

    private static (RestTestClient Client, string Path) NumberTable(SoftrEngine engine)
    {
        var database = engine.NewDatabase();
        var table = engine.Tables.Create(database.Id, new NewTable("T")
        {
            Fields = [new NewField("Text", FieldTypeNames.SingleLineText), new NewField("Num", FieldTypeNames.Number)],
        });
        return (new RestTestClient(engine), $"/databases/{database.Id}/tables/{table.Id}/records");
    }
}
