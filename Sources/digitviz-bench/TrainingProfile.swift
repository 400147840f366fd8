import DigitAudio
import FoundationEssentials

/// Where the time of `digitviz train CSV --original` goes: the original's recipe (40 mean
/// MFCCs unstandardized, random 80/20 split, validation on the test part, batch 16, 200
/// epochs), with the trainer's stage clock.
func profileTraining(csv: URL) throws {
    let clock = StageClock()
    let table = try FeatureTable(contentsOf: csv)
    clock.lap("read CSV")
    var trainer = Trainer(configuration: TrainingConfiguration(standardize: false, validationFraction: 0))
    trainer.clock = clock
    let result = try trainer.train(on: table, split: .standard)
    let samples = result.model.splitRecord.map { _ in Int((Double(table.count) * 0.8).rounded()) } ?? table.count
    printProfile(String(cFormat: "profile: train --original, %d epochs, about %d samples (kept epoch %d, test accuracy %.4f)",
                        result.history.epochs, samples, result.bestEpoch, result.test?.accuracy ?? .nan),
                 stages: clock.stages, units: result.history.epochs, unit: "epoch")
}
