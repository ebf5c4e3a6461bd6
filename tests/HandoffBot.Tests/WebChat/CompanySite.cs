using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HandoffBot.Tests.WebChat;

/// <summary>A company's web page on its own origin (<c>http://localhost:port/</c>, a real loopback server, as Chromium only lets loopback pages load from loopback).</summary>
public sealed class CompanySite : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    private readonly Func<HttpListenerContext, Task<bool>>? _routes;

    private CompanySite(string html, Func<HttpListenerContext, Task<bool>>? routes)
    {
        _routes = routes;
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

    /// <summary>Serves <paramref name="html"/> for every path <paramref name="routes"/> (the site's own endpoints) does not answer.</summary>
    public static CompanySite Start(string html, Func<HttpListenerContext, Task<bool>>? routes = null) => new(html, routes);

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
                if (_routes is not null && await _routes(context))
                {
                    context.Response.Close();
                    continue;
                }

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
