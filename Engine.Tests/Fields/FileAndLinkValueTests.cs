namespace SoftrLite.Tests.Fields;

/// <summary>Value rules of ATTACHMENT and LINKED_RECORD (write shape), and of the read-only types.</summary>
[TestFixture]
public sealed class FileAndLinkValueTests
{
    private const string Pdf = "application/pdf";

    private static readonly string[] ReadOnlyTypes =
    [
        "CREATED_AT", "UPDATED_AT", "CREATED_BY", "UPDATED_BY", "AUTONUMBER", "RECORD_ID", "FORMULA", "LOOKUP", "ROLLUP", "COUNT",
    ];

    private static IEnumerable<TestCaseData> AcceptedFiles()
    {
        yield return new TestCaseData(
            "\"https://example.com/files/report%20Q1.pdf\"",
            new[] { new Attachment("https://example.com/files/report%20Q1.pdf", "report Q1.pdf", Pdf, null) })
            .SetName("Normalize_keeps_file_when_it_is_a_url_string");
        yield return new TestCaseData(
            """{"url":"https://example.com/a/Photo.PNG","size":1024}""",
            new[] { new Attachment("https://example.com/a/Photo.PNG", "Photo.PNG", "image/png", 1024) })
            .SetName("Normalize_keeps_file_when_it_is_an_object_with_size");
        yield return new TestCaseData(
            """{"url":"https://example.com/download?id=7","name":"holiday.jpeg"}""",
            new[] { new Attachment("https://example.com/download?id=7", "holiday.jpeg", "image/jpeg", null) })
            .SetName("Normalize_keeps_file_when_name_replaces_filename");
        yield return new TestCaseData(
            """{"url":"https://example.com/x","filename":" notes.md ","type":"text/markdown; charset=utf-8"}""",
            new[] { new Attachment("https://example.com/x", "notes.md", "text/markdown; charset=utf-8", null) })
            .SetName("Normalize_keeps_file_when_type_is_given");
        yield return new TestCaseData(
            "\"https://example.com/\"",
            new[] { new Attachment("https://example.com/", "file", "application/octet-stream", null) })
            .SetName("Normalize_names_file_file_when_url_has_no_path");
        yield return new TestCaseData(
            """{"url":"https://example.com/a.bin","filename":"","type":"","size":null}""",
            new[] { new Attachment("https://example.com/a.bin", "a.bin", "application/octet-stream", null) })
            .SetName("Normalize_fills_defaults_when_optional_keys_are_empty");
        yield return new TestCaseData(
            """["https://a.example.com/1.txt",{"url":"https://a.example.com/2.csv"},"https://a.example.com/1.txt"]""",
            new[]
            {
                new Attachment("https://a.example.com/1.txt", "1.txt", "text/plain", null),
                new Attachment("https://a.example.com/2.csv", "2.csv", "text/csv", null),
                new Attachment("https://a.example.com/1.txt", "1.txt", "text/plain", null),
            })
            .SetName("Normalize_keeps_every_file_in_order_when_given_an_array");
        yield return new TestCaseData(
            """{"url":"https://example.com/f.docx","filename":"f.docx","type":"application/x-custom","size":0}""",
            new[] { new Attachment("https://example.com/f.docx", "f.docx", "application/x-custom", 0) })
            .SetName("Normalize_keeps_file_when_it_echoes_the_read_shape");
    }

    [TestCaseSource(nameof(AcceptedFiles))]
    public void Normalize_keeps_attachment(string json, Attachment[] expected)
    {
        var field = ValueHarness.Field("ATTACHMENT", "{}", multiple: true);
        var stored = ValueHarness.Normalize(field, ValueHarness.Json(json));
        var decoded = ValueHarness.Decode(field, stored);
        Assert.Multiple(() =>
        {
            Assert.That(decoded, Is.EqualTo(expected));
            Assert.That(ValueHarness.Normalize(field, FieldInput.FromObject(decoded)), Is.EqualTo(stored));
        });
    }

