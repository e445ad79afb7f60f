namespace SoftrLite.Tests.Fields;

/// <summary>Value rules of SELECT and USER: by label, ID or e-mail; single and multiple; adding choices; reading back.</summary>
[TestFixture]
public sealed class ChoiceValueTests
{
    private const string Choices = """
        {"choices":[
          {"id":"c1","label":"Open","color":"#00FF00"},
          {"id":"c2","label":"Closed","color":null},
          {"id":"c3","label":"In Progress","color":null},
          {"id":"c9","label":"c1","color":null}
        ],"allowToAddNewChoice":false,"sorting":"CUSTOM","enforceOrder":false}
        """;

    private const string OpenChoices = """
        {"choices":[{"id":"c1","label":"Open","color":null}],"allowToAddNewChoice":true}
        """;

    private static readonly Collaborator Ann = new("u1", "Ann", "ann@example.com");
    private static readonly Collaborator Bob = new("u2", "Bob", "bob@example.com");
    private static readonly Collaborator Cy = new("u3", "Cy", null);
    private static readonly Collaborator[] People = [Ann, Bob, Cy];

    [TestCase("\"Open\"", "c1", "Open")]
    [TestCase("\"OPEN\"", "c1", "Open")]
    [TestCase("\"c2\"", "c2", "Closed")]
    [TestCase("\" in progress \"", "c3", "In Progress")]
    [TestCase("\"c1\"", "c1", "Open")]
    [TestCase("""["Closed"]""", "c2", "Closed")]
    [TestCase("""{"id":"c2"}""", "c2", "Closed")]
    [TestCase("""{"label":"closed"}""", "c2", "Closed")]
    [TestCase("""{"id":"c1","label":"Open"}""", "c1", "Open")]
    [TestCase("""{"id":"c1","label":"Renamed since"}""", "c1", "Open")]
    [TestCase("""{"id":"c3","label":"In Progress","color":null}""", "c3", "In Progress")]
    [TestCase("""[{"id":"c2","label":"Closed"}]""", "c2", "Closed")]
    public void Normalize_keeps_choice_id_when_single_select_names_a_choice(string json, string id, string label)
    {
        AssertAccepts(Select(false), ValueHarness.Json(json), id, label);
    }

    [Test]
    public void Normalize_accepts_dotnet_strings_for_select()
    {
        AssertAccepts(Select(false), FieldInput.FromObject("closed"), "c2", "Closed");
        AssertAccepts(Select(true), FieldInput.FromObject(new[] { "Open", "c2" }), """["c1","c2"]""", new[] { "Open", "Closed" });
    }

    [TestCase("""["Open","c2","open"]""", """["c1","c2"]""", new[] { "Open", "Closed" })]
    [TestCase("\"Closed\"", """["c2"]""", new[] { "Closed" })]
    [TestCase("""["In Progress","Open"]""", """["c3","c1"]""", new[] { "In Progress", "Open" })]
    [TestCase("""[{"id":"c1","label":"Open"},{"id":"c2","label":"Closed"},"In Progress"]""", """["c1","c2","c3"]""", new[] { "Open", "Closed", "In Progress" })]
    [TestCase("""[{"id":"c2"},{"label":"OPEN"},"c2"]""", """["c2","c1"]""", new[] { "Closed", "Open" })]
    [TestCase("""{"label":"Open"}""", """["c1"]""", new[] { "Open" })]
    public void Normalize_keeps_id_array_without_duplicates_when_multiple_select_names_choices(string json, string stored, string[] labels)
    {
        AssertAccepts(Select(true), ValueHarness.Json(json), stored, labels);
    }

