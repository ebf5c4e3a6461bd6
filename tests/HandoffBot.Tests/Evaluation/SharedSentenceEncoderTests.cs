using HandoffBot.Language;

namespace HandoffBot.Tests.Evaluation;

/// <summary>
/// Every bot host in a test process embeds through <see cref="SharedSentenceEncoder"/>; these tests hold it to what
/// makes that safe: it answers exactly as the model does, and no caller can change another caller's vectors.
/// </summary>
public sealed class SharedSentenceEncoderTests
{
    [Fact]
    public void Remembered_vectors_are_the_models_own_in_the_order_asked()
    {
        string[] texts = ["where is my order", "I want to talk to a human", "where is my order", ""];

        var shared = SharedSentenceEncoder.Instance.EncodeBatch(texts);
        var again = SharedSentenceEncoder.Instance.EncodeBatch(texts);
        var model = SharedSentenceEncoder.Instance.Model.EncodeBatch(texts);

        Assert.Equal(texts.Length, shared.Count);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.True(SemanticRanker.Similarity(shared[i], model[i]) > 0.9999, texts[i]);
            Assert.Equal(shared[i], again[i]);
        }

        Assert.True(SemanticRanker.Similarity(shared[0], shared[1]) < 0.9);
    }

    [Fact]
    public void A_caller_that_changes_its_vector_does_not_change_the_next_callers()
    {
        var first = SharedSentenceEncoder.Instance.Encode("cancel my subscription");
        var expected = (float[])first.Clone();

        Array.Clear(first);

        Assert.Equal(expected, SharedSentenceEncoder.Instance.Encode("cancel my subscription"));
    }
}