    [Test]
    public void Normalize_writes_attachment_json_with_every_key()
    {
        var field = ValueHarness.Field("ATTACHMENT", "{}", multiple: false);
        var stored = ValueHarness.Normalize(field, ValueHarness.Json("""["https://example.com/a.gif"]"""));
        Assert.That(stored.Text, Is.EqualTo("""[{"url":"https://example.com/a.gif","filename":"a.gif","type":"image/gif","size":null}]"""));
    }

    [TestCase(true, "5")]
    [TestCase(true, "true")]
    [TestCase(true, "null")]
    [TestCase(true, "\"not a url\"")]
    [TestCase(true, "\"ftp://example.com/a.txt\"")]
    [TestCase(true, "\"example.com/a.txt\"")]
    [TestCase(true, """{"href":"https://example.com/a.txt"}""")]
    [TestCase(true, """{"url":"https://example.com/a.txt","extra":1}""")]
    [TestCase(true, """{"filename":"a.txt"}""")]
    [TestCase(true, """{"url":5}""")]
    [TestCase(true, """{"url":"https://example.com/a","size":-1}""")]
    [TestCase(true, """{"url":"https://example.com/a","size":1.5}""")]
    [TestCase(true, """{"url":"https://example.com/a","size":"10"}""")]
    [TestCase(true, """{"url":"https://example.com/a","size":1e300}""")]
    [TestCase(true, """{"url":"https://example.com/a","type":"png"}""")]
    [TestCase(true, """{"url":"https://example.com/a","type":7}""")]
    [TestCase(true, """{"url":"https://example.com/a","filename":"a\nb"}""")]
    [TestCase(true, """["https://example.com/a.txt",5]""")]
    [TestCase(true, """[["https://example.com/a.txt"]]""")]
    [TestCase(false, """["https://example.com/a.txt","https://example.com/b.txt"]""")]
    public void Normalize_throws_validation_error_when_attachment_is_invalid(bool multiple, string json)
    {
        var field = ValueHarness.Field("ATTACHMENT", "{}", multiple);
        Assert.That(() => ValueHarness.Normalize(field, ValueHarness.Json(json)), ValueHarness.ThrowsValidationError);
    }

    [Test]
    public void Normalize_throws_validation_error_when_file_name_is_too_long()
    {
        var field = ValueHarness.Field("ATTACHMENT", "{}", multiple: true);
        var file = new Dictionary<string, object?> { ["url"] = "https://example.com/a", ["filename"] = new string('n', 256) };
        Assert.That(() => ValueHarness.Normalize(field, FieldInput.FromObject(file)), ValueHarness.ThrowsValidationError);
    }

    [TestCase(true, "\"rec1\"", """["rec1"]""")]
    [TestCase(true, """["rec1","rec2","rec1"]""", """["rec1","rec2"]""")]
    [TestCase(true, """[{"id":"rec1","label":"Ann"},"rec2",{"id":"rec2"}]""", """["rec1","rec2"]""")]
    [TestCase(false, """["rec1"]""", """["rec1"]""")]
    [TestCase(false, """{"id":"rec1","label":"Ann"}""", """["rec1"]""")]
    [TestCase(false, """["rec1",{"id":"rec1"}]""", """["rec1"]""")]
    public void Normalize_keeps_distinct_link_ids(bool multiple, string json, string expected)
    {
        var field = ValueHarness.Field("LINKED_RECORD", """{"linkedTableId":"tblOther"}""", multiple);
        var stored = ValueHarness.Normalize(field, ValueHarness.Json(json));
        Assert.Multiple(() =>
        {
            Assert.That(stored, Is.EqualTo(StoredValue.FromText(expected)));
            Assert.That(ValueHarness.Decode(field, stored), Is.Null);
        });
    }

    [Test]
    public void Normalize_accepts_dotnet_arrays_for_links()
    {
        var field = ValueHarness.Field("LINKED_RECORD", "{}", multiple: true);
        Assert.That(ValueHarness.Normalize(field, FieldInput.FromObject(new[] { "a", "b" })).Text, Is.EqualTo("""["a","b"]"""));
    }

