using SoftrLite.Compiled;
using SoftrLite.Tests.Support;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Schema;

public sealed class FieldIndexTests
{
    [Test]
    public void AddIndex_makes_filters_use_the_index_and_RemoveIndex_drops_it()
    {
        using var f = new TestEngine();
        var table = f.Table("T", Field("Name", FieldTypeNames.SingleLineText), Field("N", FieldTypeNames.Number));
        var n = table.Fields[1];

        var indexed = f.Engine.Fields.AddIndex(f.Db, table.Id, n.Id);
        var planWith = Plan(f, table);
        var plain = f.Engine.Fields.RemoveIndex(f.Db, table.Id, n.Id);
        var planWithout = Plan(f, table);

        Assert.Multiple(() =>
        {
            Assert.That(indexed.Indexed, Is.True);
            Assert.That(f.Engine.Fields.Get(f.Db, table.Id, n.Id).Indexed, Is.False);
            Assert.That(plain.Indexed, Is.False);
            Assert.That(planWith, Does.Contain(UsingIndex));
            Assert.That(planWithout, Does.Not.Contain(UsingIndex));
        });
    }

    [Test]
    public void An_indexed_field_can_be_deleted_and_a_link_cannot_be_indexed()
    {
        using var f = new TestEngine();
        var other = f.Table("O", Field("Name", FieldTypeNames.SingleLineText));
        var table = f.Table("T", Field("Name", FieldTypeNames.SingleLineText), Field("N", FieldTypeNames.Number));
        var link = f.Engine.Fields.Add(f.Db, table.Id, Field("L", FieldTypeNames.LinkedRecord, $$"""{"linkedTableId":"{{other.Id}}"}"""));
        f.Engine.Fields.AddIndex(f.Db, table.Id, table.Fields[1].Id);

        f.Engine.Fields.Delete(f.Db, table.Id, table.Fields[1].Id);

        Assert.That(f.Engine.Tables.Get(f.Db, table.Id).Fields, Has.Count.EqualTo(2));
        Assert.That(() => f.Engine.Fields.AddIndex(f.Db, table.Id, link.Id), SoftrThrows.Code(ErrorCode.BadRequest));
    }

    // How each back end's plan names an index it reads through.
    private static string UsingIndex => TestBackend.IsPostgres ? " ix_f" : "USING INDEX";

    private static string Plan(TestEngine f, Table table) => f.Engine.Context.Store(f.Db).Read(s =>
    {
        if (TestBackend.IsPostgres)
        {
            // A table of no rows is read whole by PostgreSQL's planner, index or not, unless scans are priced out.
            using var setting = s.Connection.CreateCommand();
            setting.CommandText = "SET LOCAL enable_seqscan = off";
            setting.ExecuteNonQuery();
        }

        var model = SoftrLite.Compiled.DatabaseModel.Build(f.Db, 0, SoftrLite.Compiled.SchemaSnapshot.Load(s), FieldTypeRegistry.BuiltIn);
        var query = new RecordQuery { Filter = FilterCondition.Range("N", FilterOperator.IsBetween, 1, 5) };
        var search = new SoftrLite.Query.SearchCommand(model, model.Table(table.Id), query, new SoftrLite.Query.DateValues(DateTimeOffset.UnixEpoch, TimeZoneInfo.Utc), [], s.Dialect);
        var statement = search.Page(new SoftrLite.Storage.RowShape(0, [], []), 0, 10);
        using var command = s.Connection.CreateCommand();
        // PostgreSQL reads a LIMITed page in row-key order through the primary key; the filter alone shows the index choice.
        command.CommandText = TestBackend.IsPostgres
            ? "EXPLAIN " + statement.Text[..statement.Text.IndexOf(" ORDER BY ", StringComparison.Ordinal)]
            : "EXPLAIN QUERY PLAN " + statement.Text;
        foreach (var (name, value) in statement.Parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        using var reader = command.ExecuteReader();
        var plan = new List<string>();
        while (reader.Read())
        {
            plan.Add(reader.GetString(TestBackend.IsPostgres ? 0 : 3));
        }

        return string.Join("\n", plan);
    });
}