    [TestCase(false, "\"Pending\"")]
    [TestCase(false, "\"c4\"")]
    [TestCase(false, "\"\"")]
    [TestCase(false, "5")]
    [TestCase(false, "true")]
    [TestCase(false, "null")]
    [TestCase(false, """{"label":"Pending"}""")]
    [TestCase(false, """{"id":"c7"}""")]
    [TestCase(false, """{"id":"c7","label":"Open"}""")]
    [TestCase(false, """{"id":5}""")]
    [TestCase(false, """{"name":"Open"}""")]
    [TestCase(false, "{}")]
    [TestCase(false, """[{"id":"c1"},{"id":"c2"}]""")]
    [TestCase(false, """["Open","Closed"]""")]
    [TestCase(false, "[5]")]
    [TestCase(false, """[["Open"]]""")]
    [TestCase(true, """["Open","Pending"]""")]
    [TestCase(true, """["Open",5]""")]
    [TestCase(true, """[["Open"]]""")]
    [TestCase(true, """[{"id":"c1"},{"id":"nope"}]""")]
    [TestCase(true, """[{"id":"c1","extra":true}]""")]
    [TestCase(true, """[{"label":5}]""")]
    [TestCase(true, "7")]
    [TestCase(true, "false")]
    public void Normalize_throws_validation_error_when_select_value_is_not_a_choice(bool multiple, string json)
    {
        Assert.That(() => Normalize(Select(multiple), ValueHarness.Json(json)), ValueHarness.ThrowsValidationError);
    }

    [Test]
    public void Normalize_throws_validation_error_when_label_is_unknown_among_many_choices()
    {
        var choices = string.Join(',', Enumerable.Range(1, 12).Select(i => $$"""{"id":"k{{i}}","label":"Label {{i}}"}"""));
        var field = ValueHarness.Field("SELECT", $$"""{"choices":[{{choices}}]}""");
        Assert.That(() => Normalize(field, ValueHarness.Json("\"Label 13\"")), ValueHarness.ThrowsValidationError);
    }

    [Test]
    public void Normalize_adds_choice_once_when_new_label_is_allowed()
    {
        var added = new List<string>();
        var field = ValueHarness.Field("SELECT", OpenChoices, multiple: true);
        var context = ValueHarness.Context(field, addChoice: label =>
        {
            added.Add(label);
            return "n" + added.Count;
        });
        var type = ValueHarness.Type("SELECT");

        var first = type.Normalize(ValueHarness.Json("""["Pending"," pending ","Open","PENDING"]"""), context);
        var second = type.Normalize(ValueHarness.Json("\"Pending\""), context);

        Assert.Multiple(() =>
        {
            Assert.That(first.Text, Is.EqualTo("""["n1","c1"]"""));
            Assert.That(second.Text, Is.EqualTo("""["n1"]"""));
            Assert.That(added, Is.EqualTo(new[] { "Pending" }));
            Assert.That(LabelsOf(type.Decode(first, context)), Is.EqualTo(new[] { "Pending", "Open" }));
            Assert.That(type.Decode(first, context), Is.EqualTo(new[] { new SelectChoice("n1", "Pending"), new SelectChoice("c1", "Open") }));
        });
    }

    [Test]
    public void Normalize_throws_validation_error_when_new_label_cannot_be_added()
    {
        var calls = 0;
        string Add(string label)
        {
            calls++;
            return "n1";
        }

        var type = ValueHarness.Type("SELECT");
        var closed = ValueHarness.Field("SELECT", Choices);
        var open = ValueHarness.Field("SELECT", OpenChoices);
        Assert.Multiple(() =>
        {
            Assert.That(() => type.Normalize(ValueHarness.Json("\"Pending\""), ValueHarness.Context(closed, addChoice: Add)), ValueHarness.ThrowsValidationError);
            Assert.That(() => type.Normalize(ValueHarness.Json("\"Pending\""), ValueHarness.Context(open)), ValueHarness.ThrowsValidationError);
            Assert.That(() => type.Normalize(ValueHarness.Json("\"   \""), ValueHarness.Context(open, addChoice: Add)), ValueHarness.ThrowsValidationError);
            Assert.That(() => type.Normalize(FieldInput.FromObject(new string('L', 256)), ValueHarness.Context(open, addChoice: Add)), ValueHarness.ThrowsValidationError);
            Assert.That(calls, Is.Zero);
        });
    }

