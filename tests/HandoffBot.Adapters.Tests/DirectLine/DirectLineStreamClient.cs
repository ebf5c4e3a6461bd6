using System.Net.WebSockets;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Adapters.Tests.DirectLine;

/// <summary>A Direct Line stream reader: collects every activity the WebSocket delivers, and the last watermark.</summary>
public sealed class DirectLineStreamClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Activity> _received = [];
    private readonly SemaphoreSlim _changed = new(0);
    private Task _reading = Task.CompletedTask;

    public string? Watermark { get; private set; }

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseReason => _socket.CloseStatusDescription;

    public IReadOnlyList<Activity> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    public static async Task<DirectLineStreamClient> ConnectAsync(string streamUrl)
    {
        var client = new DirectLineStreamClient();
        await client._socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        client._reading = client.ReadAsync();
        return client;
    }

    /// <summary>Waits until an activity matching <paramref name="match"/> arrives (10 s at most).</summary>
    public async Task<Activity> WaitForAsync(Func<Activity, bool> match, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            if (Received.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            try
            {
                await _changed.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The stream never delivered {what}; got: {string.Join(" | ", Received.Select(a => a.Type + ":" + a.Text))}");
            }
        }
    }

    /// <summary>Waits until the server closes the socket.</summary>
    public async Task WaitForCloseAsync() => await _reading.WaitAsync(TimeSpan.FromSeconds(20));

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, _stop.Token);
                    await message.WriteAsync(buffer.AsMemory(0, result.Count));
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                var text = Encoding.UTF8.GetString(message.ToArray());
                if (text.Length == 0)
                {
                    continue;
                }

                var set = JObject.Parse(text);
                lock (_received)
                {
                    _received.AddRange(set["activities"]!.ToObject<List<Activity>>()!);
                }

                Watermark = (string?)set["watermark"] ?? Watermark;
                _changed.Release();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closed.
        }

        _changed.Release();
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
            {
                // Best effort.
            }
        }

        // The reader ends when the server answers the close; the cancel is the fallback.
        _stop.CancelAfter(TimeSpan.FromSeconds(5));
        await _reading;
        _socket.Dispose();
        _stop.Dispose();
    }
}
