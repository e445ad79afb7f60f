using System.Globalization;

namespace SoftrLite.CrashTest;

/// <summary>
/// What the acknowledgement log promises: replaying acknowledged writes in order gives each batch's size, each known
/// record's Qty, group and deletion, and the formula fields that exist. The last begun write without an
/// acknowledgement (at most one) may have committed or not; after checking, the kill loop settles it with an
/// <c>ack</c> (it committed) or a <c>void</c> (it did not) line, so the next writer's log starts clean.
/// </summary>
internal sealed class Expectations
{
    public Dictionary<string, (int Size, string Group)> Batches { get; } = [];

    public Dictionary<string, double> Qty { get; } = [];

    public Dictionary<string, string> Group { get; } = [];

    public Dictionary<string, int> DeletedPerBatch { get; } = [];

    public HashSet<string> Deleted { get; } = [];

    public HashSet<string> Fields { get; } = [];

    public HashSet<string> DroppedFields { get; } = [];

    public string[]? Pending { get; private set; }

    public int Acknowledged { get; private set; }

    /// <summary>The last acknowledged write, or <see langword="null"/> before the first.</summary>
    public string[]? Last { get; private set; }

    public static Expectations FromLog(string[] lines)
    {
        var expectations = new Expectations();
        string? begun = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("begin ", StringComparison.Ordinal))
            {
                if (begun is not null)
                {
                    throw new InvalidDataException($"Line {i + 1}: a write began before the previous one was acknowledged.");
                }

                begun = line["begin ".Length..];
            }
            else if (line.StartsWith("void ", StringComparison.Ordinal) && line["void ".Length..] == begun)
            {
                begun = null;
            }
            else if (line.StartsWith("ack ", StringComparison.Ordinal) && line["ack ".Length..] == begun)
            {
                expectations.Apply(begun.Split(' '));
                expectations.Acknowledged++;
                expectations.Last = begun.Split(' ');
                begun = null;
            }
            else if (i != lines.Length - 1)
            {
                throw new InvalidDataException($"Line {i + 1} is malformed: '{line}'.");
            }

            // Only the very last line may be cut short by a kill; then the write it names is pending.
        }

        expectations.Pending = begun?.Split(' ');
        return expectations;
    }

    private void Apply(string[] op)
    {
        switch (op[0])
        {
            case "batch":
                Batches[op[1]] = (int.Parse(op[2], CultureInfo.InvariantCulture), op[3]);
                break;
            case "update":
                Qty[op[1]] = double.Parse(op[2], CultureInfo.InvariantCulture);
                break;
            case "updatemany":
                foreach (var id in op[2].Split(','))
                {
                    Qty[id] = double.Parse(op[1], CultureInfo.InvariantCulture);
                }

                break;
            case "relink":
                Group[op[1]] = op[2];
                break;
            case "delete":
                foreach (var pair in op[1].Split(','))
                {
                    var (id, tag) = (pair.Split(':')[0], pair.Split(':')[1]);
                    Deleted.Add(id);
                    DeletedPerBatch[tag] = DeletedPerBatch.GetValueOrDefault(tag) + 1;
                }

                break;
            case "addfield":
                Fields.Add(op[1]);
                DroppedFields.Remove(op[1]);
                break;
            case "dropfield":
                Fields.Remove(op[1]);
                DroppedFields.Add(op[1]);
                break;
            default:
                throw new InvalidDataException($"Unknown write '{op[0]}'.");
        }
    }
}
