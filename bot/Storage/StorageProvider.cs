namespace HandoffBot.Storage;

/// <summary>The database behind bot state and transcripts (<c>HandoffBot:Storage:Provider</c>).</summary>
public enum StorageProvider
{
    Sqlite,
    Postgres,
}
