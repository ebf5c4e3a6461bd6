namespace HandoffBot.Knowledge;

/// <summary>An article file that cannot be read; the message names the file and what is wrong.</summary>
public sealed class KnowledgeFormatException : Exception
{
    public KnowledgeFormatException()
    {
    }

    public KnowledgeFormatException(string message)
        : base(message)
    {
    }

    public KnowledgeFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
