namespace SoftrLite.CrashTest;

/// <summary>
/// The writer's log: <c>begin …</c> before a write, <c>ack …</c> once it committed, each line flushed to disk at once.
/// An acknowledged write must survive any kill; only the last begun write may be in either state.
/// </summary>
internal sealed class AckLog : IDisposable
{
    private readonly FileStream _stream;
    private readonly StreamWriter _writer;

    public AckLog(string directory)
    {
        _stream = new FileStream(Path.Combine(directory, CrashWorld.AckFile), FileMode.Append, FileAccess.Write, FileShare.Read);
        _writer = new StreamWriter(_stream) { AutoFlush = false };
    }

    public void Begin(string operation) => Write("begin " + operation);

    public void Ack(string operation) => Write("ack " + operation);

    /// <summary>Settles the pending write after a kill: acknowledged if it committed, void if it did not.</summary>
    public static void Settle(string directory, string[] operation, bool committed)
    {
        using var log = new AckLog(directory);
        log.Write((committed ? "ack " : "void ") + string.Join(' ', operation));
    }

    public void Dispose() => _writer.Dispose();

    /// <summary>Drops a last line a kill cut short (the write it names had not begun, or is settled afterwards).</summary>
    public static void TrimPartialLine(string directory)
    {
        var path = Path.Combine(directory, CrashWorld.AckFile);
        if (!File.Exists(path))
        {
            return;
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.Length > 0 && bytes[^1] != (byte)'\n')
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
            stream.SetLength(Array.LastIndexOf(bytes, (byte)'\n') + 1);
        }
    }

    public static string[] Read(string directory)
    {
        var path = Path.Combine(directory, CrashWorld.AckFile);
        return File.Exists(path) ? File.ReadAllLines(path).Where(l => l.Length > 0).ToArray() : [];
    }

    private void Write(string line)
    {
        _writer.Write(line + "\n");
        _writer.Flush();
        _stream.Flush(flushToDisk: true);
    }
}
