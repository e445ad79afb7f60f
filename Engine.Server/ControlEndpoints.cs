using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SoftrLite.Errors;
using SoftrLite.Rest;

namespace SoftrLite.Server;

/// <summary>
/// The emulator's own endpoints under <c>/_softrlite/</c> (DESIGN §7): health, info, reset, tokens, snapshots, seed and
/// export. They need no token and do not move the clock; errors use the API's error body.
/// </summary>
internal sealed class ControlEndpoints(Emulator emulator)
{
    public const string Prefix = "/_softrlite";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string Version = typeof(SoftrEngine).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public RestResponse Handle(string method, string path, string query, string? body)
    {
        var segments = path[Prefix.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        return (method, segments) switch
        {
            ("GET", ["health"]) => Health(),
            ("GET", ["info"]) => emulator.Shared(Info),
            ("POST", ["reset"]) => Reset(body),
            ("POST", ["tokens"]) => Token(body),
            ("POST", ["snapshots"]) => emulator.Exclusive(() => Write(w => w.WriteString("snapshotId", emulator.AddSnapshot()))),
            ("POST", ["snapshots", var id, "restore"]) => emulator.Exclusive(() => Restore(id)),
            ("DELETE", ["snapshots", var id]) => emulator.Exclusive(() => emulator.RemoveSnapshot(id) ? new RestResponse(204, null) : throw SoftrErrors.SnapshotNotFound(id)),
            ("POST", ["seed"]) => Seed(body),
            ("GET", ["export"]) => Export(query),
            _ => throw SoftrErrors.RouteNotFound(method, path),
        };
    }

    /// <summary>
    /// <c>GET /_softrlite/changes?after=N&amp;timeout=MS&amp;databaseId=…&amp;tableId=…</c>: the changes committed after sequence
    /// <c>after</c> (default: from now on), waiting up to <c>timeout</c> milliseconds (default 30,000, at most 120,000) for
    /// the first; an empty list when none came. Answers <c>{"changes": [...], "lastSequence": N}</c>: pass
    /// <c>lastSequence</c> as the next <c>after</c>.
    /// </summary>
    public async Task<RestResponse> ChangesAsync(string query, CancellationToken cancellationToken)
    {
        long? after = null;
        var timeout = TimeSpan.FromSeconds(30);
        string? database = null;
        string? table = null;
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var value = parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : string.Empty;
            switch (parts[0])
            {
                case "after":
                    after = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw SoftrErrors.ControlQueryInvalid("after", "a sequence number (0 or more)", value);
                    break;
                case "timeout":
                    timeout = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms <= 120_000
                        ? TimeSpan.FromMilliseconds(ms)
                        : throw SoftrErrors.ControlQueryInvalid("timeout", "milliseconds from 0 to 120000", value);
                    break;
                case "databaseId":
                    database = value;
                    break;
                case "tableId":
                    table = value;
                    break;
                default:
                    throw SoftrErrors.ControlQueryInvalid(parts[0], "one of after, timeout, databaseId, tableId", value);
            }
        }

        var (changes, last) = await emulator.Changes.WaitAsync(
            after,
            timeout,
            n => (database is null || n.Database?.Value == database || n.Database is null) && (table is null || n.Table?.Value == table || n.Table is null),
            cancellationToken).ConfigureAwait(false);
        return Write(w =>
        {
            w.WriteStartArray("changes");
            foreach (var change in changes)
            {
                ChangeJson.Write(w, change);
            }

            w.WriteEndArray();
            w.WriteNumber("lastSequence", last);
        });
    }

    private RestResponse Health() => Write(w =>
    {
        w.WriteString("status", "ok");
        w.WriteString("version", Version);
        w.WriteString("mode", emulator.Options.PostgresConnection is not null ? "postgres" : emulator.Options.DataDirectory is null ? "memory" : "disk");
    });

