import Foundation
import Testing
@testable import DigitAudio

@Suite struct CrossValidationTests {
    /// A table like `syntheticTable` but with `speakers` speakers taking turns.
    static func table(speakers: [String], perDigit: Int = 12) -> FeatureTable {
        let base = syntheticTable(perDigit: perDigit)
        var table = FeatureTable(dimension: base.dimension)
        for row in 0..<base.count {
            let recording = base.recordings[row]
            let speaker = speakers[row % speakers.count]
            table.append(features: base.row(row), recording: Recording(
                url: URL(fileURLWithPath: "/data/\(recording.digit)_\(speaker)_\(row).wav"), digit: recording.digit, speaker: speaker, index: row))
        }
        return table
    }

    @Test func validationHoldsOutWholeSpeakersWhenThereAreMany() throws {
        let recordings = Self.table(speakers: (0..<12).map { "s\($0)" }).recordings
        let rows = Array(recordings.indices)
        let (train, validation) = try ValidationSplit(fraction: 0.1, seed: 7).apply(to: rows, of: recordings)
        #expect(Set(train).isDisjoint(with: validation) && train.count + validation.count == rows.count)
        let held = Set(validation.map { recordings[$0].speaker! })
        #expect(held.count == 2)  // 10 recordings each: the fewest whole speakers reaching 12 (10 %)
        #expect(Set(train.map { recordings[$0].speaker! }).isDisjoint(with: held))
        #expect(try ValidationSplit(fraction: 0.1, seed: 7).apply(to: rows, of: recordings).validation == validation)
    }

    @Test func validationIsStratifiedRowsWithFewSpeakers() throws {
        let recordings = syntheticTable(perDigit: 20).recordings  // two speakers
        let (_, validation) = try ValidationSplit(fraction: 0.1, seed: 7).apply(to: Array(recordings.indices), of: recordings)
        for digit in 0..<10 { #expect(validation.filter { recordings[$0].digit == digit }.count == 2) }
        #expect(throws: InputError.self) { try ValidationSplit(fraction: 1, seed: 7).apply(to: [0, 1], of: recordings) }
    }

    @Test func foldsBySpeakerAndStratified() throws {
        let table = Self.table(speakers: ["a", "b", "c"])
        let trainer = Trainer(configuration: TrainingConfiguration(epochs: 1))
        let bySpeaker = try CrossValidation(folds: .bySpeaker, trainer: trainer).makeFolds(of: table.recordings)
        #expect(bySpeaker.map(\.name) == ["a", "b", "c"])
        #expect(bySpeaker.flatMap(\.testRows).sorted() == Array(table.recordings.indices))
        let stratified = try CrossValidation(folds: .stratified(4, seed: 1), trainer: trainer).makeFolds(of: table.recordings)
        #expect(stratified.count == 4 && stratified.flatMap(\.testRows).sorted() == Array(table.recordings.indices))
        for fold in stratified { #expect(Set(fold.testRows.map { table.labels[$0] }).count == 10) }
        // One speaker, or none known: one line saying so.
        #expect(throws: InputError.self) { try CrossValidation(folds: .bySpeaker, trainer: trainer).makeFolds(of: Self.table(speakers: ["a"]).recordings) }
        #expect(throws: InputError.self) { try CrossValidation(folds: .stratified(1, seed: 1), trainer: trainer).makeFolds(of: table.recordings) }
    }

    /// Every recording is scored exactly once, by a model that never trained on it, and
    /// the same seed gives the same report.
    @Test func scoresEveryRecordingOnceOnUnseenData() throws {
        let table = Self.table(speakers: ["a", "b", "c"])
        var configuration = TrainingConfiguration(epochs: 30, batchSize: 8, learningRate: 0.01, seed: 3)
        configuration.hiddenLayers = smallArchitecture().hidden
        let crossValidation = CrossValidation(folds: .bySpeaker, trainer: Trainer(configuration: configuration))
        let report = try crossValidation.run(on: table, featureConfiguration: .standard, threads: 2)
        #expect(report.results.map(\.name) == ["a", "b", "c"])
        #expect(report.summedConfusion.total == table.count)
        #expect(report.results.allSatisfy { $0.recordings == 40 })
        #expect(report.meanAccuracy > 0.5, "separable synthetic digits: \(report.meanAccuracy)")
        #expect(try crossValidation.run(on: table, featureConfiguration: .standard, threads: 1) == report)
    }

    @Test func aDigitMissingFromAFoldsTrainingPartIsNamed() throws {
        var table = Self.table(speakers: ["a", "b"])
        // Digit 9 only from speaker a: holding a out leaves no 9 to train on.
        let keep = table.recordings.indices.filter { table.labels[$0] != 9 || table.recordings[$0].speaker == "a" }
        table = table.subset(keep)
        let crossValidation = CrossValidation(folds: .bySpeaker, trainer: Trainer(configuration: TrainingConfiguration(epochs: 1)))
        #expect(throws: InputError("fold a: no training recordings of digit(s) 9 outside it")) {
            try crossValidation.run(on: table, featureConfiguration: .standard)
        }
    }
}
