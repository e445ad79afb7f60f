namespace SoftrLite.Fields.Types;

/// <summary>Guesses an attachment's MIME type from its file name's extension (a small built-in map).</summary>
internal static class MimeTypes
{
    public const string Default = "application/octet-stream";

    public static string FromFileName(string fileName)
    {
        var dot = fileName.LastIndexOf('.');
        if (dot < 0 || dot == fileName.Length - 1)
        {
            return Default;
        }

        return fileName[(dot + 1)..].ToUpperInvariant() switch
        {
            "PNG" => "image/png",
            "JPG" or "JPEG" => "image/jpeg",
            "GIF" => "image/gif",
            "WEBP" => "image/webp",
            "SVG" => "image/svg+xml",
            "PDF" => "application/pdf",
            "TXT" => "text/plain",
            "CSV" => "text/csv",
            "JSON" => "application/json",
            "ZIP" => "application/zip",
            "MP4" => "video/mp4",
            "MP3" => "audio/mpeg",
            "DOC" => "application/msword",
            "DOCX" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "XLS" => "application/vnd.ms-excel",
            "XLSX" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "PPT" => "application/vnd.ms-powerpoint",
            "PPTX" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            _ => Default,
        };
    }

    /// <summary>A <c>type/subtype</c> shape, parameters allowed after a semicolon; no control characters.</summary>
    public static bool IsMimeType(string type)
    {
        var essence = type.AsSpan();
        var semicolon = essence.IndexOf(';');
        if (semicolon >= 0)
        {
            essence = essence[..semicolon];
        }

        var slash = essence.IndexOf('/');
        return type.Length <= 255
            && slash > 0
            && slash < essence.Length - 1
            && essence[(slash + 1)..].IndexOf('/') < 0
            && !essence.ContainsAny(" \t")
            && !TextChecks.HasControlCharacter(type);
    }
}
