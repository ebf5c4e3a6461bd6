using Microsoft.Extensions.Options;

namespace HandoffBot.Orders;

/// <summary>Stops the start when the order seed file is missing or wrong, naming the key, the file and the entry.</summary>
public sealed class OrdersOptionsValidator : IValidateOptions<OrdersOptions>
{
    public ValidateOptionsResult Validate(string? name, OrdersOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.SeedPath))
        {
            return ValidateOptionsResult.Success;
        }

        try
        {
            OrderSeedFile.Load(options.SeedPath);
            return ValidateOptionsResult.Success;
        }
        catch (InvalidDataException ex)
        {
            return ValidateOptionsResult.Fail(ex.Message);
        }
    }
}
