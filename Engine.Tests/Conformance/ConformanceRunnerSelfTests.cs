using System.Text.Json.Nodes;
using NUnit.Framework;
using SoftrLite.Rest;

namespace SoftrLite.Tests.Conformance;

/// <summary>Tests of the conformance runner itself, on inline scenarios and patterns.</summary>
[TestFixture]
public sealed class ConformanceRunnerSelfTests
{
    private const string CreateCrm = """
        "request": { "method": "POST", "path": "/databases", "body": { "workspaceId": "{{workspaceId}}", "name": "CRM" } }
        """;

    private static Task<string?> RunAsync(string stepsJson, string tokensJson = "{}") =>
        ConformanceRunner.RunAsync(ConformanceFile.Parse($$"""{ "name": "self-test", "tokens": {{tokensJson}}, "steps": [{{stepsJson}}] }""", "inline.json"));

    private static string? Match(string pattern, string actual, Placeholders? variables = null) =>
        JsonPatternMatcher.Match(JsonNode.Parse(pattern), JsonNode.Parse(actual), variables ?? new Placeholders());

    [Test]
    public async Task Runner_passes_when_every_step_matches()
    {
        var failure = await RunAsync($$$"""
            { {{{CreateCrm}}}, "expect": { "status": 200, "body": { "data": { "id": "{{save:db}}", "name": "CRM",
              "createdAt": "2026-01-01T00:00:00.000Z", "tablesCount": 0 }, "metadata": null } } },
            { "request": { "method": "POST", "path": "/databases", "body": { "workspaceId": "{{workspaceId}}", "name": "copy of {{db}}" } },
              "expect": { "status": 200, "body": { "data": { "name": "copy of {{db}}", "createdAt": "2026-01-01T00:00:00.001Z" } } } },
            { "request": { "method": "GET", "path": "/databases/{{db}}" }, "expect": { "status": 200, "body": { "data": { "id": "{{db}}" } } } },
            { "request": { "method": "DELETE", "path": "/databases/{{db}}" }, "expect": { "status": 204, "body": null } }
            """);

        Assert.That(failure, Is.Null);
    }

    [Test]
    public async Task Runner_fails_when_status_differs()
    {
        var failure = await RunAsync($$$"""{ {{{CreateCrm}}}, "expect": { "status": 201 } }""");

        Assert.That(failure, Does.Contain("inline.json").And.Contain("step 0")
            .And.Contain("status: expected 201, actual 200")
            .And.Contain("request: POST /databases").And.Contain("actual body: {"));
    }

    [Test]
    public async Task Runner_fails_when_a_value_differs_naming_the_path_note_and_body()
    {
        var failure = await RunAsync($$$"""
            { {{{CreateCrm}}}, "expect": { "status": 200 } },
            { "note": "wrong on purpose", {{{CreateCrm}}}, "expect": { "status": 200, "body": { "data": { "name": "Wrong" } } } }
            """);

        Assert.That(failure, Does.Contain("step 1").And.Contain("note: \"wrong on purpose\"")
            .And.Contain("at $.data.name: expected \"Wrong\", actual \"CRM\"")
            .And.Contain("\"workspaceId\":\"").And.Contain("\"tablesCount\":0"));
    }

    [Test]
    public async Task Runner_stops_at_the_first_failing_step()
    {
        var failure = await RunAsync($$$"""
            { {{{CreateCrm}}}, "expect": { "status": 400 } },
            { "request": { "method": "GET", "path": "/databases" }, "expect": { "status": 500 } }
            """);

        Assert.That(failure, Does.Contain("step 0").And.Not.Contain("step 1"));
    }

    [Test]
    public async Task Runner_fails_when_no_body_is_expected_but_one_comes()
    {
        var failure = await RunAsync($$$"""{ {{{CreateCrm}}}, "expect": { "status": 200, "body": null } }""");

        Assert.That(failure, Does.Contain("expected no body"));
    }

    [Test]
    public async Task Runner_sends_raw_body_verbatim()
    {
        var failure = await RunAsync("""
            { "request": { "method": "POST", "path": "/databases", "rawBody": "{not json" },
              "expect": { "status": 400, "body": { "errorCode": "BAD_REQUEST", "message": "{{string}}" } } }
            """);

        Assert.That(failure, Is.Null);
    }

    [Test]
    public async Task Runner_reports_an_unbound_variable_in_a_path()
    {
        var failure = await RunAsync("""{ "request": { "method": "GET", "path": "/databases/{{nope}}" }, "expect": { "status": 200 } }""");

        Assert.That(failure, Does.Contain("step 0").And.Contain("unbound variable {{nope}}").And.Contain("workspaceId"));
    }