    private RestResponse Info()
    {
        var engine = emulator.Engine;
        var workspaces = engine.Workspaces.List();
        var databases = engine.Databases.List(new Paging(0, 0)).Total;
        return Write(w =>
        {
            w.WriteString("workspaceId", engine.Workspaces.Default.Id.Value);
            w.WriteStartArray("workspaces");
            foreach (var workspace in workspaces)
            {
                w.WriteStartObject();
                w.WriteString("id", workspace.Id.Value);
                w.WriteString("name", workspace.Name);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("databases", databases);
            w.WriteString("clock", emulator.Clock.IsFixed ? "fixed" : "system");
        });
    }

    private RestResponse Reset(string? body)
    {
        var options = emulator.Options;
        int? idSeed = options.IdSeed;
        DateTimeOffset? start = options.ClockStart;
        var stepMs = options.ClockStepMs;
        if (ParseObject(body, optional: true) is { } json)
        {
            if (json.TryGetProperty("idSeed", out var seed) && seed.ValueKind != JsonValueKind.Null)
            {
                idSeed = seed.ValueKind == JsonValueKind.Number && seed.TryGetInt32(out var s) ? s : throw Invalid("idSeed", "a whole number", seed);
            }

            if (json.TryGetProperty("clock", out var clock) && clock.ValueKind != JsonValueKind.Null)
            {
                (start, stepMs) = ParseClock(clock);
            }
        }

        return emulator.Exclusive(() =>
        {
            emulator.Clock.Set(start, stepMs);

            // Without a seed IDs are random again: a fresh random seed says so to an engine that had one.
            var workspace = emulator.Engine.Fixtures.Reset(new FixtureReset { IdSeed = idSeed ?? Random.Shared.Next() });
            return Write(w => w.WriteString("workspaceId", workspace.Id.Value));
        });
    }

    private static (DateTimeOffset Start, long StepMs) ParseClock(JsonElement clock)
    {
        if (clock.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("clock", "an object {\"start\": ISO 8601 instant, \"stepMs\": N}", clock);
        }

        var start = clock.TryGetProperty("start", out var s) && s.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(s.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
                ? instant
                : throw Invalid("clock.start", "an ISO 8601 instant such as 2026-01-01T00:00:00.000Z", s);
        var stepMs = 1L;
        if (clock.TryGetProperty("stepMs", out var step) && step.ValueKind != JsonValueKind.Null)
        {
            stepMs = step.ValueKind == JsonValueKind.Number && step.TryGetInt64(out var n) && n >= 0 ? n : throw Invalid("clock.stepMs", "a whole number of at least 0", step);
        }

        return (start, stepMs);
    }

    private RestResponse Token(string? body)
    {
        var json = ParseObject(body, optional: true);
        var access = TokenAccess.Full;
        if (json is { } j && j.TryGetProperty("access", out var a) && a.ValueKind != JsonValueKind.Null)
        {
            access = a.ValueKind == JsonValueKind.String ? a.GetString() switch
            {
                "FULL" => TokenAccess.Full,
                "EDIT_DATA" => TokenAccess.EditData,
                "VIEW_ONLY" => TokenAccess.ViewOnly,
                _ => throw Invalid("access", "FULL, EDIT_DATA or VIEW_ONLY", a),
            } : throw Invalid("access", "FULL, EDIT_DATA or VIEW_ONLY", a);
        }

        var name = json is { } n && n.TryGetProperty("name", out var given) && given.ValueKind == JsonValueKind.String ? given.GetString()! : "emulator";
        return emulator.Exclusive(() =>
        {
            var workspaces = new List<WorkspaceId>();
            if (json is { } k && k.TryGetProperty("workspaces", out var list) && list.ValueKind != JsonValueKind.Null)
            {
                if (list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
                {
                    throw Invalid("workspaces", "an array of workspace IDs", list);
                }

                workspaces.AddRange(list.EnumerateArray().Select(e => new WorkspaceId(e.GetString()!)));
            }
            else
            {
                workspaces.Add(emulator.Engine.Workspaces.Default.Id);
            }

            var token = emulator.Engine.Tokens.Create(name, access, workspaces);
            return Write(w =>
            {
                w.WriteString("id", token.Id.Value);
                w.WriteString("secret", token.Secret);
            });
        });
    }

    private RestResponse Restore(string id)
    {
        var snapshot = emulator.FindSnapshot(id) ?? throw SoftrErrors.SnapshotNotFound(id);
        emulator.Engine.Fixtures.Restore(snapshot);
        return Write(w => w.WriteString("snapshotId", id));
    }

    private RestResponse Seed(string? body)
    {
        var fixture = body ?? throw SoftrErrors.BodyMissing();
        return emulator.Exclusive(() =>
        {
            var engine = emulator.Engine;
            var databases = engine.Fixtures.Seed(fixture);
            return Write(w =>
            {
                w.WriteStartArray("databases");
                foreach (var database in databases)
                {
                    w.WriteStartObject();
                    w.WriteString("id", database.Id.Value);
                    w.WriteString("name", database.Name);
                    w.WriteStartArray("tables");
                    foreach (var table in engine.Tables.List(database.Id, new Paging(0, Paging.MaxLimit)).Items)
                    {
                        w.WriteStartObject();
                        w.WriteString("id", table.Id.Value);
                        w.WriteString("name", table.Name);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            });
        });
    }

    private RestResponse Export(string query)
    {
        DatabaseId? only = null;
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts[0] == "databaseId" && parts.Length == 2)
            {
                only = new DatabaseId(Uri.UnescapeDataString(parts[1]));
            }
        }

        return emulator.Exclusive(() => new RestResponse(200, emulator.Engine.Fixtures.Export(only)));
    }

    private static JsonElement? ParseObject(string? body, bool optional)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return optional ? null : throw SoftrErrors.BodyMissing();
        }

        JsonElement json;
        try
        {
            json = JsonElement.Parse(body);
        }
        catch (JsonException error)
        {
            throw SoftrErrors.MalformedJson(error.Message);
        }

        return json.ValueKind == JsonValueKind.Object ? json : throw SoftrErrors.BodyNotObject(json);
    }

    private static SoftrException Invalid(string property, string expected, JsonElement given) =>
        SoftrErrors.ControlBodyInvalid(property, expected, JsonDescriber.Describe(given));

    private static RestResponse Write(Action<Utf8JsonWriter> writeProperties)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        return new RestResponse(200, Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
