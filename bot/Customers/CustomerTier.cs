namespace HandoffBot.Customers;

/// <summary>A customer's service tier; serialized lowercase (<c>trial</c>, <c>standard</c>, <c>vip</c>, <c>enterprise</c>).</summary>
public enum CustomerTier
{
    Trial,
    Standard,
    Vip,
    Enterprise,
}
