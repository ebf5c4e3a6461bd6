using System.Buffers;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace HandoffBot.Tests.Email;

/// <summary>A real SMTP server (the SmtpServer package) in the test process: every mail the bot sends is received here.</summary>
public sealed class SmtpSink : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly SmtpServer.SmtpServer _server;
    private readonly Store _store = new();

    public SmtpSink()
    {
        Port = DovecotServer.FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _server = new SmtpServer.SmtpServer(options, services);
        _ = _server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>The next <paramref name="count"/> mails are refused with <paramref name="code"/> (4xx: try later, 5xx: never) and not kept.</summary>
    public void Refuse(int count, int code) => _store.Refuse(count, code);

    public IReadOnlyList<MimeMessage> Received
    {
        get
        {
            lock (_store.Messages)
            {
                return [.. _store.Messages];
            }
        }
    }

    /// <summary>The first mail received that matches, waiting for it (a failure lists what did arrive).</summary>
    public async Task<MimeMessage> WaitForAsync(Func<MimeMessage, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            if (Received.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("No matching mail reached the SMTP server. Received: " + string.Join(" | ", Received.Select(m => $"{m.To} {m.Subject} in-reply-to {m.InReplyTo}: {m.TextBody}")));
    }

    public void Dispose()
    {
        _stop.Cancel();
        _server.Shutdown();
        _stop.Dispose();
    }

    private sealed class Store : MessageStore
    {
        private int _refusals;
        private int _code;

        public List<MimeMessage> Messages { get; } = [];

        public void Refuse(int count, int code)
        {
            _code = code;
            Volatile.Write(ref _refusals, count);
        }

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref _refusals) >= 0)
            {
                return new SmtpResponse((SmtpReplyCode)_code, "refused by the test");
            }

            Interlocked.Exchange(ref _refusals, 0);
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            lock (Messages)
            {
                Messages.Add(message);
            }

            return SmtpResponse.Ok;
        }
    }
}
