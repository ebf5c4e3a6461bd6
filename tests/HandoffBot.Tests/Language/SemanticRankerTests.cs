using HandoffBot.Language;
using HandoffBot.Tests.Handoff.Detection;

namespace HandoffBot.Tests.Language;

[Collection(DetectionModelCollection.Name)]
public sealed class SemanticRankerTests(DetectionModelFixture model)
{
    private static readonly string[] Sentences =
    [
        "how do I export my data",
        "I want to talk to a human",
        "my invoice shows the wrong VAT number",
        "can I speak with a real person",
    ];

    [Fact]
    public void The_nearest_sentences_come_best_first_with_their_cosines()
    {
        var ranker = new SemanticRanker(model.Encoder.EncodeBatch(Sentences));
        var query = model.Encoder.Encode("let me chat with a person please");

        var nearest = ranker.Nearest(query, 2);

        Assert.Equal([1, 3], nearest.Select(n => n.Row).Order());
        Assert.True(nearest[0].Score >= nearest[1].Score);
        Assert.Equal(ranker.Score(query, nearest[0].Row), nearest[0].Score);
    }

    [Fact]
    public void Scoring_all_rows_gives_each_rows_cosine()
    {
        var vectors = model.Encoder.EncodeBatch(Sentences);
        var ranker = new SemanticRanker(vectors);
        var query = model.Encoder.Encode("where can I download a copy of my projects");
        var scores = new float[ranker.Count];

        ranker.ScoreAll(query, scores);

        Assert.Equal(0, Array.IndexOf(scores, scores.Max()));
        for (var row = 0; row < vectors.Count; row++)
        {
            Assert.Equal(SemanticRanker.Similarity(query, vectors[row]), scores[row]);
        }
    }

    [Fact]
    public void A_vector_of_another_size_is_refused_when_the_ranker_is_built()
    {
        var error = Assert.Throws<ArgumentException>(() => new SemanticRanker([new float[384], new float[128]]));

        Assert.Contains("Vector 1 has 128 dimensions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Asking_for_more_neighbours_than_there_are_gives_them_all()
    {
        var ranker = new SemanticRanker(model.Encoder.EncodeBatch(Sentences));

        Assert.Equal(4, ranker.Nearest(model.Encoder.Encode("hello"), 10).Count);
        Assert.Empty(new SemanticRanker([]).Nearest(model.Encoder.Encode("hello"), 3));
    }
}
