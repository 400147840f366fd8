import Foundation

/// Makes Cairo's SVG output depend only on what was drawn.
///
/// Cairo numbers some SVG ids from process-wide counters (`surface12`, `image7`, …), so the
/// same drawing made twice in one process differs. The normaliser renames every `id` to
/// its prefix and order of first definition (`surface1`, `glyph1`, `image1`, …) and rewrites
/// the references (`#id`, `url(#id)`) to match. Cairo draws text as glyph outlines, not
/// text; the normaliser adds the figure's title as an SVG `<title>` element so the file says
/// what it shows (to screen readers, search and tests).
public enum SVGNormalizer {
    /// Returns `svg` with canonical ids and, when `title` is given, a `<title>` element as the
    /// first child of the root `<svg>` element.
    public static func normalize(_ svg: Data, title: String?) -> Data {
        guard var text = String(data: svg, encoding: .utf8) else { return svg }
        text = renumberIDs(text)
        if let title, let root = text.range(of: "<svg"),
           let end = text.range(of: ">", range: root.upperBound..<text.endIndex) {
            text.insert(contentsOf: "\n<title>\(escaped(title))</title>", at: end.upperBound)
        }
        return Data(text.utf8)
    }

    private static let definition = try! NSRegularExpression(pattern: #"\bid="([^"]+)""#)
    /// A name directly after `id="`, `"#` (an `href`) or `(#` (a `url()`).
    private static let use = try! NSRegularExpression(pattern: ##"(\bid="|"#|\(#)([^"')\s]+)"##)

    /// Renames ids in order of definition and rewrites every attribute value that names one.
    private static func renumberIDs(_ text: String) -> String {
        let source = text as NSString
        var names: [String: String] = [:]
        var counts: [String: Int] = [:]
        for match in definition.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            let old = source.substring(with: match.range(at: 1))
            guard names[old] == nil else { continue }
            let prefix = String(old.prefix { $0.isLetter })
            counts[prefix, default: 0] += 1
            names[old] = "\(prefix)\(counts[prefix]!)"
        }
        guard !names.isEmpty else { return text }
        var result = ""
        result.reserveCapacity(source.length)
        var cursor = 0
        for match in use.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            let nameRange = match.range(at: 2)
            guard let new = names[source.substring(with: nameRange)] else { continue }
            result += source.substring(with: NSRange(location: cursor, length: nameRange.location - cursor))
            result += new
            cursor = nameRange.location + nameRange.length
        }
        result += source.substring(from: cursor)
        return result
    }

    /// `text` with XML's special characters escaped.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
