namespace SoftrLite;

/// <summary>A file attached to a record, by URL (nothing is downloaded).</summary>
/// <param name="Url">Where the file is.</param>
/// <param name="Filename">Its name; by default the last segment of the URL.</param>
/// <param name="Type">Its MIME type; by default guessed from the file name's extension.</param>
/// <param name="Size">Its size in bytes, when the writer gave it.</param>
public sealed record Attachment(string Url, string Filename, string Type, long? Size);
