import CCairo
import FoundationEssentials

/// Collects the bytes a Cairo stream surface or PNG writer emits.
final class ByteSink {
    /// Everything written so far.
    var data = Data()

    /// Cairo's write callback; `closure` is an unretained `ByteSink`.
    static let write: cairo_write_func_t = { closure, bytes, length in
        guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        sink.data.append(bytes, count: Int(length))
        return CAIRO_STATUS_SUCCESS
    }

    /// The pointer to hand Cairo as the callback's closure; valid while `self` lives.
    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}
