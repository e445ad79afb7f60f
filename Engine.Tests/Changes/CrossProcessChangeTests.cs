using System.Diagnostics;
using System.Text.RegularExpressions;
using static SoftrLite.Tests.Support.TestEngine;

namespace SoftrLite.Tests.Changes;

/// <summary>
/// A write made by another process on the same data directory reaches this process's change feed: the other process is
/// a real <c>softrlite serve</c> on the same files, written to over HTTP.
/// </summary>
public sealed partial class CrossProcessChangeTests
{
    [Test]
    public async Task Subscribe_sees_a_table_written_by_another_process_as_table_changed()
    {
        var directory = Directory.CreateTempSubdirectory("softrlite-feed-").FullName;
        try
        {
            using var engine = SoftrEngine.Open(directory, new SoftrEngineOptions { ChangePollInterval = TimeSpan.FromMilliseconds(50) });
            var database = engine.Databases.Create(engine.Workspaces.Default.Id, "Shared");
            var people = engine.Tables.Create(database.Id, new NewTable("People") { Fields = [Field("Name", FieldTypeNames.SingleLineText)] });
            var received = new System.Collections.Concurrent.BlockingCollection<ChangeNotification>();
            using var subscription = engine.Changes.Subscribe(new Collector(received.Add));

            using var server = StartServer(directory, out var baseUrl);
            using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
            using var body = new StringContent("""{"fields":{"Name":"Ada"}}""", System.Text.Encoding.UTF8, "application/json");
            var response = await http.PostAsync($"/api/v1/databases/{database.Id}/tables/{people.Id}/records", body);
            Assert.That((int)response.StatusCode, Is.EqualTo(201).Or.EqualTo(200));

            Assert.That(received.TryTake(out var change, TimeSpan.FromSeconds(10)), Is.True, "No notification came.");
            Assert.Multiple(() =>
            {
                Assert.That(change!.Kind, Is.EqualTo(ChangeKind.TableChanged));
                Assert.That(change.External, Is.True);
                Assert.That((change.Database, change.Table), Is.EqualTo(((DatabaseId?)database.Id, (TableId?)people.Id)));
            });
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public void Poll_reports_nothing_external_for_this_processs_own_writes()
    {
        var directory = Directory.CreateTempSubdirectory("softrlite-feed-").FullName;
        try
        {
            using var engine = SoftrEngine.Open(directory, new SoftrEngineOptions { ChangePollInterval = TimeSpan.FromHours(1) });
            var received = new System.Collections.Concurrent.ConcurrentQueue<ChangeNotification>();
            using var subscription = engine.Changes.Subscribe(new Collector(received.Enqueue));
            var database = engine.Databases.Create(engine.Workspaces.Default.Id, "Own");
            var people = engine.Tables.Create(database.Id, new NewTable("People") { Fields = [Field("Name", FieldTypeNames.SingleLineText)] });
            engine.Records.Create(database.Id, people.Id, Values(("Name", "Ada")));
            engine.Fields.Add(database.Id, people.Id, Field("Age", FieldTypeNames.Number));

            engine.Context.PollExternalChanges();
            engine.Records.Create(database.Id, people.Id, Values(("Name", "Bob")));
            engine.Context.PollExternalChanges();

            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (received.Count < 4 && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(10);
            }

            Thread.Sleep(100);
            Assert.That(received.Select(n => (n.Kind, n.External)), Is.EqualTo(new[]
            {
                (ChangeKind.SchemaChanged, false), (ChangeKind.RecordsCreated, false), (ChangeKind.SchemaChanged, false), (ChangeKind.RecordsCreated, false),
            }));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static ServerProcess StartServer(string directory, out string baseUrl)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "SoftrLite.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { cli, "serve", "--port", "0", "--data", directory, "--quiet" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("softrlite serve did not start.");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var line = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("softrlite serve ended: " + process.StandardError.ReadToEnd());
            if (Url().Match(line) is { Success: true } match)
            {
                baseUrl = match.Value;
                return new ServerProcess(process);
            }
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("softrlite serve printed no startup line.");
    }

    [GeneratedRegex("http://127\\.0\\.0\\.1:[0-9]+")]
    private static partial Regex Url();

    /// <summary>Stops the server process when the test ends, pass or fail.</summary>
    private sealed class ServerProcess(Process process) : IDisposable
    {
        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }

            process.Dispose();
        }
    }

    private sealed class Collector(Action<ChangeNotification> next) : IObserver<ChangeNotification>
    {
        public void OnCompleted()
        {
        }

        public void OnError(Exception error) => Assert.Fail(error.ToString());

        public void OnNext(ChangeNotification value) => next(value);
    }
}
