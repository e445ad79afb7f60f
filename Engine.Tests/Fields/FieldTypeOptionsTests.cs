using SoftrLite.Tests.Support;
using System.Text.Json;
using NUnit.Framework;
using NUnit.Framework.Constraints;
using SoftrLite.Identity;

namespace SoftrLite.Tests.Fields;

[TestFixture]
public sealed class FieldTypeOptionsTests
{
    private const string Link = """{"linkedRecordFieldId":"fLink"}""";

    private static readonly string[] OpenApiTypes =
    [
        "SINGLE_LINE_TEXT", "CHECKBOX", "CURRENCY", "DATE", "DATETIME", "DURATION", "EMAIL", "SELECT", "NUMBER",
        "ATTACHMENT", "RATING", "LINKED_RECORD", "LONG_TEXT", "URL", "PERCENT", "PHONE", "LOOKUP", "ROLLUP",
        "FORMULA", "CREATED_AT", "UPDATED_AT", "CREATED_BY", "UPDATED_BY", "AUTONUMBER", "RECORD_ID", "USER",
    ];

    private static IEnumerable<string> AllTypeNames => OpenApiTypes.Append("COUNT");

    [TestCase("LONG_TEXT", """{"type":"TEXT"}""")]
    [TestCase("NUMBER", """{"prefix":null,"suffix":null}""")]
    [TestCase("CURRENCY", """{"isoCode":"USD","customSymbol":null,"showAs":"SYMBOL","symbolOrCodePosition":"BEFORE"}""")]
    [TestCase("PERCENT", """{"showAs":"NUMBER"}""")]
    [TestCase("RATING", """{"max":5,"shape":"STAR"}""")]
    [TestCase("DATE", """{"precision":"DATE","timezoneType":"FIXED","timezone":"DEFAULT"}""")]
    [TestCase("DATETIME", """{"precision":"DATETIME","timezoneType":"FIXED","timezone":"DEFAULT"}""")]
    [TestCase("CREATED_AT", """{"precision":"DATETIME","timezoneType":"FIXED","timezone":"DEFAULT"}""")]
    [TestCase("UPDATED_AT", """{"precision":"DATETIME","timezoneType":"FIXED","timezone":"DEFAULT"}""")]
    [TestCase("SELECT", """{"choices":[],"allowToAddNewChoice":false,"sorting":"CUSTOM","enforceOrder":false}""")]
    [TestCase("ATTACHMENT", """{"showAs":"PREVIEW","enableFileLinkExpiration":false}""")]
    public void Normalize_fills_defaults_when_options_are_empty(string type, string expected)
    {
        Assert.That(Normalize(type, "{}").GetRawText(), Is.EqualTo(expected));
    }

    [Test]
    public void Normalize_returns_an_empty_object_when_type_has_no_defaults(
        [Values("SINGLE_LINE_TEXT", "EMAIL", "PHONE", "URL", "DURATION", "CHECKBOX", "USER", "CREATED_BY", "UPDATED_BY", "AUTONUMBER", "RECORD_ID")] string type)
    {
        Assert.That(Normalize(type, "{}").GetRawText(), Is.EqualTo("{}"));
    }

