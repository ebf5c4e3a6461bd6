namespace HandoffBot.Customers;

/// <summary>The customer seed file is missing or wrong; the message names the key, the file and the entry.</summary>
public sealed class CustomerSeedException : Exception
{
    public CustomerSeedException()
    {
    }

    public CustomerSeedException(string message)
        : base(message)
    {
    }

    public CustomerSeedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
