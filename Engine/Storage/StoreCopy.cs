namespace SoftrLite.Storage;

/// <summary>A copy of a whole store, made by <see cref="IStore.Copy"/> and put back by <see cref="IStore.RestoreFrom"/>.</summary>
internal abstract class StoreCopy : IDisposable
{
    /// <summary>Frees what the copy holds.</summary>
    public abstract void Dispose();
}
