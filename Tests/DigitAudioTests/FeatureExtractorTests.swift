import Foundation
import Testing
@testable import DigitAudio

/// Many files on all cores: order kept, bad files reported, silence finite.
@Suite struct FeatureExtractorTests {
    @Test func resultsKeepOrderAndReportBadFiles() throws {
        let files = try TestAudioFiles()
        defer { files.remove() }
        let good = try (0..<6).map { try files.write("\($0)_t_0.wav", samples: TestAudioFiles.tone(count: 2000 + 300 * $0, frequency: 200 + 100 * Double($0))) }
        let bad = try files.write("8_t_0.wav", bytes: Array("junk".utf8))
        let silent = try files.write("9_t_0.wav", samples: [Float](repeating: 0, count: 3000))
        let urls = good + [bad, silent]
        let results = FeatureExtractor(threads: 2).extract(urls)
        let single = FeatureWorkspace(configuration: .standard)
        for (url, result) in zip(good, results) {
            #expect(try result.get() == single.features(of: url))
        }
        guard case .failure(let error) = results[6] else { Issue.record("junk decoded"); return }
        #expect(error.file == bad.path)
        let silence = try results[7].get()
        #expect(silence.count == 40 && silence.allSatisfy { $0.isFinite })
    }

    /// Batched extraction equals one file at a time.
    @Test func batchesEqualSingleFiles() throws {
        let files = try TestAudioFiles()
        defer { files.remove() }
        let urls = try (0..<11).map { try files.write("\($0 % 10)_t_\($0).wav", samples: TestAudioFiles.tone(count: 900 + 137 * $0, frequency: 150 + 60 * Double($0))) }
        let single = FeatureWorkspace(configuration: .standard)
        for (url, result) in zip(urls, FeatureExtractor(threads: 2).extract(urls)) {
            #expect(try result.get() == single.features(of: url))
        }
    }

    @Test func progressCountsEveryFile() throws {
        let files = try TestAudioFiles()
        defer { files.remove() }
        let batch = AudioLoader.batchSize, count = 2 * AudioLoader.batchSize + 5
        let urls = try (0..<count).map { try files.write("\($0 % 10)_t_\($0).wav", samples: TestAudioFiles.tone(count: 1000 + $0)) }
        let seen = Counter()
        _ = FeatureExtractor(threads: 2).extract(urls) { seen.record($0) }
        // Two full batches and one of 5, finishing in any order: running totals, each batch reported once.
        let totals = seen.values.sorted()
        #expect(totals.count == 3 && totals.last == count)
        let increments = zip(totals, [0] + totals).map { $0 - $1 }
        #expect(increments.sorted() == [5, batch, batch])
    }
}

/// Collects progress callbacks from worker threads.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Int] = []
    func record(_ value: Int) { lock.withLock { recorded.append(value) } }
    var values: [Int] { lock.withLock { recorded } }
}
