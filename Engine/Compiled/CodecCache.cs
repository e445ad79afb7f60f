using System.Runtime.CompilerServices;
using SoftrLite.Compiled;

namespace SoftrLite.Compiled;

/// <summary>
/// Read codecs, one per table model and collaborator list: preparing a codec parses every field's options, which a
/// read should not repeat. Write codecs are not cached (they carry the write's choice-adding hooks).
/// </summary>
internal sealed class CodecCache(TimeZoneInfo timeZone)
{
    private readonly ConditionalWeakTable<TableModel, Entry> _codecs = [];

    public RecordCodec For(TableModel table, IReadOnlyList<Collaborator> collaborators)
    {
        if (_codecs.TryGetValue(table, out var entry) && ReferenceEquals(entry.Collaborators, collaborators))
        {
            return entry.Codec;
        }

        var codec = new RecordCodec(table, timeZone, collaborators);
        _codecs.AddOrUpdate(table, new Entry(collaborators, codec));
        return codec;
    }

    private sealed record Entry(IReadOnlyList<Collaborator> Collaborators, RecordCodec Codec);
}
