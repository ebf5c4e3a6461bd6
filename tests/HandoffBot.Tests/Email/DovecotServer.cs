using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace HandoffBot.Tests.Email;

/// <summary>
/// A real Dovecot IMAP server (Debian's dovecot-imapd, installed by test.sh) on a free loopback port, with its own
/// configuration, mail and runtime folders under a temp folder and one mailbox user. Customer mail is placed in the
/// mailbox with IMAP APPEND, as a delivery would.
/// </summary>
public sealed class DovecotServer : IDisposable
{
    public const string UserName = "support@example.com";
    public const string Password = "dovecot-test-password";

    private readonly TempDirectory _root = new();
    private readonly Process _process;

    public DovecotServer()
    {
        Port = FreePort();
        var root = _root.Path;
        Directory.CreateDirectory(Path.Combine(root, "run"));
        Directory.CreateDirectory(Path.Combine(root, "mail"));
        File.WriteAllText(Path.Combine(root, "users"), $"{UserName}:{{PLAIN}}{Password}\n");

        // Dovecot never gives mail to uid 0: as root, mail belongs to Debian's dovenull user; otherwise to whoever runs the tests.
        var asRoot = Environment.UserName == "root";
        var mailUser = asRoot ? "dovenull" : Environment.UserName;
        if (asRoot)
        {
            Run("chown", "-R", "dovenull:dovenull", Path.Combine(root, "mail"));
        }

        var internalUsers = asRoot ? string.Empty : $"default_internal_user = {mailUser}\ndefault_login_user = {mailUser}\ndefault_internal_group = {mailUser}\n";
        File.WriteAllText(Path.Combine(root, "dovecot.conf"), $$"""
            protocols = imap
            listen = 127.0.0.1
            base_dir = {{root}}/run
            state_dir = {{root}}/run
            log_path = {{root}}/dovecot.log
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            first_valid_uid = 1
            mail_location = maildir:{{root}}/mail/%u/Maildir
            {{internalUsers}}
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {{root}}/users
            }
            userdb {
              driver = static
              args = uid={{mailUser}} gid={{mailUser}} home={{root}}/mail/%u
            }
            service imap-login {
              chroot =
              inet_listener imap {
                address = 127.0.0.1
                port = {{Port}}
              }
              inet_listener imaps {
                port = 0
              }
            }
            service anvil {
              chroot =
            }
            """);

        _process = Process.Start(new ProcessStartInfo("dovecot", ["-F", "-c", Path.Combine(root, "dovecot.conf")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("dovecot did not start (is dovecot-imapd installed? test.sh installs it).");
        WaitUntilListening();
    }

    public int Port { get; }

    /// <summary>Places <paramref name="message"/> in the support mailbox's inbox, as delivered mail (already read, with <paramref name="flags"/> Seen).</summary>
    public async Task DeliverAsync(MimeMessage message, MessageFlags flags = MessageFlags.None)
    {
        using var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(UserName, Password);
        await client.Inbox.OpenAsync(FolderAccess.ReadWrite);
        await client.Inbox.AppendAsync(message, flags);
        await client.DisconnectAsync(true);
    }

    /// <summary>How many messages in the inbox are still unread (\Seen not set).</summary>
    public async Task<int> UnseenAsync()
    {
        using var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(UserName, Password);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var unseen = await client.Inbox.SearchAsync(MailKit.Search.SearchQuery.NotSeen);
        await client.DisconnectAsync(true);
        return unseen.Count;
    }

    public void Dispose()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
        _root.Dispose();
    }

    private void WaitUntilListening()
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"dovecot exited: {_process.StandardError.ReadToEnd()} {Log()}");
            }

            try
            {
                using var socket = new TcpClient();
                socket.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new TimeoutException($"dovecot did not listen on {Port}: {Log()}");
    }

    private string Log()
    {
        var path = Path.Combine(_root.Path, "dovecot.log");
        return File.Exists(path) ? File.ReadAllText(path) : string.Empty;
    }

    private static void Run(string file, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)) ?? throw new InvalidOperationException($"{file} did not start.");
        process.WaitForExit();
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