    [TestCase("LINKED_RECORD", """{"linkedTableId":"tblOther"}""",
        """{"linkedTableId":"tblOther","viewId":null,"sorting":null,"filter":null,"enforceOrder":false}""")]
    [TestCase("LOOKUP", """{"linkedRecordFieldId":"fLink","lookupFieldId":"oName","isValid":false,"valid":false}""",
        """{"linkedRecordFieldId":"fLink","lookupFieldId":"oName","isValid":true}""")]
    [TestCase("ROLLUP", """{"linkedRecordFieldId":"fLink","rollupFieldId":"oAmt","function":"SUM","returnedField":{}}""",
        """{"linkedRecordFieldId":"fLink","rollupFieldId":"oAmt","function":"SUM","filter":null,"isValid":true}""")]
    [TestCase("COUNT", Link, """{"linkedRecordFieldId":"fLink","isValid":true}""")]
    [TestCase("FORMULA", """{"formula":"{Name}","referencedFieldIds":["x"],"isValid":false}""",
        """{"formula":"{Name}","resultType":"TEXT","referencedFieldIds":["fName"],"isValid":true}""")]
    [TestCase("AUTONUMBER", """{"counter":41}""", "{}")]
    [TestCase("LINKED_RECORD", """{"linkedTableId":"tblMain","inverseLinkFieldId":"fSelf","viewId":"v1","sorting":[{"f":1}],"filter":{"a":1}}""",
        """{"linkedTableId":"tblMain","inverseLinkFieldId":"fSelf","viewId":"v1","sorting":[{"f":1}],"filter":{"a":1},"enforceOrder":false}""")]
    [TestCase("LOOKUP", """{"linkedRecordFieldId":"fSelf","lookupFieldId":"fName"}""",
        """{"linkedRecordFieldId":"fSelf","lookupFieldId":"fName","isValid":true}""")]
    public void Normalize_returns_normalized_options_when_targets_exist(string type, string options, string expected)
    {
        Assert.That(Normalize(type, options).GetRawText(), Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(AllTypeNames))]
    public void Normalize_throws_bad_request_when_a_key_is_unknown(string type)
    {
        var options = ValidOptions(type).TrimEnd('}') + (ValidOptions(type) == "{}" ? "" : ",") + "\"bogus\":1}";
        Assert.That(() => Normalize(type, options), SoftrThrows.Code(ErrorCode.BadRequest));
    }

