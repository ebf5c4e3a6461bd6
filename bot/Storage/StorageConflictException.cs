namespace HandoffBot.Storage;

/// <summary>
/// A write carried an eTag that no longer matches the stored item: someone else wrote it since it was read.
/// The write was not applied; the caller must re-read and redo its change (see <see cref="ConcurrencyRetryMiddleware"/>).
/// </summary>
public sealed class StorageConflictException : InvalidOperationException
{
    public StorageConflictException(string key, string? expectedETag)
        : base($"Storage eTag conflict on key '{key}': the item changed since it was read (expected eTag '{expectedETag}').")
    {
        Key = key;
        ExpectedETag = expectedETag;
    }

    public StorageConflictException()
        : base("Storage eTag conflict.")
    {
        Key = string.Empty;
    }

    public StorageConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
        Key = string.Empty;
    }

    public string Key { get; }

    public string? ExpectedETag { get; }
}