    [TestCase(true, "5")]
    [TestCase(true, "true")]
    [TestCase(true, "null")]
    [TestCase(true, """{"label":"Ann"}""")]
    [TestCase(true, """{"id":5}""")]
    [TestCase(true, """{"id":""}""")]
    [TestCase(true, """{"id":null}""")]
    [TestCase(true, """[""]""")]
    [TestCase(true, "[5]")]
    [TestCase(true, "[null]")]
    [TestCase(true, """[["rec1"]]""")]
    [TestCase(true, """["rec1",{"label":"x"}]""")]
    [TestCase(false, """["rec1","rec2"]""")]
    public void Normalize_throws_validation_error_when_link_shape_is_invalid(bool multiple, string json)
    {
        var field = ValueHarness.Field("LINKED_RECORD", "{}", multiple);
        Assert.That(() => ValueHarness.Normalize(field, ValueHarness.Json(json)), ValueHarness.ThrowsValidationError);
    }

    [Test]
    public void Normalize_returns_empty_when_list_value_is_an_empty_array(
        [Values("SELECT", "USER", "ATTACHMENT", "LINKED_RECORD")] string type,
        [Values] bool multiple)
    {
        var field = ValueHarness.Field(type, "{}", multiple);
        Assert.That(ValueHarness.Normalize(field, ValueHarness.Json("[]")).IsEmpty, Is.True);
    }

    [TestCaseSource(nameof(ReadOnlyTypes))]
    public void Normalize_throws_invalid_operation_when_type_is_read_only(string type)
    {
        var field = ValueHarness.Field(type);
        Assert.That(() => ValueHarness.Normalize(field, ValueHarness.Json("\"x\"")), Throws.InvalidOperationException);
    }

    [Test]
    public void Decode_reads_system_values()
    {
        var instant = new DateTimeOffset(2024, 5, 1, 14, 30, 0, 123, TimeSpan.Zero);
        var json = """{"id":"u1","name":"Ann","email":"ann@example.com"}""";
        Assert.Multiple(() =>
        {
            Assert.That(Decode("CREATED_AT", StoredValue.FromInteger(instant.ToUnixTimeMilliseconds())), Is.EqualTo(instant));
            Assert.That(Decode("UPDATED_AT", StoredValue.FromInteger(0)), Is.EqualTo(DateTimeOffset.UnixEpoch));
            Assert.That(Decode("CREATED_BY", StoredValue.FromText(json)), Is.EqualTo(new Collaborator("u1", "Ann", "ann@example.com")));
            Assert.That(Decode("UPDATED_BY", StoredValue.FromText("""{"id":"u2","name":"Bob","email":null}""")), Is.EqualTo(new Collaborator("u2", "Bob", null)));
            Assert.That(Decode("AUTONUMBER", StoredValue.FromInteger(7)), Is.EqualTo(7L));
            Assert.That(Decode("RECORD_ID", StoredValue.FromText("rec00000000001")), Is.EqualTo("rec00000000001"));
            Assert.That(Decode("COUNT", StoredValue.FromInteger(3)), Is.EqualTo(3L));
        });
    }

    [Test]
    public void Decode_returns_offset_zero_for_system_timestamps()
    {
        var decoded = Decode("CREATED_AT", StoredValue.FromInteger(1_714_573_800_123));
        Assert.That(decoded, Is.TypeOf<DateTimeOffset>().And.Property(nameof(DateTimeOffset.Offset)).EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void Decode_reads_computed_values_with_their_stored_type()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Decode("LOOKUP", StoredValue.FromText("[1,\"a\",true]")), Is.EqualTo(new object[] { 1d, "a", true }));
            Assert.That(Decode("ROLLUP", StoredValue.FromReal(42)), Is.EqualTo(42d));
            Assert.That(Decode("FORMULA", StoredValue.FromText("\u0000#DIV/0!")), Is.EqualTo(new FormulaError("#DIV/0!")));
            Assert.That(Decode("FORMULA", StoredValue.FromText("text")), Is.EqualTo("text"));
        });
    }

    private static object? Decode(string type, StoredValue stored) => ValueHarness.Decode(ValueHarness.Field(type), stored);
}