    [TestCase("c1", "Open")]
    [TestCase("c7", null)]
    [TestCase("""["c7","c2"]""", "Closed")]
    [TestCase("""["c7"]""", null)]
    public void Decode_returns_label_of_existing_choice_when_single(string stored, string? expected)
    {
        Assert.That(LabelsOf(ValueHarness.Decode(Select(false), StoredValue.FromText(stored))), Is.EqualTo(expected));
    }

    [Test]
    public void Decode_returns_labels_of_existing_choices_when_multiple()
    {
        var field = Select(true);
        Assert.Multiple(() =>
        {
            Assert.That(ValueHarness.Decode(field, StoredValue.FromText("""["c1","c7","c2"]""")), Is.EqualTo(new[] { new SelectChoice("c1", "Open"), new SelectChoice("c2", "Closed") }));
            Assert.That(LabelsOf(ValueHarness.Decode(field, StoredValue.FromText("c3"))), Is.EqualTo(new[] { "In Progress" }));
            Assert.That(ValueHarness.Decode(field, StoredValue.FromText("""["c7","c8"]""")), Is.Null);
            Assert.That(ValueHarness.Decode(field, StoredValue.FromText("""["c1"]""")), Is.InstanceOf<IReadOnlyList<SelectChoice>>());
        });
    }

    [TestCase("\"u1\"", "u1")]
    [TestCase("\"ANN@example.com\"", "u1")]
    [TestCase("\" bob@example.com \"", "u2")]
    [TestCase("""{"id":"u2"}""", "u2")]
    [TestCase("""{"email":"Bob@Example.com"}""", "u2")]
    [TestCase("""{"id":"u1","name":"Someone","email":"ann@example.com"}""", "u1")]
    [TestCase("""{"id":"u3","name":"Cy","email":null}""", "u3")]
    [TestCase("""["u1"]""", "u1")]
    [TestCase("""["u1","ann@example.com"]""", "u1")]
    public void Normalize_keeps_collaborator_id_when_single_user_names_a_collaborator(string json, string id)
    {
        AssertAcceptsUser(User(false), ValueHarness.Json(json), id, People.Single(p => p.Id == id));
    }

    [Test]
    public void Normalize_accepts_collaborator_objects_for_user()
    {
        AssertAcceptsUser(User(false), FieldInput.FromObject(Bob), "u2", Bob);
        AssertAcceptsUser(User(true), FieldInput.FromObject(new[] { "u2", "u1" }), """["u2","u1"]""", new[] { Bob, Ann });
        AssertAcceptsUser(User(true), FieldInput.FromObject(new[] { Cy }), """["u3"]""", new[] { Cy });
    }

    [TestCase("""["u1","bob@example.com","u1"]""", """["u1","u2"]""")]
    [TestCase("\"u3\"", """["u3"]""")]
    [TestCase("""[{"id":"u2"},{"email":"ann@example.com"}]""", """["u2","u1"]""")]
    public void Normalize_keeps_id_array_when_multiple_user_names_collaborators(string json, string stored)
    {
        var expected = Ids(stored).Select(id => People.Single(p => p.Id == id)).ToArray();
        AssertAcceptsUser(User(true), ValueHarness.Json(json), stored, expected);
    }

