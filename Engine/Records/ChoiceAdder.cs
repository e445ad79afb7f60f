using SoftrLite.Errors;
using SoftrLite.Fields.Types;
using SoftrLite.Identity;
using SoftrLite.Compiled;
using SoftrLite.Storage;

namespace SoftrLite.Records;

/// <summary>
/// Adds choices to a SELECT field whose <c>allowToAddNewChoice</c> is on, inside the record write's transaction
/// (so a failed write takes the new choice back), once per new label per call.
/// </summary>
internal sealed class ChoiceAdder(WriteScope s, FieldModel field, IdGenerator ids, SoftrQuotas quotas, DateTimeOffset now)
{
    private readonly Dictionary<string, string> _added = new(StringComparer.OrdinalIgnoreCase);

    public string Add(string label)
    {
        if (_added.TryGetValue(label, out var known))
        {
            return known;
        }

        var row = DatabaseStore.GetField(s, field.Num);
        var taken = SelectOptions.StoredChoiceIds(row.Options, out var count);
        if (count >= quotas.ChoicesPerSelect)
        {
            throw SoftrErrors.QuotaExceeded("choices per select field", quotas.ChoicesPerSelect);
        }

        string id;
        do
        {
            id = ids.NewFieldId();
        }
        while (taken.Contains(id));

        row.Options = SelectOptions.WithChoice(row.Options, id, label);
        row.UpdatedAt = Timestamps.ToStored(now);
        DatabaseStore.UpdateField(s, row);
        DatabaseStore.BumpSchemaRevision(s);
        _added[label] = id;
        return id;
    }
}
