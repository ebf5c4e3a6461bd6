using System.ComponentModel.DataAnnotations;

namespace HandoffBot.Hosting;

/// <summary>Limits of <c>POST /api/messages</c> (section <c>HandoffBot:Messages</c>).</summary>
public sealed class MessagesEndpointOptions
{
    public const string SectionName = "HandoffBot:Messages";

    /// <summary>Largest activity accepted, in bytes; larger requests get 413 before any parsing.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;
}
