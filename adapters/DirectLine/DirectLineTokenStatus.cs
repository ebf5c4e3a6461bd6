namespace HandoffBot.Adapters.DirectLine;

/// <summary>What a presented token turned out to be.</summary>
public enum DirectLineTokenStatus
{
    /// <summary>Signed by this endpoint and not expired.</summary>
    Valid,

    /// <summary>Signed by this endpoint but past its expiry.</summary>
    Expired,

    /// <summary>Not a token of this endpoint (bad format or signature).</summary>
    Invalid,
}
