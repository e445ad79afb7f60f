namespace SoftrLite.Compiled;

/// <summary>Stands in for a stored field whose type this engine was not given: its text reads, nothing writes it.</summary>
internal sealed class UnregisteredFieldType(string name) : FieldType(name)
{
    public override bool IsReadOnly => true;

    public override System.Text.Json.JsonElement NormalizeOptions(System.Text.Json.JsonElement options, FieldOptionsContext context) => options;
}
