using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HandoffBot.Tests.WebChat;

/// <summary>A company's web page on its own origin (<c>http://localhost:port/</c>, a real loopback server, as Chromium only lets loopback pages load from loopback).</summary>
public sealed class CompanySite : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    private CompanySite(string html)
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Address = $"http://localhost:{port}/";
        _listener.Prefixes.Add(Address);
        _listener.Start();
        _serving = ServeAsync(Encoding.UTF8.GetBytes(html));
    }

    public string Address { get; }

    public static CompanySite Start(string html) => new(html);

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _serving;
        _listener.Close();
    }

    private async Task ServeAsync(byte[] page)
    {
        try
        {
            while (_listener.IsListening)
            {
                var context = await _listener.GetContextAsync();
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.OutputStream.WriteAsync(page);
                context.Response.Close();
            }
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // Stopped.
        }
    }
}
