using System.ClientModel;
using System.ClientModel.Primitives;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using OpenAI;

namespace HandoffBot.Knowledge.Generative;

/// <summary>
/// Rewords a confident knowledge match into a short answer through an OpenAI-compatible chat endpoint
/// (<see cref="IChatClient"/>). The model sees only the matched article's best passages and the question, and must say
/// <see cref="NotInSources"/> when they do not answer it. Returns null whenever the passage answer should be shown
/// instead: off, the model does not know, or the call fails or times out (never an error for the customer).
/// </summary>
public sealed class GenerativeAnswerer : IDisposable
{
    /// <summary>What the model replies, exactly, when the passages do not contain the answer.</summary>
    public const string NotInSources = "NOT_IN_SOURCES";

    public const string SystemPrompt =
        "You are the support team of Tasklane, answering a customer in a chat. Answer ONLY from the numbered help-center " +
        "passages in the user's message; never use anything else you know, never guess. Be brief (at most three short " +
        "sentences or a short list), friendly and direct, in the support team's voice. End with the article you used, as " +
        "'Source: [title](url)'. If the passages do not contain the answer, reply exactly " + NotInSources + " and nothing else.";

    private readonly GenerativeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<GenerativeAnswerer> _logger;
    private readonly IChatClient? _client;

    public GenerativeAnswerer(IOptions<GenerativeOptions> options, TimeProvider time, ILogger<GenerativeAnswerer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _logger = logger;
        if (_options.Enabled)
        {
            var clientOptions = new OpenAIClientOptions
            {
                Endpoint = new Uri(_options.Endpoint!),
                // The customer is waiting: one attempt, then the passage answer (retries would multiply the wait).
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = _options.Timeout,
            };
            // Local OpenAI-compatible servers often need no key, but the client insists on one.
            var key = string.IsNullOrEmpty(_options.ApiKey) ? "unused" : _options.ApiKey;
            _client = new OpenAI.Chat.ChatClient(_options.Model, new ApiKeyCredential(key), clientOptions).AsIChatClient();
        }
    }

    public bool Enabled => _client is not null;

    /// <summary>The answer in Markdown, ending with the cited article's source link; null to show the passage instead.</summary>
    public async Task<string?> AnswerAsync(string question, KnowledgeMatch match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(match);
        if (_client is null || string.IsNullOrWhiteSpace(question))
        {
            return null;
        }

        using var timeout = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        string text;
        try
        {
            var response = await _client.GetResponseAsync(
                [new ChatMessage(ChatRole.System, SystemPrompt), new ChatMessage(ChatRole.User, UserPrompt(question, Passages(match), match.Article))],
                new ChatOptions { Temperature = 0, MaxOutputTokens = 400 },
                linked.Token);
            text = response.Text?.Trim() ?? string.Empty;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Any failure (HTTP error, timeout, malformed reply) falls back to the passage: the customer still gets an answer.
            _logger.LogWarning(ex, "Generative answer for article {ArticleId} failed; answering with the passage instead", match.Article.Id);
            return null;
        }

        if (text.Length == 0 || text.Contains(NotInSources, StringComparison.OrdinalIgnoreCase))
        {
            _logger.LogInformation("The model found no answer in article {ArticleId}; answering with the passage instead", match.Article.Id);
            return null;
        }

        return WithSource(text, match.Article);
    }

    public void Dispose() => (_client as IDisposable)?.Dispose();

    /// <summary>The best passage first, then the article's other passages in order, up to <see cref="GenerativeOptions.MaxPassages"/>.</summary>
    private List<KnowledgePassage> Passages(KnowledgeMatch match)
    {
        var all = match.Article.Passages;
        // The match may quote a shortened passage: the article's own passage (whole) is the one with its heading and start.
        var start = match.Passage is { } quoted ? quoted.Text[..Math.Min(40, quoted.Text.Length)] : null;
        var best = start is null ? -1 : all.ToList().FindIndex(p => p.Heading == match.Passage!.Heading && p.Text.StartsWith(start, StringComparison.Ordinal));
        var ordered = best < 0 ? all : all.Skip(best).Take(1).Concat(all.Where((_, i) => i != best)).ToList();
        var selected = ordered.Take(_options.MaxPassages).ToList();
        return selected.Count > 0 || match.Passage is not { } only ? selected : [only];
    }

    private static string UserPrompt(string question, IReadOnlyList<KnowledgePassage> passages, KnowledgeArticle article)
    {
        var prompt = new StringBuilder();
        prompt.AppendLine("Help-center passages:");
        for (var i = 0; i < passages.Count; i++)
        {
            prompt.AppendLine();
            prompt.AppendLine(CultureInfo.InvariantCulture, $"[{i + 1}] Article: {article.Title} ({article.Url ?? "no link"})");
            if (!string.IsNullOrEmpty(passages[i].Heading))
            {
                prompt.AppendLine(CultureInfo.InvariantCulture, $"Section: {passages[i].Heading}");
            }

            prompt.AppendLine(passages[i].Text);
        }

        prompt.AppendLine();
        prompt.Append(CultureInfo.InvariantCulture, $"Customer's question: {question.Trim()}");
        return prompt.ToString();
    }

    // The reply always ends with the link of the article the model was given: kept when the model put it last; a last
    // "Source" line naming anything else (an invented link) is replaced; otherwise the link is appended.
    private static string WithSource(string text, KnowledgeArticle article)
    {
        var marker = article.Url ?? article.Title;
        var body = text.TrimEnd();
        var cut = body.LastIndexOf('\n');
        var last = body[(cut + 1)..].Trim();
        if (last.StartsWith("Source", StringComparison.OrdinalIgnoreCase))
        {
            if (last.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return body;
            }

            body = cut < 0 ? string.Empty : body[..cut].TrimEnd();
        }

        return body.Length == 0 ? KnowledgeMessages.Source(article) : body + "\n\n" + KnowledgeMessages.Source(article);
    }
}