    [TestCase(false, "\"u9\"")]
    [TestCase(false, "\"nobody@example.com\"")]
    [TestCase(false, "\"Ann\"")]
    [TestCase(false, "5")]
    [TestCase(false, "true")]
    [TestCase(false, "null")]
    [TestCase(false, """{"id":5}""")]
    [TestCase(false, """{"id":"u1","email":"bob@example.com"}""")]
    [TestCase(false, """{"name":"Ann"}""")]
    [TestCase(false, "{}")]
    [TestCase(false, """["u1","u2"]""")]
    [TestCase(true, """["u1",5]""")]
    [TestCase(true, """[["u1"]]""")]
    [TestCase(true, """["u1","u9"]""")]
    [TestCase(true, """[{"email":5}]""")]
    public void Normalize_throws_validation_error_when_user_is_not_a_collaborator(bool multiple, string json)
    {
        Assert.That(() => NormalizeUser(User(multiple), ValueHarness.Json(json)), ValueHarness.ThrowsValidationError);
    }

    [Test]
    public void Decode_returns_collaborators_still_in_the_workspace()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DecodeUser(User(false), "u2"), Is.EqualTo(Bob));
            Assert.That(DecodeUser(User(false), "u9"), Is.Null);
            Assert.That(DecodeUser(User(false), """["u9","u1"]"""), Is.EqualTo(Ann));
            Assert.That(DecodeUser(User(true), """["u1","u9","u2"]"""), Is.EqualTo(new[] { Ann, Bob }));
            Assert.That(DecodeUser(User(true), "u3"), Is.EqualTo(new[] { Cy }));
            Assert.That(DecodeUser(User(true), """["u8","u9"]"""), Is.Null);
        });
    }

    private static Field Select(bool multiple) => ValueHarness.Field("SELECT", Choices, multiple);

    private static Field User(bool multiple) => ValueHarness.Field("USER", "{}", multiple);

    private static StoredValue Normalize(Field field, FieldInput input) =>
        ValueHarness.Type(field.Type).Normalize(input, ValueHarness.Context(field));

    private static StoredValue NormalizeUser(Field field, FieldInput input) =>
        ValueHarness.Type("USER").Normalize(input, ValueHarness.Context(field, collaborators: People));

    private static object? DecodeUser(Field field, string stored) =>
        ValueHarness.Type("USER").Decode(StoredValue.FromText(stored), ValueHarness.Context(field, collaborators: People));

    private static string[] Ids(string json) =>
        System.Text.Json.JsonSerializer.Deserialize<string[]>(json) ?? [];

    private static void AssertAccepts(Field field, FieldInput input, string stored, object label)
    {
        var value = Normalize(field, input);
        var decoded = ValueHarness.Decode(field, value);
        Assert.Multiple(() =>
        {
            Assert.That(value, Is.EqualTo(StoredValue.FromText(stored)));
            Assert.That(LabelsOf(decoded), Is.EqualTo(label));
            Assert.That(IdsOf(decoded), Is.EqualTo(stored.StartsWith('[') ? Ids(stored) : stored));
            Assert.That(Normalize(field, FieldInput.FromObject(decoded)), Is.EqualTo(value));
        });
    }

    /// <summary>The labels of a decoded select value: one label, or an array of them.</summary>
    private static object? LabelsOf(object? decoded) => decoded switch
    {
        SelectChoice choice => choice.Label,
        IEnumerable<SelectChoice> choices => choices.Select(c => c.Label).ToArray(),
        _ => decoded,
    };

    private static object? IdsOf(object? decoded) => decoded switch
    {
        SelectChoice choice => choice.Id,
        IEnumerable<SelectChoice> choices => choices.Select(c => c.Id).ToArray(),
        _ => decoded,
    };

    private static void AssertAcceptsUser(Field field, FieldInput input, string stored, object collaborators)
    {
        var value = NormalizeUser(field, input);
        var decoded = DecodeUser(field, value.Text!);
        Assert.Multiple(() =>
        {
            Assert.That(value, Is.EqualTo(StoredValue.FromText(stored)));
            Assert.That(decoded, Is.EqualTo(collaborators));
            Assert.That(NormalizeUser(field, FieldInput.FromObject(decoded)), Is.EqualTo(value));
        });
    }
}
