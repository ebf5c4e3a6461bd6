using HandoffBot.Language;
using HandoffBot.Tests.Handoff.Detection;

namespace HandoffBot.Tests.Language;

[Collection(DetectionModelCollection.Name)]
public sealed class SentenceEncoderTests(DetectionModelFixture model)
{
    [Fact]
    public void Vectors_have_384_dimensions_and_unit_length()
    {
        var vector = model.Encoder.Encode("I want to talk to a human");

        Assert.Equal(384, vector.Length);
        Assert.Equal(model.Encoder.Dimensions, vector.Length);
        Assert.Equal(1.0, Math.Sqrt(vector.Sum(x => (double)x * x)), 3);
    }

    [Fact]
    public void A_paraphrase_is_nearer_than_an_unrelated_sentence()
    {
        var vectors = model.Encoder.EncodeBatch(["I want to talk to a human", "can I speak with a real person", "how do I export my data"]);

        Assert.True(SemanticRanker.Similarity(vectors[0], vectors[1]) > SemanticRanker.Similarity(vectors[0], vectors[2]) + 0.2);
    }

    [Fact]
    public void A_batch_gives_the_same_vectors_as_single_calls()
    {
        string[] texts = ["refund please", "my account was hacked and my password no longer works", ""];
        var batch = model.Encoder.EncodeBatch(texts);

        Assert.Equal(texts.Length, batch.Count);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.True(SemanticRanker.Similarity(batch[i], model.Encoder.Encode(texts[i])) > 0.999, texts[i]);
        }
    }

    [Fact]
    public void Parallel_callers_get_the_same_vectors()
    {
        var expected = model.Encoder.Encode("where is my order");
        var results = new float[16][];

        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => results[i] = model.Encoder.Encode("where is my order"));

        Assert.All(results, r => Assert.True(SemanticRanker.Similarity(expected, r) > 0.9999));
    }

    [Fact]
    public void An_empty_batch_gives_no_vectors()
    {
        Assert.Empty(model.Encoder.EncodeBatch([]));
    }
}
