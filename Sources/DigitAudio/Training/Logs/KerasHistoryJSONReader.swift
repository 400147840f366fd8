/// Reads Keras' `History.history` saved as JSON (`json.dump(history.history, f)`): a dict
/// of metric names to lists of per-epoch values.
///
/// Keys whose value is not a list of numbers (run metadata such as a timestamp or class
/// names) are ignored, and so are number lists shorter than the longest (phase boundaries
/// and the like): the metrics are the lists of the run's length. `NaN` and `Infinity` as
/// Python writes them read as numbers.
enum KerasHistoryJSONReader {
    /// The metric lists of a JSON object: name and values, in key order.
    static func metricLists(_ object: [String: JSONValue]) -> [(name: String, values: [Double])] {
        let lists = object.keys.sorted().compactMap { key -> (String, [Double])? in
            guard let list = object[key]?.array, !list.isEmpty else { return nil }
            let numbers = list.compactMap(LogJSON.number)
            return numbers.count == list.count ? (key, numbers) : nil
        }
        let length = lists.map(\.1.count).max() ?? 0
        return lists.filter { $0.1.count == length }
    }

    /// Whether a JSON object holds metric lists.
    static func recognises(_ object: [String: JSONValue]) -> Bool { !metricLists(object).isEmpty }

    /// Reads the metric lists as a per-epoch history.
    static func read(_ object: [String: JSONValue]) -> History {
        let lists = metricLists(object)
        let length = lists.first?.values.count ?? 0
        return History(metricNames: lists.map(\.name), values: (0..<length).map { row in lists.map { $0.values[row] } })
    }
}
