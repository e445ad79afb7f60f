using BenchmarkDotNet.Attributes;
using SoftrLite.Benchmarks.Records;

namespace SoftrLite.Benchmarks.Changes;

/// <summary>
/// Latency from a write's commit to a change-feed subscriber, on disk: a single <c>Records.Update</c> and then the wait
/// until a subscriber has its notification. <see cref="InProcess"/>: the subscriber is on the writing engine.
/// <see cref="OtherEngine"/>: the subscriber is on a second engine opened on the same data directory, which learns of
/// the write only as another process's write (the file's revisions, read by <c>ExternalChangePoller</c> every
/// <see cref="PollMs"/> ms). The baseline is the update alone, with no subscriber. Mean is per update.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 7)]
public class ChangeLatencyBenchmarks
{
    private const int Writes = 20;
    private string _directory = "";
    private SoftrEngine? _writer;
    private SoftrEngine? _reader;
    private IDisposable? _inProcess;
    private IDisposable? _external;
    private DatabaseId _database;
    private TableId _table;
    private RecordId[] _ids = [];
    private string _field = "";
    private int _round;
    private readonly SemaphoreSlim _ownSeen = new(0);
    private readonly SemaphoreSlim _externalSeen = new(0);

    /// <summary>How often the second engine polls the file's revisions (its <c>ChangePollInterval</c>).</summary>
    [Params(10)]
    public int PollMs { get; set; }

    /// <summary>A directory with 1,000 records, the writing engine, and a second engine on the same directory.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _directory = BenchDirectory.Create();
        _writer = SoftrEngine.Open(_directory, new SoftrEngineOptions { ChangePollInterval = TimeSpan.FromMilliseconds(PollMs) });
        _database = _writer.Databases.Create(_writer.Workspaces.Default.Id, "Bench").Id;
        var table = _writer.Tables.Create(_database, RecordMix.Table());
        _table = table.Id;
        _ids = _writer.Records.CreateMany(_database, _table, RecordMix.Inputs(table)).Select(r => r.Id).ToArray();
        _field = table.Fields.First(f => f.Type == FieldTypeNames.Number).Id.Value;
        _reader = SoftrEngine.Open(_directory, new SoftrEngineOptions { ChangePollInterval = TimeSpan.FromMilliseconds(PollMs) });
        _reader.Records.List(_database, _table, new Paging(0, 1));
    }

    /// <summary>Subscribes on the writing engine.</summary>
    [IterationSetup(Target = nameof(InProcess))]
    public void SubscribeOwn() => _inProcess = _writer!.Changes.Subscribe(new Observer(n =>
    {
        if (n.Kind == ChangeKind.RecordsUpdated)
        {
            _ownSeen.Release();
        }
    }));

    /// <summary>Subscribes on the second engine, and lets its first poll report the writes made before (not timed).</summary>
    [IterationSetup(Target = nameof(OtherEngine))]
    public void SubscribeExternal()
    {
        _external = _reader!.Changes.Subscribe(new Observer(n =>
        {
            if (n.Kind == ChangeKind.TableChanged)
            {
                _externalSeen.Release();
            }
        }));
        Thread.Sleep(20 * PollMs);
        while (_externalSeen.Wait(0))
        {
        }
    }

    /// <summary>Ends the subscriptions.</summary>
    [IterationCleanup]
    public void Unsubscribe()
    {
        _inProcess?.Dispose();
        _external?.Dispose();
        _inProcess = _external = null;
        while (_ownSeen.Wait(0) || _externalSeen.Wait(0))
        {
        }
    }

    /// <summary>Disposes both engines and deletes the directory.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _reader?.Dispose();
        _writer?.Dispose();
        BenchDirectory.Delete(_directory);
    }

    /// <summary>The update alone, nobody subscribed.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Writes)]
    public int UpdateOnly()
    {
        for (var i = 0; i < Writes; i++)
        {
            Update();
        }

        return Writes;
    }

    /// <summary>The update, then the wait for the writing engine's subscriber.</summary>
    [Benchmark(OperationsPerInvoke = Writes)]
    public int InProcess()
    {
        for (var i = 0; i < Writes; i++)
        {
            Update();
            Wait(_ownSeen);
        }

        return Writes;
    }

    /// <summary>The update, then the wait for the second engine's subscriber (through its poller).</summary>
    [Benchmark(OperationsPerInvoke = Writes)]
    public int OtherEngine()
    {
        for (var i = 0; i < Writes; i++)
        {
            Update();
            Wait(_externalSeen);
        }

        return Writes;
    }

    private void Update()
    {
        var round = _round++;
        _writer!.Records.Update(_database, _table, _ids[round % _ids.Length], new Dictionary<string, object?> { [_field] = round % 1000 });
    }

    private static void Wait(SemaphoreSlim seen)
    {
        if (!seen.Wait(TimeSpan.FromSeconds(10)))
        {
            throw new InvalidOperationException("No notification arrived.");
        }
    }

    private sealed class Observer(Action<ChangeNotification> next) : IObserver<ChangeNotification>
    {
        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void OnNext(ChangeNotification value) => next(value);
    }
}
