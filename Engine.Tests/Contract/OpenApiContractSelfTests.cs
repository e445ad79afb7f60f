using SoftrLite.Tests.Support;
using SoftrLite.Rest;

namespace SoftrLite.Tests.Contract;

/// <summary>The contract checker fails on each kind of mistake and passes a correct body.</summary>
[TestFixture]
public sealed class OpenApiContractSelfTests
{
    private const string FieldPath = "/databases/d/tables/t/fields/f";
    private const string Field = """
        {"id":"fA1b2","name":"Status","description":null,"type":"SELECT","options":{"choices":[]},"allowMultipleEntries":false,
         "readonly":false,"required":false,"locked":false,"defaultValue":null,"aiOptions":null,
         "createdAt":"2026-01-01T00:00:00.000Z","updatedAt":"2026-01-01T00:00:00.000Z"}
        """;

    private const string SmallDocument = """
        {"openapi":"3.0.0","paths":{"/things/{id}":{"get":{"responses":{"200":{"content":{"application/json":{"schema":
          {"type":"object","properties":{"data":{"type":"object","required":["name"],"properties":{"name":{"type":"string"},"size":{"type":"integer","nullable":true}}}}}}}}}}}},
         "components":{"schemas":{"Error":{"type":"object","properties":{"errorCode":{"type":"string"}}}}}}
        """;

    private static IReadOnlyList<ContractViolation> CheckField(string field, int status = 200) =>
        OpenApiContract.Cloud.Check(new RestRequest("GET", FieldPath), new RestResponse(status, $$"""{"data":{{field}},"metadata":null}"""));

    private static IReadOnlyList<ContractViolation> Check(string method, string path, int status, string? body) =>
        OpenApiContract.Cloud.Check(new RestRequest(method, path), new RestResponse(status, body));

    [Test]
    public void Check_passes_when_the_body_is_correct()
    {
        Assert.That(CheckField(Field), Is.Empty);
    }

    [Test]
    public void Check_fails_when_a_property_is_not_declared()
    {
        var violations = CheckField(Field.Replace("\"locked\":false", "\"locked\":false,\"hidden\":true", StringComparison.Ordinal));

        Assert.That(violations, Has.Count.EqualTo(1));
        Assert.That(violations[0].Pointer, Is.EqualTo("/data/hidden"));
        Assert.That(violations[0].Operation, Is.EqualTo("GET /databases/{databaseId}/tables/{tableId}/fields/{fieldId}"));
    }

    [Test]
    public void Check_fails_when_a_value_has_the_wrong_type()
    {
        var violations = CheckField(Field.Replace("\"readonly\":false", "\"readonly\":\"no\"", StringComparison.Ordinal));

        Assert.That(violations.Select(v => v.Pointer), Is.EqualTo(new[] { "/data/readonly" }));
    }

    [Test]
    public void Check_fails_when_an_integer_has_a_fraction()
    {
        var violations = Check("GET", "/databases/d/tables/t/records", 200, """{"data":[],"metadata":{"offset":0,"limit":20.5,"total":0}}""");

        Assert.That(violations.Select(v => v.Pointer), Is.EqualTo(new[] { "/metadata/limit" }));
    }

    [Test]
    public void Check_fails_when_a_required_property_is_missing()
    {
        var violations = CheckField(Field.Replace("\"name\":\"Status\",", string.Empty, StringComparison.Ordinal));

        Assert.That(violations.Select(v => v.Pointer), Is.EqualTo(new[] { "/data/name" }));
    }

    [Test]
    public void Check_fails_when_a_property_the_document_requires_is_missing()
    {
        var contract = OpenApiContract.Load(SmallDocument);

        var violations = contract.Check(new RestRequest("GET", "/things/1"), new RestResponse(200, """{"data":{"size":null}}"""));

        Assert.That(violations.Select(v => v.Pointer), Is.EqualTo(new[] { "/data/name" }));
    }

    [Test]
    public void Check_fails_when_a_value_is_not_in_the_enum()
    {
        var violations = CheckField(Field.Replace("\"SELECT\"", "\"DROPDOWN\"", StringComparison.Ordinal));

        Assert.That(violations.Select(v => v.Pointer), Is.EqualTo(new[] { "/data/type" }));
    }

    [Test]
    public void Check_fails_when_null_is_not_nullable()
    {
        var violations = CheckField(Field.Replace("\"name\":\"Status\"", "\"name\":null", StringComparison.Ordinal));

        Assert.That(violations.Select(v => v.Pointer), Is.EqualTo(new[] { "/data/name" }));
    }

    [Test]
    public void Check_fails_when_a_timestamp_is_not_a_date_time()
    {
        var violations = CheckField(Field.Replace("\"createdAt\":\"2026-01-01T00:00:00.000Z\"", "\"createdAt\":\"yesterday\"", StringComparison.Ordinal));

        Assert.That(violations.Select(v => v.Pointer), Is.EqualTo(new[] { "/data/createdAt" }));
    }

    [Test]
    public void Check_fails_when_ai_options_have_an_undeclared_key()
    {
        var violations = CheckField(Field.Replace("\"aiOptions\":null", "\"aiOptions\":{\"aiFillable\":true,\"temperature\":1}", StringComparison.Ordinal));

        Assert.That(violations.Select(v => v.Pointer), Is.EqualTo(new[] { "/data/aiOptions/temperature" }));
    }

