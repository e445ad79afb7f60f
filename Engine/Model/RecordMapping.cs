using System.Reflection;

namespace SoftrLite;

/// <summary>
/// The properties of <typeparamref name="T"/> that map to fields, found once per type (an immutable table, not a
/// cache that grows), and the two directions of the mapping.
/// </summary>
internal static class RecordMapping<T>
{
    private static readonly Property[] Properties = typeof(T)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<SoftrFieldAttribute>() is not { Ignore: true })
        .Select(p => new Property(p, p.GetCustomAttribute<SoftrFieldAttribute>()?.Name ?? p.Name))
        .ToArray();

    public static T Read(Record record)
    {
        var item = Activator.CreateInstance<T>()!;
        foreach (var property in Properties)
        {
            if (!property.Info.CanWrite)
            {
                continue;
            }

            if (record.TryIdOf(property.Field, out var id))
            {
                if (record.Fields.TryGetValue(id, out var value))
                {
                    property.Info.SetValue(item, ValueConversion.To(value, property.Info.PropertyType, property.Field));
                }
            }
            else if (property.Field == "Id" && property.Info.PropertyType == typeof(RecordId))
            {
                property.Info.SetValue(item, record.Id);
            }
            else if (property.Field == "Id" && property.Info.PropertyType == typeof(string))
            {
                property.Info.SetValue(item, record.Id.Value);
            }
        }

        return item;
    }

    public static Dictionary<string, object?> Write(T item)
    {
        var values = new Dictionary<string, object?>(Properties.Length, StringComparer.Ordinal);
        foreach (var property in Properties)
        {
            // The record's own ID is not a field value.
            if (property.Info.CanRead && property.Info.PropertyType != typeof(RecordId))
            {
                values[property.Field] = property.Info.GetValue(item);
            }
        }

        return values;
    }

    private sealed record Property(PropertyInfo Info, string Field);
}
