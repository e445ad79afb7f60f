using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;
using Op = SoftrLite.FilterOperator;

namespace SoftrLite.Tests.Query;

/// <summary>SELECT (by label or choice ID), USER (by e-mail or ID), LINKED_RECORD (by record ID), CHECKBOX and ATTACHMENT.</summary>
public sealed class OperatorTestsChoice
{
    private const string Colors = """{"choices":[{"label":"Open"},{"label":"Closed"},{"label":"Écru"}]}""";
    private const string Letters = """{"choices":[{"label":"A"},{"label":"B"},{"label":"C"}]}""";

    [Test]
    public void Search_matches_a_single_select_by_label_ignoring_case_or_by_choice_id()
    {
        using var f = TestEngine.OnClock();
        var table = Statuses(f);
        var closed = f.ChoiceId(table, "Status", "Closed");

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Compare("Status", Op.Is, "open")), Is.EqualTo(new[] { "s1", "s4" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Status", Op.Is, "ÉCRU")), Is.EqualTo(new[] { "s5" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Status", Op.Is, closed)), Is.EqualTo(new[] { "s2" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Status", Op.IsNot, "Open")), Is.EqualTo(new[] { "s2", "s3", "s5" }));
        });
    }

    [Test]
    public void Search_matches_nothing_for_an_unknown_choice_and_everything_for_its_negation()
    {
        using var f = TestEngine.OnClock();
        var table = Statuses(f);

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Compare("Status", Op.Is, "Nope")), Is.Empty);
            Assert.That(f.Names(table, FilterCondition.Compare("Status", Op.IsNot, "Nope")), Is.EqualTo(f.All(table)));
        });
    }

    [Test]
    public void Search_matches_listed_choices_of_a_single_select()
    {
        using var f = TestEngine.OnClock();
        var table = Statuses(f);
        var closed = f.ChoiceId(table, "Status", "Closed");

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Compare("Status", Op.IsOneOf, new[] { "OPEN", "écru" })), Is.EqualTo(new[] { "s1", "s4", "s5" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Status", Op.IsNotOneOf, new[] { "OPEN", "écru" })), Is.EqualTo(new[] { "s2", "s3" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Status", Op.HasAnyOf, new[] { closed, "Écru" })), Is.EqualTo(new[] { "s2", "s5" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Status", Op.HasNoneOf, new[] { closed, "Écru" })), Is.EqualTo(new[] { "s1", "s3", "s4" }));
            Assert.That(f.Names(table, FilterCondition.Test("Status", Op.IsEmpty)), Is.EqualTo(new[] { "s3" }));
            Assert.That(f.Names(table, FilterCondition.Test("Status", Op.IsNotEmpty)), Is.EqualTo(new[] { "s1", "s2", "s4", "s5" }));
        });
    }

    [Test]
    public void Search_treats_a_value_whose_choice_was_removed_as_empty()
    {
        using var f = TestEngine.OnClock();
        var table = Statuses(f);
        var status = f.Id(table, "Status");
        var open = f.ChoiceId(table, "Status", "Open");
        var closed = f.ChoiceId(table, "Status", "Closed");
        f.Engine.Fields.Update(f.Db, table.Id, status, new FieldChanges
        {
            Options = System.Text.Json.JsonElement.Parse($$"""{"choices":[{"id":"{{open}}","label":"Open"},{"id":"{{closed}}","label":"Closed"}]}"""),
        });

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Test("Status", Op.IsEmpty)), Is.EqualTo(new[] { "s3", "s5" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Status", Op.IsNot, "Open")), Is.EqualTo(new[] { "s2", "s3", "s5" }));
        });
    }

    [Test]
    public void Search_treats_a_multi_select_whose_choices_were_all_removed_as_empty()
    {
        using var f = TestEngine.OnClock();
        var table = Tags(f);
        var tags = f.Id(table, "Tags");
        var a = f.ChoiceId(table, "Tags", "A");
        var c = f.ChoiceId(table, "Tags", "C");
        f.Engine.Fields.Update(f.Db, table.Id, tags, new FieldChanges
        {
            Options = System.Text.Json.JsonElement.Parse($$"""{"choices":[{"id":"{{a}}","label":"A"},{"id":"{{c}}","label":"C"}]}"""),
        });

        // m2 held only B: it reads as empty now.
        Assert.Multiple(() =>
        {
            Assert.That(f.Search(table, FilterCondition.Compare("Name", Op.Is, "m2")).Items[0].Fields.ContainsKey(tags), Is.False);
            Assert.That(f.Names(table, FilterCondition.Test("Tags", Op.IsEmpty)), Is.EqualTo(new[] { "m2", "m3" }));
            Assert.That(f.Names(table, FilterCondition.Test("Tags", Op.IsNotEmpty)), Is.EqualTo(new[] { "m1", "m4", "m5" }));
        });
    }

    [Test]
    public void Search_treats_a_user_removed_from_the_workspace_as_empty()
    {
        using var f = TestEngine.OnClock();
        var (table, ada, _) = People(f);
        f.Engine.Workspaces.RemoveCollaborator(f.Engine.Workspaces.Default.Id, ada.Id);

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Test("Owner", Op.IsEmpty)), Is.EqualTo(new[] { "u1", "u3" }));
            Assert.That(f.Names(table, FilterCondition.Test("Owner", Op.IsNotEmpty)), Is.EqualTo(new[] { "u2" }));
        });
    }

    [TestCase(Op.HasAnyOf, new[] { "A" }, "m1 m4 m5")]
    [TestCase(Op.HasAnyOf, new[] { "b", "c" }, "m1 m2 m4 m5")]
    [TestCase(Op.HasAllOf, new[] { "A", "B" }, "m1 m5")]
    [TestCase(Op.HasAllOf, new[] { "c", "a" }, "m4 m5")]
    [TestCase(Op.HasAllOf, new[] { "A", "Nope" }, "")]
    [TestCase(Op.HasNoneOf, new[] { "A" }, "m2 m3")]
    [TestCase(Op.HasNoneOf, new[] { "A", "b" }, "m3")]
    [TestCase(Op.HasNoneOf, new[] { "Nope" }, "m1 m2 m3 m4 m5")]
    public void Search_matches_multi_select_labels_ignoring_case(Op op, string[] labels, string expected)
    {
        using var f = TestEngine.OnClock();
        var table = Tags(f);

        Assert.That(f.Names(table, FilterCondition.Compare("Tags", op, labels)), Is.EqualTo(expected.Length == 0 ? [] : expected.Split(' ')));
    }

    [Test]
    public void Search_matches_multi_select_choice_ids_and_empties()
    {
        using var f = TestEngine.OnClock();
        var table = Tags(f);
        var b = f.ChoiceId(table, "Tags", "B");

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Compare("Tags", Op.HasAnyOf, new[] { b })), Is.EqualTo(new[] { "m1", "m2", "m5" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Tags", Op.HasAllOf, b)), Is.EqualTo(new[] { "m1", "m2", "m5" }));
            Assert.That(f.Names(table, FilterCondition.Test("Tags", Op.IsEmpty)), Is.EqualTo(new[] { "m3" }));
            Assert.That(f.Names(table, FilterCondition.Test("Tags", Op.IsNotEmpty)), Is.EqualTo(new[] { "m1", "m2", "m4", "m5" }));
        });
    }

    [Test]
    public void Search_matches_a_single_user_by_email_ignoring_case_or_by_id()
    {
        using var f = TestEngine.OnClock();
        var (table, ada, _) = People(f);

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Compare("Owner", Op.Is, "ADA@example.com")), Is.EqualTo(new[] { "u1" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Owner", Op.Is, ada.Id)), Is.EqualTo(new[] { "u1" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Owner", Op.IsNot, "ada@example.com")), Is.EqualTo(new[] { "u2", "u3" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Owner", Op.IsOneOf, new[] { "grace@EXAMPLE.com", "nobody@example.com" })), Is.EqualTo(new[] { "u2" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Owner", Op.IsNotOneOf, new[] { "grace@example.com" })), Is.EqualTo(new[] { "u1", "u3" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Owner", Op.HasAnyOf, new[] { ada.Id })), Is.EqualTo(new[] { "u1" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Owner", Op.HasNoneOf, new[] { ada.Id })), Is.EqualTo(new[] { "u2", "u3" }));
            Assert.That(f.Names(table, FilterCondition.Test("Owner", Op.IsEmpty)), Is.EqualTo(new[] { "u3" }));
        });
    }

    [Test]
    public void Search_matches_multiple_users_by_email_or_id()
    {
        using var f = TestEngine.OnClock();
        var (table, ada, grace) = People(f);

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Compare("Reviewers", Op.HasAnyOf, new[] { "Grace@Example.com" })), Is.EqualTo(new[] { "u1", "u2" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Reviewers", Op.HasAllOf, new[] { ada.Id, "grace@example.com" })), Is.EqualTo(new[] { "u1" }));
            Assert.That(f.Names(table, FilterCondition.Compare("Reviewers", Op.HasNoneOf, new[] { grace.Id })), Is.EqualTo(new[] { "u3" }));
            Assert.That(f.Names(table, FilterCondition.Test("Reviewers", Op.IsEmpty)), Is.EqualTo(new[] { "u3" }));
        });
    }

    [Test]
    public void Search_matches_linked_records_by_record_id()
    {
        using var f = TestEngine.OnClock();
        var companies = f.NamedTable("Companies");
        var acme = f.Add(companies, "Acme").Id.Value;
        var globex = f.Add(companies, "Globex").Id.Value;
        var contacts = f.NamedTable("Contacts", Field("Company", FieldTypeNames.LinkedRecord, $$"""{"linkedTableId":"{{companies.Id}}"}"""));
        f.Add(contacts, "k1", ("Company", new[] { acme }));
        f.Add(contacts, "k2", ("Company", new[] { acme, globex }));
        f.Add(contacts, "k3");
        f.Add(contacts, "k4", ("Company", new[] { globex }));

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(contacts, FilterCondition.Compare("Company", Op.HasAnyOf, new[] { acme })), Is.EqualTo(new[] { "k1", "k2" }));
            Assert.That(f.Names(contacts, FilterCondition.Compare("Company", Op.HasAnyOf, acme)), Is.EqualTo(new[] { "k1", "k2" }));
            Assert.That(f.Names(contacts, FilterCondition.Compare("Company", Op.HasAllOf, new[] { globex, acme })), Is.EqualTo(new[] { "k2" }));
            Assert.That(f.Names(contacts, FilterCondition.Compare("Company", Op.HasNoneOf, new[] { acme })), Is.EqualTo(new[] { "k3", "k4" }));
            Assert.That(f.Names(contacts, FilterCondition.Compare("Company", Op.HasAnyOf, new[] { "Acme" })), Is.Empty);
            Assert.That(f.Names(contacts, FilterCondition.Test("Company", Op.IsEmpty)), Is.EqualTo(new[] { "k3" }));
            Assert.That(f.Names(contacts, FilterCondition.Test("Company", Op.IsNotEmpty)), Is.EqualTo(new[] { "k1", "k2", "k4" }));
            Assert.That(f.Names(companies, FilterCondition.Compare("Contacts", Op.HasAnyOf, new[] { f.Search(contacts, FilterCondition.Compare("Name", Op.Is, "k4")).Items[0].Id.Value })), Is.EqualTo(new[] { "Globex" }));
        });
    }

    [Test]
    public void Search_matches_a_link_cleared_by_deleting_the_linked_record_as_empty()
    {
        using var f = TestEngine.OnClock();
        var companies = f.NamedTable("Companies");
        var acme = f.Add(companies, "Acme");
        var contacts = f.NamedTable("Contacts", Field("Company", FieldTypeNames.LinkedRecord, $$"""{"linkedTableId":"{{companies.Id}}"}"""));
        f.Add(contacts, "k1", ("Company", acme.Id.Value));
        f.Engine.Records.Delete(f.Db, companies.Id, acme.Id);

        Assert.That(f.Names(contacts, FilterCondition.Test("Company", Op.IsEmpty)), Is.EqualTo(new[] { "k1" }));
    }

    [TestCase(Op.Is, true, "b1")]
    [TestCase(Op.Is, false, "b2")]
    [TestCase(Op.IsNot, true, "b2 b3")]
    [TestCase(Op.IsNot, false, "b1 b3")]
    public void Search_matches_checkbox_values_and_never_takes_empty_for_false(Op op, bool value, string expected)
    {
        using var f = TestEngine.OnClock();
        var table = Checks(f);

        Assert.That(f.Names(table, FilterCondition.Compare("Done", op, value)), Is.EqualTo(expected.Split(' ')));
    }

    [Test]
    public void Search_treats_only_a_never_set_checkbox_as_empty()
    {
        using var f = TestEngine.OnClock();
        var table = Checks(f);

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Test("Done", Op.IsEmpty)), Is.EqualTo(new[] { "b3" }));
            Assert.That(f.Names(table, FilterCondition.Test("Done", Op.IsNotEmpty)), Is.EqualTo(new[] { "b1", "b2" }));
        });
    }

    [Test]
    public void Search_tests_attachments_and_creators_only_for_emptiness()
    {
        var ada = new Collaborator("usr_ada", "Ada", "ada@example.com");
        using var f = TestEngine.OnClock(actingUser: ada);
        var table = f.NamedTable("T", Field("Files", FieldTypeNames.Attachment), Field("By", FieldTypeNames.CreatedBy));
        f.Add(table, "with", ("Files", "https://example.com/a.png"));
        f.Add(table, "without");

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, FilterCondition.Test("Files", Op.IsEmpty)), Is.EqualTo(new[] { "without" }));
            Assert.That(f.Names(table, FilterCondition.Test("Files", Op.IsNotEmpty)), Is.EqualTo(new[] { "with" }));
            Assert.That(f.Names(table, FilterCondition.Test("By", Op.IsNotEmpty)), Is.EqualTo(new[] { "with", "without" }));
            Assert.That(f.Names(table, FilterCondition.Test("By", Op.IsEmpty)), Is.Empty);
        });
    }

    private static Table Statuses(TestEngine f)
    {
        var table = f.NamedTable("Statuses", Field("Status", FieldTypeNames.Select, Colors));
        f.Add(table, "s1", ("Status", "Open"));
        f.Add(table, "s2", ("Status", "Closed"));
        f.Add(table, "s3");
        f.Add(table, "s4", ("Status", "open"));
        f.Add(table, "s5", ("Status", "Écru"));
        return table;
    }

    private static Table Tags(TestEngine f)
    {
        var table = f.NamedTable("Tagged", Field("Tags", FieldTypeNames.Select, Letters, multiple: true));
        f.Add(table, "m1", ("Tags", new[] { "A", "B" }));
        f.Add(table, "m2", ("Tags", new[] { "B" }));
        f.Add(table, "m3");
        f.Add(table, "m4", ("Tags", new[] { "C", "A" }));
        f.Add(table, "m5", ("Tags", new[] { "A", "B", "C" }));
        return table;
    }

    private static (Table Table, Collaborator Ada, Collaborator Grace) People(TestEngine f)
    {
        var workspace = f.Engine.Workspaces.Default.Id;
        var ada = f.Engine.Workspaces.AddCollaborator(workspace, "Ada", "ada@example.com");
        var grace = f.Engine.Workspaces.AddCollaborator(workspace, "Grace", "grace@example.com");
        var table = f.NamedTable("People", Field("Owner", FieldTypeNames.User), Field("Reviewers", FieldTypeNames.User, multiple: true));
        f.Add(table, "u1", ("Owner", "ada@example.com"), ("Reviewers", new[] { ada.Id, grace.Id }));
        f.Add(table, "u2", ("Owner", grace.Id), ("Reviewers", new[] { "grace@example.com" }));
        f.Add(table, "u3");
        return (table, ada, grace);
    }

    private static Table Checks(TestEngine f)
    {
        var table = f.NamedTable("Checks", Field("Done", FieldTypeNames.Checkbox));
        f.Add(table, "b1", ("Done", true));
        f.Add(table, "b2", ("Done", false));
        f.Add(table, "b3");
        return table;
    }
}
