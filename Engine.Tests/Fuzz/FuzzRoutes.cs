using CsCheck;

namespace SoftrLite.Tests.Fuzz;

/// <summary>Generates requests across every route of the REST layer, unknown routes and wrong methods included.</summary>
internal static class FuzzRoutes
{
    private static readonly Gen<string> Database = Gen.Frequency((12, Gen.Const("§db§")), (1, Gen.Const("§db1§")), (1, FuzzJson.HostileText.Select(Uri.EscapeDataString)));

    private static readonly Gen<string> Table = Gen.Frequency((6, Gen.Const("§tA§")), (4, Gen.Const("§tB§")), (1, FuzzJson.HostileText.Select(Uri.EscapeDataString)));

    private static readonly Gen<string> Field = Gen.Frequency((8, Gen.Int[0, 40].Select(i => $"§f{i}§")), (1, FuzzJson.HostileText.Select(Uri.EscapeDataString)));

    private static readonly Gen<string> Record = Gen.Frequency((8, Gen.Int[0, 20].Select(i => $"§r{i}§")), (1, FuzzJson.HostileText.Select(Uri.EscapeDataString)));

    private static readonly Gen<string> Method = Gen.OneOf<string>("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "get");

    public static readonly Gen<FuzzRequest> Request = Gen.Frequency(
        (2, Gen.Select(FuzzJson.Query, FuzzJson.SchemaBody).Select(t => new FuzzRequest("POST", "/databases" + t.Item1, t.Item2))),
        (1, FuzzJson.Query.Select(q => new FuzzRequest("GET", "/databases" + q, null))),
        (2, Gen.Select(Database, FuzzJson.Query).Select(t => new FuzzRequest("GET", $"/databases/{t.Item1}{t.Item2}", null))),
        (1, Gen.Select(Database, FuzzJson.SchemaBody).Select(t => new FuzzRequest("PUT", $"/databases/{t.Item1}", t.Item2))),
        (1, Gen.Select(Database, FuzzJson.Query).Select(t => new FuzzRequest("DELETE", $"/api/v1/databases/{t.Item1}{t.Item2}", null))),
        (2, Gen.Select(Database, FuzzJson.Query).Select(t => new FuzzRequest("GET", $"/databases/{t.Item1}/tables{t.Item2}", null))),
        (3, Gen.Select(Database, FuzzJson.SchemaBody).Select(t => new FuzzRequest("POST", $"/databases/{t.Item1}/tables", t.Item2))),
        (2, Gen.Select(Database, Table).Select(t => new FuzzRequest("GET", $"/databases/{t.Item1}/tables/{t.Item2}", null))),
        (2, Gen.Select(Database, Table, FuzzJson.SchemaBody).Select(t => new FuzzRequest("PUT", $"/databases/{t.Item1}/tables/{t.Item2}", t.Item3))),
        (1, Gen.Select(Database, Table, FuzzJson.Query).Select(t => new FuzzRequest("DELETE", $"/databases/{t.Item1}/tables/{t.Item2}{t.Item3}", null))),
        (1, Gen.Select(Database, Table, FuzzJson.Query).Select(t => new FuzzRequest("GET", $"/databases/{t.Item1}/tables/{t.Item2}/views{t.Item3}", null))),
        (4, Gen.Select(Database, Table, FuzzJson.SchemaBody).Select(t => new FuzzRequest("POST", $"/databases/{t.Item1}/tables/{t.Item2}/fields", t.Item3))),
        (2, Gen.Select(Database, Table, Field).Select(t => new FuzzRequest("GET", $"/databases/{t.Item1}/tables/{t.Item2}/fields/{t.Item3}", null))),
        (3, Gen.Select(Database, Table, Field, FuzzJson.SchemaBody).Select(t => new FuzzRequest("PUT", $"/databases/{t.Item1}/tables/{t.Item2}/fields/{t.Item3}", t.Item4))),
        (1, Gen.Select(Database, Table, Field).Select(t => new FuzzRequest("DELETE", $"/databases/{t.Item1}/tables/{t.Item2}/fields/{t.Item3}", null))),
        (4, Gen.Select(Database, Table, FuzzJson.Query).Select(t => new FuzzRequest("GET", $"/databases/{t.Item1}/tables/{t.Item2}/records{t.Item3}", null))),
        (10, Gen.Select(Database, Table, FuzzJson.Query, FuzzJson.RecordBody).Select(t => new FuzzRequest("POST", $"/databases/{t.Item1}/tables/{t.Item2}/records{t.Item3}", t.Item4))),
        (10, Gen.Select(Database, Table, FuzzJson.Query, FuzzJson.SearchBody).Select(t => new FuzzRequest("POST", $"/databases/{t.Item1}/tables/{t.Item2}/records/search{t.Item3}", t.Item4))),
        (3, Gen.Select(Database, Table, Record, FuzzJson.Query).Select(t => new FuzzRequest("GET", $"/databases/{t.Item1}/tables/{t.Item2}/records/{t.Item3}{t.Item4}", null))),
        (8, Gen.Select(Gen.OneOf<string>("PATCH", "PUT"), Database, Table, Record, FuzzJson.Query, FuzzJson.RecordBody)
            .Select(t => new FuzzRequest(t.Item1, $"/databases/{t.Item2}/tables/{t.Item3}/records/{t.Item4}{t.Item5}", t.Item6))),
        (2, Gen.Select(Database, Table, Record).Select(t => new FuzzRequest("DELETE", $"/databases/{t.Item1}/tables/{t.Item2}/records/{t.Item3}", null))),
        (2, Gen.Select(Method, FuzzJson.HostileText, FuzzJson.Value)
            .Select(t => new FuzzRequest(t.Item1, "/" + t.Item2 + "/databases/§db§/tables/§tA§/records/x/y", t.Item3))),
        (1, Gen.Select(Method, Database, Table).Select(t => new FuzzRequest(t.Item1, $"/databases/{t.Item2}/tables/{t.Item3}/records/search", null))));
}
