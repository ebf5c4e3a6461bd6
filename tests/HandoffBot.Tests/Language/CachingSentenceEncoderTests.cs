using HandoffBot.Language;

namespace HandoffBot.Tests.Language;

public sealed class CachingSentenceEncoderTests
{
    [Fact]
    public void A_text_every_reader_asks_for_is_embedded_once()
    {
        var model = new CountingModel();
        var encoder = new CachingSentenceEncoder(model);

        var detection = encoder.EncodeBatch(["how do I reset my password", "how do i reset my password"]);
        var flows = encoder.EncodeBatch(["how do i reset my password", "how do I reset my password"]);
        var knowledge = encoder.Encode("how do I reset my password");

        Assert.Equal(1, model.Calls);
        Assert.Equal(2, model.Texts);
        Assert.Same(detection[0], knowledge);
        Assert.Same(detection[1], flows[0]);
    }

    [Fact]
    public void Only_what_is_missing_goes_to_the_model_in_one_call_and_duplicates_once()
    {
        var model = new CountingModel();
        var encoder = new CachingSentenceEncoder(model);
        encoder.Encode("known");

        var vectors = encoder.EncodeBatch(["new", "known", "new", "other"]);

        Assert.Equal((2, 3), (model.Calls, model.Texts));
        Assert.Same(vectors[0], vectors[2]);
        Assert.Equal([3f, 5f, 3f, 5f], vectors.Select(v => v[0]));
    }

    [Fact]
    public void The_memory_is_bounded()
    {
        var model = new CountingModel();
        var encoder = new CachingSentenceEncoder(model, capacity: 2);
        encoder.EncodeBatch(["a", "b"]);

        encoder.Encode("c");
        encoder.Encode("a");

        // "c" did not fit beside "a" and "b": the memory started over, so "a" was embedded again.
        Assert.Equal(4, model.Texts);
    }

    /// <summary>A stand-in model whose vector is the text's length, counting its calls.</summary>
    private sealed class CountingModel : ISentenceEncoder
    {
        public int Calls { get; private set; }

        public int Texts { get; private set; }

        public int Dimensions => 1;

        public float[] Encode(string text) => EncodeBatch([text])[0];

        public IReadOnlyList<float[]> EncodeBatch(IReadOnlyList<string> texts)
        {
            Calls++;
            Texts += texts.Count;
            return [.. texts.Select(t => new float[] { t.Length })];
        }
    }
}
