import Dispatch
import FoundationEssentials
import Glibc
import Synchronization

/// Computes pooled features for many files on all cores.
public struct FeatureExtractor: Sendable {
    /// The configuration features are computed with.
    public let configuration: FeatureConfiguration
    /// Worker threads; defaults to the number of active processors.
    public let threads: Int

    /// Creates an extractor.
    public init(configuration: FeatureConfiguration = .standard, threads: Int? = nil) {
        self.configuration = configuration
        self.threads = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    /// The feature vector of each file, in order, or the error that file gave.
    ///
    /// Files go to the workers in batches of similar size (see `AudioLoader.batchSize`),
    /// so that recordings resampled together waste little on padding, the largest first, so
    /// that no worker is left with a long batch when the others are done.
    ///
    /// - Parameters:
    ///   - urls: the audio files, in the order of the results.
    ///   - progress: called after each batch with the number of files done so far;
    ///     it may be called from any worker thread, never concurrently with itself.
    public func extract(
        _ urls: [URL], progress: (@Sendable (Int) -> Void)? = nil
    ) -> [Result<[Float], FileFormatError>] {
        extract(urls, augmentations: [.none], progress: progress).map { $0.map { $0[0] } }
    }

    /// For each file, in order, the feature vector of each of `augmentations` applied to it
    /// (see ``FeatureWorkspace/features(ofBatch:augmentations:)``), or the error the file gave.
    public func extract(
        _ urls: [URL], augmentations: [Augmentation], progress: (@Sendable (Int) -> Void)? = nil
    ) -> [Result<[[Float]], FileFormatError>] {
        let results = ResultSlots<Result<[[Float]], FileFormatError>>(count: urls.count)
        let sizes = Self.fileSizes(urls, threads: threads)
        let bySize = urls.indices.sorted { (sizes[$0], $1) > (sizes[$1], $0) }
        let batches = stride(from: 0, to: bySize.count, by: AudioLoader.batchSize).map {
            Array(bySize[$0..<min($0 + AudioLoader.batchSize, bySize.count)])
        }
        let next = Atomic<Int>(0)
        let done = Mutex<Int>(0)
        let configuration = configuration
        DispatchQueue.concurrentPerform(iterations: min(threads, max(batches.count, 1))) { _ in
            let workspace = FeatureWorkspace(configuration: configuration)
            while true {
                let b = next.add(1, ordering: .relaxed).oldValue
                guard b < batches.count else { break }
                let batch = batches[b]
                let batchResults = workspace.features(ofBatch: batch.map { urls[$0] }, augmentations: augmentations)
                for (index, result) in zip(batch, batchResults) {
                    results[index] = result
                }
                if let progress {
                    done.withLock { count in
                        count += batch.count
                        progress(count)
                    }
                }
            }
        }
        return results.values
    }

    /// Each file's size in bytes (0 when it cannot be read), a cheap proxy for its length:
    /// one `stat` per file, in stretches on `threads` threads (thousands of them took a
    /// tenth of the run on one).
    private static func fileSizes(_ urls: [URL], threads: Int) -> [Int] {
        let stretches = urls.count < 256 ? 1 : threads
        let sizes = ResultSlots<Int>(count: urls.count)
        DispatchQueue.concurrentPerform(iterations: stretches) { part in
            for index in urls.count * part / stretches ..< urls.count * (part + 1) / stretches {
                var status = stat()
                sizes[index] = stat(urls[index].path, &status) == 0 ? Int(status.st_size) : 0
            }
        }
        return sizes.values
    }
}
