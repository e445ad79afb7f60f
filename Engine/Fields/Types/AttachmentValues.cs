using System.Buffers;
using System.Text;
using System.Text.Json;

namespace SoftrLite.Fields.Types;

/// <summary>Reads written ATTACHMENT items and keeps them as a JSON array of <c>{"url","filename","type","size"}</c>.</summary>
internal static class AttachmentValues
{
    public const string Expected =
        "a file: an http(s) URL, or an object {url, filename (or name), type, size}";

    private const int MaxFileNameLength = 255;
    private const double MaxSize = 9_007_199_254_740_992; // 2^53: the largest whole number a JSON reader keeps exactly.

    public static Attachment Read(FieldInput item, FieldValueContext context)
    {
        if (item.Kind == FieldInputKind.String)
        {
            return FromUrl(item, item.GetString(), null, null, null, context);
        }

        if (item.Kind != FieldInputKind.Object)
        {
            throw context.Invalid(Expected, item);
        }

        foreach (var key in item.PropertyNames())
        {
            if (key is not ("url" or "filename" or "name" or "type" or "size"))
            {
                throw context.Invalid(Expected + $"; the key '{key}' is not one of them", item);
            }
        }

        var url = Text(item, "url", context) ?? throw context.Invalid(Expected, item);
        var fileName = Text(item, "filename", context) ?? Text(item, "name", context);
        return FromUrl(item, url, fileName, Text(item, "type", context), Size(item, context), context);
    }

    public static string Write(IReadOnlyList<Attachment> files)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var file in files)
            {
                writer.WriteStartObject();
                writer.WriteString("url", file.Url);
                writer.WriteString("filename", file.Filename);
                writer.WriteString("type", file.Type);
                if (file.Size is { } size)
                {
                    writer.WriteNumber("size", size);
                }
                else
                {
                    writer.WriteNull("size");
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static List<Attachment> Parse(string stored)
    {
        using var document = JsonDocument.Parse(stored);
        var files = new List<Attachment>();
        foreach (var file in document.RootElement.EnumerateArray())
        {
            var size = file.TryGetProperty("size", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt64() : (long?)null;
            files.Add(new Attachment(
                file.GetProperty("url").GetString()!,
                file.GetProperty("filename").GetString()!,
                file.GetProperty("type").GetString()!,
                size));
        }

        return files;
    }

    private static Attachment FromUrl(FieldInput item, string url, string? fileName, string? type, long? size, FieldValueContext context)
    {
        url = url.Trim();
        if (!TextChecks.IsHttpUrl(url, out var uri))
        {
            throw context.Invalid(Expected + " with an absolute http or https URL", item);
        }

        // An empty file name or type is read as not given, so the default is filled in.
        fileName = fileName?.Trim() is { Length: > 0 } given ? given : null;
        if (fileName is not null && (fileName.Length > MaxFileNameLength || TextChecks.HasControlCharacter(fileName)))
        {
            throw context.Invalid($"a file name of at most {MaxFileNameLength} characters on one line", item);
        }

        type = type?.Trim() is { Length: > 0 } mime ? mime : null;
        if (type is not null && !MimeTypes.IsMimeType(type))
        {
            throw context.Invalid("a MIME type such as image/png", item);
        }

        fileName ??= DefaultFileName(uri!);
        return new Attachment(url, fileName, type ?? MimeTypes.FromFileName(fileName), size);
    }

    /// <summary>The URL's last path segment, unescaped when that gives a plain name; "file" when there is none.</summary>
    private static string DefaultFileName(Uri uri)
    {
        var path = uri.AbsolutePath;
        var segment = path[(path.LastIndexOf('/') + 1)..];
        var name = Uri.UnescapeDataString(segment);
        if (name.AsSpan().ContainsAny('/', '\\') || TextChecks.HasControlCharacter(name))
        {
            name = segment;
        }

        name = name.Trim();
        return name.Length is 0 or > MaxFileNameLength ? "file" : name;
    }

    private static string? Text(FieldInput item, string key, FieldValueContext context)
    {
        if (!item.TryGetProperty(key, out var value) || value.Kind == FieldInputKind.Null)
        {
            return null;
        }

        return value.Kind == FieldInputKind.String ? value.GetString() : throw context.Invalid(Expected, item);
    }

    private static long? Size(FieldInput item, FieldValueContext context)
    {
        if (!item.TryGetProperty("size", out var value) || value.Kind == FieldInputKind.Null)
        {
            return null;
        }

        if (!value.TryGetNumber(out var size) || size < 0 || size > MaxSize || size != Math.Floor(size))
        {
            throw context.Invalid("a size that is a whole number of bytes, 0 or more", item);
        }

        return (long)size;
    }
}
