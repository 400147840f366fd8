import Glibc

package extension String {
    /// Text formatted by C's `printf` rules (`vsnprintf`), as `String(format:)` formats
    /// numbers: `String(cFormat: "%.1f s", 2.25)` is `"2.2 s"`.
    ///
    /// The process keeps C's default locale, so the decimal point is always `.`. Only C's
    /// conversions exist (no `%@`): interpolate strings around the formatted numbers.
    init(cFormat format: String, _ arguments: any CVarArg...) {
        let length = Swift.max(0, Int(withVaList(arguments) { vsnprintf(nil, 0, format, $0) }))
        self.init(unsafeUninitializedCapacity: length + 1) { buffer in
            withVaList(arguments) { list in
                buffer.withMemoryRebound(to: CChar.self) { _ = vsnprintf($0.baseAddress, length + 1, format, list) }
            }
            return length
        }
    }
}
