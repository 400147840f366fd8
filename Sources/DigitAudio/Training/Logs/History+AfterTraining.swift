extension History {
    /// The history with validation points logged after training ended (Lightning's
    /// `trainer.validate` after `fit`, in an epoch past the last training epoch) moved into a
    /// series of their own, split `validation (after training)`, so that they neither extend
    /// the validation curve nor count for the best epoch. Without epochs, it is unchanged.
    func separatingEvaluationsAfterTraining() -> History {
        let trainEpochs = series.filter { $0.split.hasPrefix(MetricName.train) && $0.family != MetricName.learningRate }
            .flatMap(\.epochs).filter(\.isFinite)
        guard let lastTrainingEpoch = trainEpochs.max() else { return self }
        var result = History()
        var after: [MetricSeries] = []
        for item in series {
            guard item.split == MetricName.validation, item.epochs.contains(where: { $0 > lastTrainingEpoch }) else {
                result.add(item)
                continue
            }
            var during = MetricSeries(name: item.name, family: item.family, split: item.split)
            var later = MetricSeries(name: item.name + " (after training)", family: item.family,
                                     split: MetricName.validation + " (after training)")
            for index in 0..<item.count {
                let (value, epoch, step) = (item.values[index], item.epochs[index], item.steps[index])
                if epoch > lastTrainingEpoch { later.append(value, epoch: epoch, step: step) } else { during.append(value, epoch: epoch, step: step) }
            }
            result.add(during)
            after.append(later)
        }
        for item in after { result.add(item) }
        return result
    }
}
