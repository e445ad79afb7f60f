using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Schema;

/// <summary>A failure injected at the last step inside each schema transaction must leave the old state whole.</summary>
public sealed class SchemaAtomicityTests
{
    [Test]
    public void Table_create_rolls_back_table_fields_columns_and_view_when_a_step_fails()
    {
        var failing = new FailSwitch();
        using var engine = TestEngine.Open(failing.At);
        var database = engine.NewDatabase();

        failing.Arm("table.create");
        Assert.That(() => engine.ContactsTable(database.Id), Throws.TypeOf<InjectedFailure>());

        Assert.That(engine.Tables.List(database.Id).Total, Is.Zero);
        failing.Disarm();
        var table = engine.ContactsTable(database.Id);
        Assert.That(table.Fields, Has.Count.EqualTo(3));
    }

    [Test]
    public void Field_add_rolls_back_row_and_column_when_a_step_fails()
    {
        var failing = new FailSwitch();
        using var engine = TestEngine.Open(failing.At);
        var database = engine.NewDatabase();
        var table = engine.ContactsTable(database.Id);

        failing.Arm("field.add");
        Assert.That(() => engine.Fields.Add(database.Id, table.Id, new NewField("Score", FieldTypeNames.Number)), Throws.TypeOf<InjectedFailure>());
        failing.Disarm();

        var after = engine.Tables.Get(database.Id, table.Id);
        Assert.That(after.Fields, Has.Count.EqualTo(3));
        Assert.That(after.UpdatedAt, Is.EqualTo(table.UpdatedAt));
        Assert.That(engine.Fields.Add(database.Id, table.Id, new NewField("Score", FieldTypeNames.Number)).Name, Is.EqualTo("Score"));
    }

    [Test]
    public void Field_update_and_delete_roll_back_when_a_step_fails()
    {
        var failing = new FailSwitch();
        using var engine = TestEngine.Open(failing.At);
        var database = engine.NewDatabase();
        var table = engine.ContactsTable(database.Id);
        var age = table.Fields[2];

        failing.Arm("field.update");
        Assert.That(() => engine.Fields.Update(database.Id, table.Id, age.Id, new FieldChanges { Name = "Years" }), Throws.TypeOf<InjectedFailure>());
        failing.Arm("field.delete");
        Assert.That(() => engine.Fields.Delete(database.Id, table.Id, age.Id), Throws.TypeOf<InjectedFailure>());
        failing.Disarm();

        Assert.That(engine.Fields.Get(database.Id, table.Id, age.Id).Name, Is.EqualTo("Age"));
    }

    [Test]
    public void Table_update_and_delete_roll_back_when_a_step_fails()
    {
        var failing = new FailSwitch();
        using var engine = TestEngine.Open(failing.At);
        var database = engine.NewDatabase();
        var table = engine.ContactsTable(database.Id);

        failing.Arm("table.update");
        Assert.That(() => engine.Tables.Update(database.Id, table.Id, "People"), Throws.TypeOf<InjectedFailure>());
        failing.Arm("table.delete");
        Assert.That(() => engine.Tables.Delete(database.Id, table.Id), Throws.TypeOf<InjectedFailure>());
        failing.Disarm();

        var after = engine.Tables.Get(database.Id, table.Id);
        Assert.That(after.Name, Is.EqualTo("Contacts"));
        Assert.That(after.Fields, Has.Count.EqualTo(3));
    }

    [Test]
    public void Database_create_and_delete_roll_back_when_a_step_fails()
    {
        var failing = new FailSwitch();
        using var engine = TestEngine.Open(failing.At);
        var kept = engine.NewDatabase("Kept");

        failing.Arm("database.create");
        Assert.That(() => engine.NewDatabase("Lost"), Throws.TypeOf<InjectedFailure>());
        failing.Arm("database.delete");
        Assert.That(() => engine.Databases.Delete(kept.Id), Throws.TypeOf<InjectedFailure>());
        failing.Disarm();

        Assert.That(engine.Databases.List().Items.Select(d => d.Name), Is.EqualTo(new[] { "Kept" }));
        Assert.That(engine.Tables.Create(kept.Id, new NewTable("Still works")).Name, Is.EqualTo("Still works"));
    }

    private sealed class InjectedFailure(string step) : Exception("Injected failure at " + step);

    private sealed class FailSwitch
    {
        private string? _armed;

        public void Arm(string step) => _armed = step;

        public void Disarm() => _armed = null;

        public void At(string step)
        {
            if (step == _armed)
            {
                throw new InjectedFailure(step);
            }
        }
    }
}