    [Test]
    public async Task Runner_reports_an_unbound_variable_in_a_pattern()
    {
        var failure = await RunAsync($$$"""{ {{{CreateCrm}}}, "expect": { "status": 200, "body": { "data": { "id": "{{nope}}" } } } }""");

        Assert.That(failure, Does.Contain("runner error").And.Contain("unbound variable {{nope}}"));
    }

    [Test]
    public async Task Runner_binds_token_secrets()
    {
        var failure = await RunAsync(
            """
            { "request": { "method": "GET", "path": "/databases", "apiKey": "{{token.reader}}" }, "expect": { "status": 200 } },
            { "request": { "method": "GET", "path": "/databases" }, "expect": { "status": 401 } },
            { "request": { "method": "POST", "path": "/databases", "apiKey": "{{token.reader}}",
                "body": { "workspaceId": "{{workspaceId}}", "name": "CRM" } }, "expect": { "status": 403 } }
            """,
            """{ "reader": { "access": "VIEW_ONLY", "workspaces": ["{{workspaceId}}"] } }""");

        Assert.That(failure, Is.Null);
    }

    [Test]
    public void Parse_rejects_an_unknown_key()
    {
        Assert.That(
            () => ConformanceFile.Parse("""{ "steps": [ { "request": { "method": "GET", "path": "/x" }, "expect": { "status": 200, "bdy": 1 } } ] }""", "x.json"),
            Throws.TypeOf<InvalidDataException>().With.Message.Contain("bdy"));
    }

    [TestCase("""{"a":"{{absent}}"}""", """{"b":1}""", true)]
    [TestCase("""{"a":"{{absent}}"}""", """{"a":null}""", false)]
    [TestCase("""{"a":{"$length":2}}""", """{"a":[1,2]}""", true)]
    [TestCase("""{"a":{"$length":2}}""", """{"a":[1]}""", false)]
    [TestCase("""{"a":{"$length":0}}""", """{"a":{}}""", false)]
    [TestCase("""{"a":1}""", """{"a":1,"b":2}""", true)]
    [TestCase("""{"a":1,"$exact":true}""", """{"a":1}""", true)]
    [TestCase("""{"a":1,"$exact":true}""", """{"a":1,"b":2}""", false)]
    [TestCase("""{"a":1,"b":"{{absent}}","$exact":true}""", """{"a":1}""", true)]
    [TestCase("""{"a":1}""", """{"a":1.0}""", true)]
    [TestCase("""{"a":1.5e1}""", """{"a":15}""", true)]
    [TestCase("""{"a":1}""", """{"a":"1"}""", false)]
    [TestCase("""{"a":1}""", """{"a":2}""", false)]
    [TestCase("""{"a":null}""", """{}""", false)]
    [TestCase("""{"a":true}""", """{"a":false}""", false)]
    [TestCase("""[1,2]""", """[1,2,3]""", false)]
    [TestCase("""[{"a":1},{"a":2}]""", """[{"a":1,"x":0},{"a":2}]""", true)]
    [TestCase("""{"a":"{{any}}"}""", """{"a":null}""", true)]
    [TestCase("""{"a":"{{any}}"}""", """{}""", false)]
    [TestCase("""{"a":"{{uuid}}"}""", """{"a":"0f8fad5b-d9cb-469f-a165-70867728950e"}""", true)]
    [TestCase("""{"a":"{{uuid}}"}""", """{"a":"0f8fad5bd9cb469fa16570867728950e"}""", false)]
    [TestCase("""{"a":"{{id14}}"}""", """{"a":"abcDEF01234567"}""", true)]
    [TestCase("""{"a":"{{id14}}"}""", """{"a":"abcDEF0123456"}""", false)]
    [TestCase("""{"a":"{{id5}}"}""", """{"a":"fAb12"}""", true)]
    [TestCase("""{"a":"{{id5}}"}""", """{"a":"fA-12"}""", false)]
    [TestCase("""{"a":"{{timestamp}}"}""", """{"a":"2026-01-01T00:00:00.000Z"}""", true)]
    [TestCase("""{"a":"{{timestamp}}"}""", """{"a":"2026-01-01T00:00:00Z"}""", false)]
    [TestCase("""{"a":"{{timestamp}}"}""", """{"a":"2026-01-01T00:00:00.000+00:00"}""", false)]
    [TestCase("""{"a":"{{string}}"}""", """{"a":""}""", true)]
    [TestCase("""{"a":"{{string}}"}""", """{"a":3}""", false)]
    [TestCase("""{"a":"{{number}}"}""", """{"a":3.5}""", true)]
    [TestCase("""{"a":"{{number}}"}""", """{"a":"3.5"}""", false)]
    public void Matcher_applies_the_readme_rules(string pattern, string actual, bool matches)
    {
        Assert.That(Match(pattern, actual) is null, Is.EqualTo(matches), () => Match(pattern, actual) ?? "matched");
    }

