import Foundation
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
    /// - Parameter progress: called after each file with the number done so far; it may be
    ///   called from any worker thread, never concurrently with itself.
    public func extract(
        _ urls: [URL], progress: (@Sendable (Int) -> Void)? = nil
    ) -> [Result<[Float], FileFormatError>] {
        let results = ResultSlots<Result<[Float], FileFormatError>>(count: urls.count)
        let next = Atomic<Int>(0)
        let done = Mutex<Int>(0)
        let configuration = configuration
        DispatchQueue.concurrentPerform(iterations: min(threads, max(urls.count, 1))) { _ in
            let workspace = FeatureWorkspace(configuration: configuration)
            while true {
                let i = next.add(1, ordering: .relaxed).oldValue
                guard i < urls.count else { break }
                do {
                    results[i] = .success(try workspace.features(of: urls[i]))
                } catch let error as FileFormatError {
                    results[i] = .failure(error)
                } catch {
                    results[i] = .failure(FileFormatError(file: urls[i].path, message: "\(error)"))
                }
                if let progress {
                    done.withLock { count in
                        count += 1
                        progress(count)
                    }
                }
            }
        }
        return results.values
    }
}

/// Slots written by index from several threads, each slot by exactly one thread.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>
    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }
    deinit {
        storage.deinitialize()
        storage.deallocate()
    }
    subscript(index: Int) -> Value {
        get { storage[index]! }
        set { storage[index] = newValue }
    }
    var values: [Value] { storage.map { $0! } }
}