    [TestCase("SINGLE_LINE_TEXT", """{"minLength":10,"maxLength":5}""")]
    [TestCase("LONG_TEXT", """{"type":"RICH"}""")]
    [TestCase("NUMBER", """{"precision":9}""", """{"precision":1.5}""", """{"min":"1"}""", """{"min":5,"max":1}""")]
    [TestCase("NUMBER", """{"showThousandSeparator":"yes"}""", """{"thousandSeparatorLocale":5}""", """{"largeNumberAbbreviation":"k"}""")]
    [TestCase("NUMBER", """{"prefix":1}""", """{"suffix":[]}""")]
    [TestCase("CURRENCY", """{"precision":-1}""", """{"max":"x"}""", """{"min":2,"max":1}""", """{"isoCode":"usd"}""", """{"isoCode":"USDX"}""")]
    [TestCase("CURRENCY", """{"customSymbol":3}""", """{"showAs":"NAME"}""", """{"showThousandSeparator":1}""")]
    [TestCase("CURRENCY", """{"thousandSeparatorLocale":true}""", """{"largeNumberAbbreviation":"X"}""", """{"symbolOrCodePosition":"LEFT"}""")]
    [TestCase("PERCENT", """{"precision":10}""", """{"min":"0"}""", """{"min":1,"max":0}""", """{"showThousandSeparator":0}""")]
    [TestCase("PERCENT", """{"thousandSeparatorLocale":{}}""", """{"progressBarColor":"red"}""", """{"progressBarColor":"#12345G"}""")]
    [TestCase("PERCENT", """{"showNumber":"true"}""", """{"showAs":"BAR"}""")]
    [TestCase("RATING", """{"max":0}""", """{"shape":"CIRCLE"}""")]
    [TestCase("DURATION", """{"format":1}""")]
    [TestCase("DATE", """{"precision":"TIME"}""", """{"useRelativeDatetimeFormat":1}""", """{"timezoneType":"UTC"}""")]
    [TestCase("DATE", """{"timezone":"Mars/Olympus_Mons"}""")]
    [TestCase("DATETIME", """{"timezone":5}""", """{"timezone":"Pacific Standard Time"}""")]
    [TestCase("CREATED_AT", """{"precision":"HOUR"}""")]
    [TestCase("UPDATED_AT", """{"timezoneType":"X"}""")]
    [TestCase("SELECT", """{"choices":{}}""", """{"choices":[1]}""", """{"choices":[{"label":""}]}""", """{"choices":[{"label":"   "}]}""")]
    [TestCase("SELECT", """{"choices":[{"color":"red"}]}""", """{"choices":[{"label":"A"},{"label":" a "}]}""")]
    [TestCase("SELECT", """{"choices":[{"label":"A","id":5}]}""", """{"choices":[{"label":"A","color":1}]}""")]
    [TestCase("SELECT", """{"choices":[{"label":"A","extra":1}]}""", """{"allowToAddNewChoice":"no"}""", """{"sorting":"RANDOM"}""")]
    [TestCase("SELECT", """{"enforceOrder":1}""")]
    [TestCase("ATTACHMENT", """{"showAs":"GRID"}""", """{"inferredFileType":"TEXT"}""", """{"enableFileLinkExpiration":"y"}""")]
    [TestCase("ATTACHMENT", """{"fileLinkExpirationValue":0}""", """{"fileLinkExpirationValue":100001}""", """{"fileLinkExpirationUnit":"DAYS"}""")]
    [TestCase("LINKED_RECORD", "{}", """{"linkedTableId":"tblGone"}""", """{"linkedTableId":5}""")]
    [TestCase("LINKED_RECORD", """{"linkedTableId":"tblOther","inverseLinkFieldId":"oName"}""")]
    [TestCase("LINKED_RECORD", """{"linkedTableId":"tblOther","inverseLinkFieldId":"fLink"}""", """{"linkedTableId":"tblOther","viewId":5}""")]
    [TestCase("LINKED_RECORD", """{"linkedTableId":"tblOther","sorting":{}}""", """{"linkedTableId":"tblOther","filter":[]}""")]
    [TestCase("LINKED_RECORD", """{"linkedTableId":"tblOther","enforceOrder":"x"}""")]
    [TestCase("LOOKUP", """{"lookupFieldId":"oName"}""", """{"linkedRecordFieldId":"fName","lookupFieldId":"oName"}""")]
    [TestCase("LOOKUP", """{"linkedRecordFieldId":"oBack","lookupFieldId":"fName"}""")]
    [TestCase("LOOKUP", """{"linkedRecordFieldId":"fBroken","lookupFieldId":"oName"}""", Link)]
    [TestCase("LOOKUP", """{"linkedRecordFieldId":"fLink","lookupFieldId":"fName"}""")]
    [TestCase("ROLLUP", """{"linkedRecordFieldId":"fLink","rollupFieldId":"oAmt"}""")]
    [TestCase("ROLLUP", """{"linkedRecordFieldId":"fLink","rollupFieldId":"oAmt","function":"MEDIAN"}""")]
    [TestCase("ROLLUP", """{"linkedRecordFieldId":"fLink","rollupFieldId":"nope","function":"SUM"}""")]
    [TestCase("ROLLUP", """{"linkedRecordFieldId":"nope","rollupFieldId":"oAmt","function":"SUM"}""")]
    [TestCase("ROLLUP", """{"linkedRecordFieldId":"fLink","rollupFieldId":"oAmt","function":"SUM","filter":[]}""")]
    [TestCase("COUNT", "{}", """{"linkedRecordFieldId":"fAmt"}""")]
    [TestCase("FORMULA", "{}", """{"formula":""}""", """{"formula":5}""", """{"formula":"{Nope} + 1"}""", """{"formula":"{name}"}""")]
    [TestCase("FORMULA", """{"formula":"{Name"}""")]
    public void Normalize_throws_bad_request_when_an_option_is_invalid(string type, params string[] cases)
    {
        using var scope = Assert.EnterMultipleScope();
        foreach (var options in cases)
        {
            Assert.That(() => Normalize(type, options), SoftrThrows.Code(ErrorCode.BadRequest), options);
        }
    }

    [Test]
    public void Normalize_throws_bad_request_when_rating_max_is_11()
    {
        Assert.That(() => Normalize("RATING", """{"max":11}"""), SoftrThrows.Code(ErrorCode.BadRequest));
    }

    [TestCase("DURATION", "format", 65)]
    [TestCase("FORMULA", "formula", 10_001)]
    public void Normalize_throws_bad_request_when_text_option_is_too_long(string type, string key, int length)
    {
        var options = JsonSerializer.Serialize(new Dictionary<string, string> { [key] = new string('1', length) });
        Assert.That(() => Normalize(type, options), SoftrThrows.Code(ErrorCode.BadRequest));
    }

    [Test]
    public void Normalize_throws_bad_request_when_choice_label_is_longer_than_255()
    {
        var options = JsonSerializer.Serialize(new { choices = new[] { new { label = new string('a', 256) } } });
        Assert.That(() => Normalize("SELECT", options), SoftrThrows.Code(ErrorCode.BadRequest));
    }

