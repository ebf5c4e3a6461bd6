using MimeKit;
using Microsoft.Extensions.Options;

namespace HandoffBot.Adapters.Email;

/// <summary>Off without an address; with one, every key the mailbox needs is required, and a missing one is named.</summary>
public sealed class EmailOptionsValidator : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!MailboxAddress.TryParse(options.Address, out _) || !options.Address!.Contains('@', StringComparison.Ordinal))
        {
            failures.Add($"{EmailOptions.SectionName}:Address must be an email address, e.g. support@example.com.");
        }

        foreach (var (key, value) in new[] { ("ImapHost", options.ImapHost), ("SmtpHost", options.SmtpHost), ("UserName", options.UserName), ("Password", options.Password) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                failures.Add($"{EmailOptions.SectionName}:{key} is required when {EmailOptions.SectionName}:Address is set.");
            }
        }

        if (options.ImapPort is < 1 or > 65535 || options.SmtpPort is < 1 or > 65535)
        {
            failures.Add($"{EmailOptions.SectionName}:ImapPort and :SmtpPort must be between 1 and 65535.");
        }

        if (string.IsNullOrWhiteSpace(options.Folder))
        {
            failures.Add($"{EmailOptions.SectionName}:Folder must name a folder, e.g. INBOX.");
        }

        if (options.PollInterval < TimeSpan.FromSeconds(1) || options.MaxRetryDelay < TimeSpan.FromSeconds(1))
        {
            failures.Add($"{EmailOptions.SectionName}:PollInterval and :MaxRetryDelay must be at least one second, e.g. 00:00:30.");
        }

        if (options.MaxMessageBytes < 1024)
        {
            failures.Add($"{EmailOptions.SectionName}:MaxMessageBytes must be at least 1024.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
