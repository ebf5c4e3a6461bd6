using HandoffBot.Handoff.Detection;
using HandoffBot.Language;
using HandoffBot.Tests.Handoff.Detection;

namespace HandoffBot.Tests.Language;

[Collection(DetectionModelCollection.Name)]
public sealed class SoftmaxClassifierTests(DetectionModelFixture model)
{
    [Fact]
    public void Trained_on_the_pool_it_labels_the_held_out_utterances_it_never_saw()
    {
        var pool = ExamplePool.Shipped();
        var classifier = Train(pool.Training);
        var vectors = model.Shared.EncodeBatch([.. pool.HeldOut.Select(e => e.Text)]);

        var correct = pool.HeldOut.Where((e, i) => classifier.Predict(vectors[i])[0].Label == e.Label).Count();

        Assert.True(correct >= 0.85 * pool.HeldOut.Count, $"{correct} of {pool.HeldOut.Count} held-out utterances labelled right");
    }

    [Fact]
    public void Probabilities_cover_every_label_sum_to_one_and_come_most_likely_first()
    {
        var classifier = Train(ExamplePool.Shipped().Training);

        var predicted = classifier.Predict(model.Shared.Encode("is there anybody I can actually talk to"));

        Assert.Equal(classifier.Labels.Count, predicted.Count);
        Assert.Equal(1.0, predicted.Sum(p => p.Probability), 3);
        Assert.Equal("human-request", predicted[0].Label);
        Assert.True(predicted.Zip(predicted.Skip(1)).All(pair => pair.First.Probability >= pair.Second.Probability));
    }

    [Fact]
    public void Calibrated_on_utterances_it_never_saw_its_probabilities_fit_them_better()
    {
        var pool = ExamplePool.Shipped();
        var trained = Train(pool.Training);
        var vectors = model.Shared.EncodeBatch([.. pool.HeldOut.Select(e => e.Text)]);

        var calibrated = trained.Calibrate([.. pool.HeldOut.Select((e, i) => (vectors[i], e.Label))]);

        Assert.NotEqual(1f, calibrated.Temperature);
        Assert.True(LogLoss(calibrated) < LogLoss(trained), $"log loss {LogLoss(calibrated):0.000} calibrated, {LogLoss(trained):0.000} as trained");
        Assert.Equal(trained.Predict(vectors[0])[0].Label, calibrated.Predict(vectors[0])[0].Label);

        double LogLoss(SoftmaxClassifier classifier) =>
            pool.HeldOut.Select((e, i) => -Math.Log(classifier.Predict(vectors[i]).First(p => p.Label == e.Label).Probability)).Average();
    }

    [Fact]
    public void Training_needs_two_labels_and_vectors_of_one_size()
    {
        Assert.Throws<ArgumentException>(() => SoftmaxClassifier.Train([(new float[4], "a"), (new float[4], "a")]));
        Assert.Throws<ArgumentException>(() => SoftmaxClassifier.Train([(new float[4], "a"), (new float[3], "b")]));
    }

    private SoftmaxClassifier Train(IReadOnlyList<LabeledExample> examples)
    {
        var vectors = model.Shared.EncodeBatch([.. examples.Select(e => e.Text)]);
        return SoftmaxClassifier.Train([.. examples.Select((e, i) => (vectors[i], e.Label))]);
    }
}