    [Test]
    public void Check_allows_metadata_in_the_envelope_only()
    {
        var atRoot = CheckField(Field);
        var inData = CheckField(Field.Replace("\"locked\":false", "\"locked\":false,\"metadata\":null", StringComparison.Ordinal));

        Assert.That(atRoot, Is.Empty);
        Assert.That(inData.Select(v => v.Pointer), Is.EqualTo(new[] { "/data/metadata" }));
    }

    [Test]
    public void Check_fails_when_the_envelope_has_no_data()
    {
        Assert.That(Check("GET", "/databases", 200, """{"metadata":null}""").Select(v => v.Pointer), Is.EqualTo(new[] { "/data" }));
    }

    [Test]
    public void Check_fails_when_a_no_content_response_has_a_body()
    {
        Assert.That(Check("DELETE", "/databases/d", 204, null), Is.Empty);
        Assert.That(Check("DELETE", "/databases/d", 204, "{}"), Has.Count.EqualTo(1));
    }

    [Test]
    public void Check_requires_the_error_shape_for_undeclared_error_statuses()
    {
        const string Error = """{"message":"m","errorCode":"NOT_FOUND","details":{"fieldId":"f"}}""";

        Assert.That(Check("GET", "/databases/d", 404, Error), Is.Empty);
        Assert.That(Check("GET", "/databases/d", 404, """{"message":"m","errorCode":"NOT_FOUND","details":{},"status":404}""").Select(v => v.Pointer), Is.EqualTo(new[] { "/status" }));
        Assert.That(Check("GET", "/databases/d", 404, """{"message":"m","details":{}}""").Select(v => v.Pointer), Is.EqualTo(new[] { "/errorCode" }));
        Assert.That(Check("GET", "/databases/d", 404, null), Has.Count.EqualTo(1));
    }

    [Test]
    public void Check_requires_the_error_shape_for_requests_the_document_does_not_describe()
    {
        Assert.That(Check("GET", "/nowhere/at/all?x=1", 404, """{"message":"m","errorCode":"NOT_FOUND","details":{}}"""), Is.Empty);
        Assert.That(Check("PATCH", "/databases", 405, """{"data":null}""").Select(v => v.Pointer), Does.Contain("/data"));
        Assert.That(Check("GET", "/nowhere", 200, """{"data":null}""").Single().Problem, Does.Contain("does not describe"));
    }

    [Test]
    public void Check_matches_path_templates_with_query_and_prefix()
    {
        var list = """{"data":[{"id":"r","tableId":"t","fields":{"a":{"id":"x","label":"X"}},"createdAt":"2026-01-01T00:00:00.000Z","updatedAt":"2026-01-01T00:00:00.000Z"}],"metadata":{"offset":0,"limit":20,"total":1}}""";

        Assert.That(Check("get", "/api/v1/databases/d/tables/t/records?fieldNames=true&limit=5", 200, list), Is.Empty);
        Assert.That(Check("POST", "/databases/d/tables/t/records/search", 200, list), Is.Empty);
        Assert.That(
            Check("GET", "/databases/d/tables/t/records/search", 200, """{"data":{}}""").Single().Operation,
            Is.EqualTo("GET /databases/{databaseId}/tables/{tableId}/records/search (not in the document)"));
    }

    [Test]
    public void Check_fails_when_the_operation_does_not_declare_the_status()
    {
        Assert.That(Check("GET", "/databases", 201, """{"data":[]}""").Single().Problem, Does.Contain("does not declare"));
        Assert.That(Check("GET", "/databases", 204, null).Single().Problem, Does.Contain("does not declare"));
        Assert.That(Check("DELETE", "/nowhere/1", 204, null).Single().Problem, Does.Contain("does not describe"));
    }

    [Test]
    public void Load_throws_when_a_schema_uses_an_unsupported_keyword()
    {
        Assert.That(
            () => OpenApiContract.Load(SmallDocument.Replace("\"name\":{\"type\":\"string\"}", "\"name\":{\"type\":\"string\",\"pattern\":\"^a\"}", StringComparison.Ordinal)),
            Throws.TypeOf<NotSupportedException>().With.Message.Contain("pattern"));
    }

    [Test]
    public void Load_accepts_the_cloud_document()
    {
        Assert.That(() => OpenApiContract.Cloud, Throws.Nothing);
    }

    [Test]
    public void Wrapper_throws_when_a_response_breaks_the_contract()
    {
        using var engine = TestBackend.Open();
        var api = new ValidatingRestApi(engine, null, OpenApiContract.Cloud, r => r with { Body = r.Body!.Replace("\"data\":[", "\"extra\":1,\"data\":[", StringComparison.Ordinal) });

        Assert.That(
            () => api.Send(new RestRequest("GET", "/databases")),
            Throws.TypeOf<ContractViolationException>().With.Property(nameof(ContractViolationException.Violations)).With.One.Property("Pointer").EqualTo("/extra"));
    }

    [Test]
    public void Wrapper_returns_the_response_when_it_conforms()
    {
        using var engine = TestBackend.Open();
        var api = new ValidatingRestApi(engine);

        Assert.That(api.Send(new RestRequest("GET", "/databases")).Status, Is.EqualTo(200));
        Assert.That(api.Send(new RestRequest("GET", "/no/such/route")).Status, Is.EqualTo(404));
    }
}