    [Test]
    public void Matcher_save_binds_for_later_parts_of_the_same_pattern()
    {
        var variables = new Placeholders();

        var mismatch = Match("""{"a":"{{save:x}}","b":"{{x}}","c":{"{{x}}":true}}""", """{"a":"k1","b":"k1","c":{"k1":true}}""", variables);

        Assert.That(mismatch, Is.Null);
        Assert.That(variables.Get("x")?.GetValue<string>(), Is.EqualTo("k1"));
    }

    [Test]
    public void Matcher_compares_a_bound_number_by_value()
    {
        var variables = new Placeholders();
        variables.Bind("n", JsonValue.Create(36));

        Assert.That(Match("""{"a":"{{n}}"}""", """{"a":36.0}""", variables), Is.Null);
        Assert.That(Match("""{"a":"{{n}}"}""", """{"a":"36"}""", variables), Does.Contain("{{n}} = 36"));
    }

    [Test]
    public void Matcher_names_the_path_of_a_mismatch()
    {
        var mismatch = Match("""{"data":{"fields":[{"id":"x"},{"Full name":"Ada"}]}}""", """{"data":{"fields":[{"id":"x"},{"Full name":"Bob"}]}}""");

        Assert.That(mismatch, Is.EqualTo("""at $.data.fields[1]["Full name"]: expected "Ada", actual "Bob" """.TrimEnd()));
    }

    [Test]
    public void Matcher_reports_a_missing_key()
    {
        Assert.That(Match("""{"data":{"id":"{{string}}"}}""", """{"data":{}}"""), Does.Contain("$.data.id").And.Contain("missing"));
    }

    [Test]
    public void Matcher_throws_on_an_unbound_variable()
    {
        Assert.That(() => Match("""{"a":"{{nope}}"}""", """{"a":1}"""), Throws.TypeOf<KeyNotFoundException>().With.Message.Contain("{{nope}}"));
    }

    [Test]
    public void Placeholders_keep_the_json_type_of_a_whole_string_and_substitute_keys_and_text()
    {
        var variables = new Placeholders();
        variables.Bind("n", JsonValue.Create(36));
        variables.Bind("f", "fAge");

        var body = variables.SubstituteBody(JsonNode.Parse("""{"fields":{"{{f}}":"{{n}}","note":"age {{n}} in {{f}}"}}"""));

        Assert.That(body?.ToJsonString(), Is.EqualTo("""{"fields":{"fAge":36,"note":"age 36 in fAge"}}"""));
    }
    [Test]
    public async Task Runner_fails_when_the_engine_adds_a_property_the_document_does_not_declare()
    {
        var failure = await RunAlteredAsync(
            $$$"""{ {{{CreateCrm}}}, "expect": { "status": 200, "body": { "data": { "name": "CRM" } } } }""",
            body => body["data"]!.AsObject().Add("color", "red"));

        Assert.That(failure, Does.Contain("step 0").And.Contain("breaks the OpenAPI contract")
            .And.Contain("POST /databases -> 200 at \"/data/color\""));
    }

    [Test]
    public async Task Runner_fails_when_the_engine_adds_a_record_value_that_an_exact_pattern_does_not_list()
    {
        // The document lets "fields" hold any key, so only "$exact" can catch an extra value there.
        var steps = $$$"""
            { {{{CreateCrm}}}, "expect": { "status": 200, "body": { "data": { "id": "{{save:db}}" } } } },
            { "request": { "method": "POST", "path": "/databases/{{db}}/tables", "body": { "name": "T" } },
              "expect": { "status": 200, "body": { "data": { "id": "{{save:t}}", "fields": [ { "id": "{{save:f}}" } ] } } } },
            { "request": { "method": "POST", "path": "/databases/{{db}}/tables/{{t}}/records", "body": { "fields": { "{{f}}": "a" } } },
              "expect": { "status": 200, "body": { "data": { "fields": { "$exact": true, "{{f}}": "a" } } } } }
            """;

        var plain = await RunAsync(steps);
        var altered = await RunAlteredAsync(steps, body =>
        {
            if (body["data"]?["fields"] is JsonObject fields)
            {
                fields.Add("zzzzz", 1);
            }
        });

        Assert.That(plain, Is.Null);
        Assert.That(altered, Does.Contain("step 2").And.Contain("at $.data.fields.zzzzz: unexpected key"));
    }

    private static Task<string?> RunAlteredAsync(string stepsJson, Action<JsonObject> alter) =>
        ConformanceRunner.RunAsync(
            ConformanceFile.Parse($$"""{ "name": "self-test", "steps": [{{stepsJson}}] }""", "inline.json"),
            response =>
            {
                if (JsonNode.Parse(response.Body ?? "null") is not JsonObject body)
                {
                    return response;
                }

                alter(body);
                return response with { Body = body.ToJsonString() };
            });
}
