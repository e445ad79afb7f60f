using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>
/// ATTACHMENT: files by URL (nothing is downloaded), written as a URL string or an object
/// <c>{url, filename|name, type, size}</c>, one or an array (one only when multiple entries are off); the file name
/// defaults to the URL's last segment and the type is guessed from its extension. Kept as a JSON array of
/// <c>{"url","filename","type","size"}</c>, read as <see cref="Attachment"/>s; several by default.
/// </summary>
internal sealed class AttachmentType() : FieldType(FieldTypeNames.Attachment)
{
    private static readonly string[] ShowAs = ["PREVIEW", "LIST", "BADGE"];
    private static readonly string[] FileTypes = ["IMAGE", "VIDEO", "PDF", "AUDIO", "OTHER"];
    private static readonly string[] Units = ["HOURS", "MINUTES"];

    public override bool SupportsMultipleEntries => true;

    public override bool DefaultAllowMultipleEntries => true;

    public override ValueFamily FilterFamily(Field field) => ValueFamily.Attachment;

    public override FormulaResultType FormulaType(Field field) => FormulaResultType.Array;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        var reader = new OptionsReader(options, context, Name);
        reader.Enum("showAs", ShowAs, "PREVIEW");
        reader.Enum("inferredFileType", FileTypes);
        reader.Bool("enableFileLinkExpiration", false);
        reader.Int("fileLinkExpirationValue", 1, 100_000);
        reader.Enum("fileLinkExpirationUnit", Units);
        return reader.Build();
    }

    public override StoredValue Normalize(FieldInput value, FieldValueContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (value.Kind != FieldInputKind.Array)
        {
            return StoredValue.FromText(AttachmentValues.Write([AttachmentValues.Read(value, context)]));
        }

        var files = new List<Attachment>();
        foreach (var item in value.EnumerateArray())
        {
            if (files.Count == 1 && !context.Field.AllowMultipleEntries)
            {
                throw context.Invalid("a single file (the field does not allow multiple entries)", value);
            }

            files.Add(AttachmentValues.Read(item, context));
        }

        return files.Count > 0 ? StoredValue.FromText(AttachmentValues.Write(files)) : StoredValue.Empty;
    }

    public override object? Decode(StoredValue stored, FieldValueContext context)
    {
        var files = AttachmentValues.Parse(stored.Text!);
        return files.Count > 0 ? files : null;
    }
}
