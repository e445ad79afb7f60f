using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>
/// USER: collaborators of the workspace, written by ID or e-mail (ignoring case), as a string or an object with
/// <c>id</c> or <c>email</c>, one or an array; kept as the ID, or a JSON array of IDs when multiple; read as
/// <see cref="Collaborator"/>s, leaving out those no longer in the workspace. No options.
/// </summary>
internal sealed class UserType() : FieldType(FieldTypeNames.User)
{
    private const string Expected =
        "a collaborator of the workspace, by ID or e-mail, as a string or an object with id or email";

    public override bool SupportsMultipleEntries => true;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context) =>
        new OptionsReader(options, context, Name).Build();

    public override ValueFamily FilterFamily(Field field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AllowMultipleEntries ? ValueFamily.MultiUser : ValueFamily.User;
    }

    public override FormulaResultType FormulaType(Field field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AllowMultipleEntries ? FormulaResultType.Array : FormulaResultType.Text;
    }

    public override StoredValue Normalize(FieldInput value, FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = context.CollaboratorIndex;
        if (value.Kind != FieldInputKind.Array)
        {
            var id = Resolve(value, index, context);
            return StoredValue.FromText(context.Field.AllowMultipleEntries ? JsonStrings.Write([id]) : id);
        }

        var ids = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            var id = Resolve(item, index, context);
            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        if (ids.Count == 0)
        {
            // An empty array clears the field (the records layer normally handles that before this).
            return StoredValue.Empty;
        }

        if (!context.Field.AllowMultipleEntries)
        {
            return ids.Count == 1 ? StoredValue.FromText(ids[0]) : throw context.Invalid("a single collaborator", value);
        }

        return StoredValue.FromText(JsonStrings.Write(ids));
    }

    public override object? Decode(StoredValue stored, FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = context.CollaboratorIndex;
        var text = stored.Text!;
        if (!context.Field.AllowMultipleEntries && !JsonStrings.IsArray(text))
        {
            return index.FindById(context.Collaborators, text);
        }

        var found = new List<Collaborator>();
        foreach (var id in JsonStrings.Read(text))
        {
            if (index.FindById(context.Collaborators, id) is { } collaborator)
            {
                found.Add(collaborator);
            }
        }

        // A field switched from multiple to single still holds arrays: it shows their first remaining collaborator.
        if (!context.Field.AllowMultipleEntries)
        {
            return found.Count > 0 ? found[0] : null;
        }

        return found.Count > 0 ? found : null;
    }

    /// <summary>The collaborator ID one item names: a string (an ID first, then an e-mail) or an object with id or email.</summary>
    private static string Resolve(FieldInput item, CollaboratorIndex index, FieldValueContext context)
    {
        Collaborator? found = null;
        if (item.Kind == FieldInputKind.String)
        {
            var text = item.GetString();
            found = index.FindById(context.Collaborators, text) ?? index.FindByEmail(context.Collaborators, text);
        }
        else if (item.Kind == FieldInputKind.Object)
        {
            var id = Property(item, "id", context);
            var email = Property(item, "email", context);
            var byId = id is null ? null : index.FindById(context.Collaborators, id);
            var byEmail = email is null ? null : index.FindByEmail(context.Collaborators, email);

            // With both keys, both must name the same person; a client echoing a read value sends both.
            found = (id, email) switch
            {
                (not null, not null) => byId is not null && byId == byEmail ? byId : null,
                (not null, null) => byId,
                (null, not null) => byEmail,
                _ => null,
            };
        }

        return found?.Id ?? throw context.Invalid(Expected, item);
    }

    /// <summary>A string property of an item object; <see langword="null"/> when absent or JSON null.</summary>
    private static string? Property(FieldInput item, string key, FieldValueContext context)
    {
        if (!item.TryGetProperty(key, out var value) || value.Kind == FieldInputKind.Null)
        {
            return null;
        }

        return value.Kind == FieldInputKind.String ? value.GetString() : throw context.Invalid(Expected, item);
    }
}
