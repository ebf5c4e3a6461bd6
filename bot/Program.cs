using HandoffBot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddHandoffBot();

var app = builder.Build();

// `dotnet run --project bot -- transcripts ...` runs an operator command instead of the web host.
if (await app.RunCommandLineAsync(args))
{
    return;
}

app.MapHandoffBot();

await app.RunAsync();

/// <summary>Entry point; public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