    [Test]
    public void Normalize_keeps_valid_values_when_every_option_is_given()
    {
        var options = """{"precision":2,"min":-1.5,"max":10,"isoCode":"EUR","customSymbol":"€","showAs":"CODE","showThousandSeparator":true,"thousandSeparatorLocale":"de-DE","largeNumberAbbreviation":"K","symbolOrCodePosition":"AFTER"}""";
        Assert.That(JsonElement.DeepEquals(Normalize("CURRENCY", options), JsonDocument.Parse(options).RootElement), Is.True);
    }

    [TestCase("Europe/Prague")]
    [TestCase("UTC")]
    [TestCase("DEFAULT")]
    public void Normalize_accepts_timezone_when_it_is_default_or_iana(string zone)
    {
        var result = Normalize("DATETIME", $$"""{"timezone":"{{zone}}"}""");
        Assert.That(result.GetProperty("timezone").GetString(), Is.EqualTo(zone));
    }

    [Test]
    public void Normalize_assigns_distinct_short_ids_when_choices_have_none()
    {
        var choices = Normalize("SELECT", """{"choices":[{"label":" Open ","color":"#FF0000"},{"label":"Closed"}]}""")
            .GetProperty("choices").EnumerateArray().ToList();
        var ids = choices.Select(c => c.GetProperty("id").GetString()).ToList();
        using var scope = Assert.EnterMultipleScope();
        Assert.That(ids, Has.All.Length.EqualTo(5).And.Unique);
        Assert.That(choices.Select(c => c.GetProperty("label").GetString()), Is.EqualTo(new[] { "Open", "Closed" }));
        Assert.That(choices[0].GetProperty("color").GetString(), Is.EqualTo("#FF0000"));
        Assert.That(choices[1].GetProperty("color").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public void Normalize_keeps_given_choice_id_when_well_formed_and_unique()
    {
        var ids = ChoiceIds(Normalize("SELECT", """{"choices":[{"id":"abc12","label":"A"},{"id":"abc12","label":"B"},{"id":"bad-id","label":"C"}]}"""));
        using var scope = Assert.EnterMultipleScope();
        Assert.That(ids[0], Is.EqualTo("abc12"));
        Assert.That(ids[1], Is.Not.EqualTo("abc12").And.Length.EqualTo(5));
        Assert.That(ids[2], Is.Not.EqualTo("bad-id").And.Length.EqualTo(5));
    }

    [Test]
    public void Normalize_keeps_existing_choice_id_when_updating_a_select()
    {
        var options = """{"choices":[{"id":"new01","label":"B"},{"id":"x_1","label":"A renamed"}]}""";
        var ids = ChoiceIds(Normalize("SELECT", options, Context(current: "fSel")));
        Assert.That(ids, Is.EqualTo(new[] { "new01", "x_1" }));
    }

    [Test]
    public void Normalize_throws_quota_exceeded_when_choices_exceed_the_limit()
    {
        var context = Context(quotas: SoftrQuotas.Default with { ChoicesPerSelect = 2 });
        var three = """{"choices":[{"label":"A"},{"label":"B"},{"label":"C"}]}""";
        using var scope = Assert.EnterMultipleScope();
        Assert.That(() => Normalize("SELECT", three, context), SoftrThrows.Code(ErrorCode.QuotaExceeded));
        Assert.That(() => Normalize("SELECT", """{"choices":[{"label":"A"},{"label":"B"}]}""", context), Throws.Nothing);
    }

    [Test]
    public void Normalize_throws_bad_request_when_update_changes_linked_table()
    {
        var context = Context(current: "fLink");
        using var scope = Assert.EnterMultipleScope();
        Assert.That(() => Normalize("LINKED_RECORD", """{"linkedTableId":"tblMain"}""", context), SoftrThrows.Code(ErrorCode.BadRequest));
        Assert.That(() => Normalize("LINKED_RECORD", """{"linkedTableId":"tblOther"}""", context), Throws.Nothing);
    }

    [Test]
    public void Normalize_throws_bad_request_when_lookup_targets_itself()
    {
        var options = """{"linkedRecordFieldId":"fSelf","lookupFieldId":"fLook"}""";
        Assert.That(() => Normalize("LOOKUP", options, Context(current: "fLook")), SoftrThrows.Code(ErrorCode.BadRequest));
    }

    [TestCase("{Amount} * 2 + LEN({Name}) + {Amount}", new[] { "fAmt", "fName" })]
    [TestCase("{Dup} & {Name}", new[] { "fDup1", "fName" })]
    [TestCase("\"{Nope}\" & '}{' & {Name}", new[] { "fName" })]
    [TestCase("1 + 2", new string[0])]
    public void Normalize_resolves_formula_references_when_fields_exist(string formula, string[] expected)
    {
        var result = Normalize("FORMULA", JsonSerializer.Serialize(new { formula }));
        var ids = result.GetProperty("referencedFieldIds").EnumerateArray().Select(e => e.GetString());
        using var scope = Assert.EnterMultipleScope();
        Assert.That(ids, Is.EqualTo(expected));
        Assert.That(result.GetProperty("formula").GetString(), Is.EqualTo(formula));
    }

    [Test]
    public void Normalize_throws_bad_request_when_formula_references_its_own_field()
    {
        var options = """{"formula":"{Total} + 1"}""";
        Assert.That(() => Normalize("FORMULA", options, Context(current: "fTotal")), SoftrThrows.Code(ErrorCode.BadRequest));
    }

    [TestCase("SINGLE_LINE_TEXT", FieldStorage.Text, false, false, false)]
    [TestCase("LONG_TEXT", FieldStorage.Text, false, false, false)]
    [TestCase("EMAIL", FieldStorage.Text, false, false, false)]
    [TestCase("PHONE", FieldStorage.Text, false, false, false)]
    [TestCase("URL", FieldStorage.Text, false, false, false)]
    [TestCase("NUMBER", FieldStorage.Real, false, false, false)]
    [TestCase("CURRENCY", FieldStorage.Real, false, false, false)]
    [TestCase("PERCENT", FieldStorage.Real, false, false, false)]
    [TestCase("RATING", FieldStorage.Integer, false, false, false)]
    [TestCase("DURATION", FieldStorage.Real, false, false, false)]
    [TestCase("CHECKBOX", FieldStorage.Integer, false, false, false)]
    [TestCase("DATE", FieldStorage.Text, false, false, false)]
    [TestCase("DATETIME", FieldStorage.Text, false, false, false)]
    [TestCase("SELECT", FieldStorage.Text, false, true, false)]
    [TestCase("USER", FieldStorage.Text, false, true, false)]
    [TestCase("LINKED_RECORD", FieldStorage.None, false, true, true)]
    [TestCase("ATTACHMENT", FieldStorage.Text, false, true, true)]
    [TestCase("LOOKUP", FieldStorage.Any, true, false, false)]
    [TestCase("ROLLUP", FieldStorage.Any, true, false, false)]
    [TestCase("COUNT", FieldStorage.Integer, true, false, false)]
    [TestCase("FORMULA", FieldStorage.Any, true, false, false)]
    [TestCase("CREATED_AT", FieldStorage.None, true, false, false)]
    [TestCase("UPDATED_AT", FieldStorage.None, true, false, false)]
    [TestCase("CREATED_BY", FieldStorage.None, true, false, false)]
    [TestCase("UPDATED_BY", FieldStorage.None, true, false, false)]
    [TestCase("AUTONUMBER", FieldStorage.None, true, false, false)]
    [TestCase("RECORD_ID", FieldStorage.None, true, false, false)]
    public void Type_declares_storage_and_flags_when_built_in(string name, FieldStorage storage, bool readOnly, bool multiple, bool defaultMultiple)
    {
        var type = Type(name);
        using var scope = Assert.EnterMultipleScope();
        Assert.That(type.Storage, Is.EqualTo(storage));
        Assert.That(type.IsReadOnly, Is.EqualTo(readOnly));
        Assert.That(type.SupportsMultipleEntries, Is.EqualTo(multiple));
        Assert.That(type.DefaultAllowMultipleEntries, Is.EqualTo(defaultMultiple));
    }

    [Test]
    public void BuiltIn_holds_the_openapi_types_and_count()
    {
        Assert.That(FieldTypeRegistry.BuiltIn.All.Select(t => t.Name), Is.EquivalentTo(AllTypeNames));
    }

    [Test]
    public void With_replaces_and_adds_types_without_changing_built_in()
    {
        var registry = FieldTypeRegistry.BuiltIn.With(new StubType("NUMBER")).With(new StubType("PROGRESS"));
        using var scope = Assert.EnterMultipleScope();
        Assert.That(registry.All, Has.Count.EqualTo(FieldTypeRegistry.BuiltIn.All.Count + 1));
        Assert.That(registry.TryGet("NUMBER", out var number) ? number : null, Is.InstanceOf<StubType>());
        Assert.That(registry.TryGet("PROGRESS", out _), Is.True);
        Assert.That(Type("NUMBER"), Is.Not.InstanceOf<StubType>());
        Assert.That(FieldTypeRegistry.BuiltIn.TryGet("PROGRESS", out _), Is.False);
    }

    private static string ValidOptions(string type) => type switch
    {
        "LINKED_RECORD" => """{"linkedTableId":"tblOther"}""",
        "LOOKUP" => """{"linkedRecordFieldId":"fLink","lookupFieldId":"oName"}""",
        "ROLLUP" => """{"linkedRecordFieldId":"fLink","rollupFieldId":"oAmt","function":"COUNTALL"}""",
        "COUNT" => Link,
        "FORMULA" => """{"formula":"{Name}"}""",
        _ => "{}",
    };

    private static List<string?> ChoiceIds(JsonElement options) =>
        options.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();

    private static FieldType Type(string name)
    {
        Assert.That(FieldTypeRegistry.BuiltIn.TryGet(name, out var type), Is.True, name);
        return type;
    }

    private static JsonElement Normalize(string type, string options, FieldOptionsContext? context = null) =>
        Type(type).NormalizeOptions(JsonDocument.Parse(options).RootElement, context ?? Context());

    private static FieldOptionsContext Context(string? current = null, SoftrQuotas? quotas = null)
    {
        var main = MakeTable("tblMain",
            MakeField("fName", "tblMain", "Name", "SINGLE_LINE_TEXT"),
            MakeField("fAmt", "tblMain", "Amount", "NUMBER"),
            MakeField("fLink", "tblMain", "Orders", "LINKED_RECORD", """{"linkedTableId":"tblOther"}"""),
            MakeField("fSelf", "tblMain", "Parent", "LINKED_RECORD", """{"linkedTableId":"tblMain"}"""),
            MakeField("fBroken", "tblMain", "Gone", "LINKED_RECORD", """{"linkedTableId":"tblGone"}"""),
            MakeField("fDup1", "tblMain", "Dup", "SINGLE_LINE_TEXT"),
            MakeField("fDup2", "tblMain", "Dup", "NUMBER"),
            MakeField("fTotal", "tblMain", "Total", "FORMULA", """{"formula":"{Amount}"}"""),
            MakeField("fLook", "tblMain", "Look", "LOOKUP", """{"linkedRecordFieldId":"fSelf","lookupFieldId":"fName"}"""),
            MakeField("fSel", "tblMain", "Status", "SELECT", """{"choices":[{"id":"x_1","label":"A"}]}"""));
        var other = MakeTable("tblOther",
            MakeField("oName", "tblOther", "Title", "SINGLE_LINE_TEXT"),
            MakeField("oAmt", "tblOther", "Price", "NUMBER"),
            MakeField("oBack", "tblOther", "Main", "LINKED_RECORD", """{"linkedTableId":"tblMain"}"""));
        var currentField = main.Fields.FirstOrDefault(f => f.Id.Value == current);
        return new FieldOptionsContext(
            new DatabaseId("db1"), main.Id, currentField?.Name ?? "New field", currentField, [main, other],
            new IdGenerator(1), quotas ?? SoftrQuotas.Default);
    }

    private static Table MakeTable(string id, params Field[] fields) =>
        new(id, new DatabaseId("db1"), id, null, fields[0].Id, new ViewId("viw" + id), fields, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    private static Field MakeField(string id, string tableId, string name, string type, string options = "{}") =>
        new(id, tableId, name, null, type, JsonDocument.Parse(options).RootElement, false, false, false, false, null, null,
            DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    private sealed class StubType(string name) : FieldType(name)
    {
        public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context) => options;
    }
}
