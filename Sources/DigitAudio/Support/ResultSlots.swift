/// Slots written by index from several threads, each slot by exactly one thread, read
/// in order once they are all written.
final class ResultSlots<Value>: @unchecked Sendable {
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
