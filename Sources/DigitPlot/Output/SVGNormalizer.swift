import FoundationEssentials

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
        if let title, let root = text.firstRange(of: "<svg"), let end = text[root.upperBound...].firstIndex(of: ">") {
            text.insert(contentsOf: "\n<title>\(escaped(title))</title>", at: text.index(after: end))
        }
        return Data(text.utf8)
    }

    /// Renames ids in order of definition and rewrites every attribute value that names one.
    private static func renumberIDs(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        func string(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        var names: [String: String] = [:]
        var counts: [String: Int] = [:]
        for range in SVGNames.definitions(in: scalars) {
            let old = string(range)
            guard names[old] == nil else { continue }
            let prefix = String(old.prefix { $0.isLetter })
            counts[prefix, default: 0] += 1
            names[old] = "\(prefix)\(counts[prefix]!)"
        }
        guard !names.isEmpty else { return text }
        var result = String.UnicodeScalarView()
        var cursor = 0
        for range in SVGNames.uses(in: scalars) {
            guard let new = names[string(range)] else { continue }
            result.append(contentsOf: scalars[cursor..<range.lowerBound])
            result.append(contentsOf: new.unicodeScalars)
            cursor = range.upperBound
        }
        result.append(contentsOf: scalars[cursor...])
        return String(result)
    }

    /// `text` with XML's special characters escaped.
    static func escaped(_ text: String) -> String {
        text.replacing("&", with: "&amp;")
            .replacing("<", with: "&lt;")
            .replacing(">", with: "&gt;")
            .replacing("\"", with: "&quot;")
    }
}
