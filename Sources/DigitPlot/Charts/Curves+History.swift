import DigitAudio
import FoundationEssentials

extension Curves {
    /// One chart per metric family of one run (accuracy, loss, learning rate and every other
    /// metric, each with its validation and other splits), marking the epoch of lowest
    /// validation loss when there is one.
    public static func all(for history: History) -> [(metric: String, chart: Curves)] {
        all(for: [Run(label: "", history: history)])
    }

    /// One chart per metric family found in any of `runs` with at least one finite value,
    /// in order of first appearance; with `metric`, only that family (or the family of the
    /// series named `metric`).
    public static func all(
        for runs: [Run], metric: String? = nil, xAxis: XAxis? = nil, smoothing: Double = 0, logY: Bool = false
    ) -> [(metric: String, chart: Curves)] {
        var seen = Set<String>()
        // A family without one finite value would be empty axes: it gets no chart.
        var families = runs.flatMap(\.history.families).filter { family in
            seen.insert(family).inserted
                && runs.contains { $0.history.series(inFamily: family).contains { $0.values.contains(where: \.isFinite) } }
        }
        if let metric {
            let named = runs.lazy.compactMap { $0.history[metric]?.family }.first
            families = families.filter { $0 == metric || $0 == named }
        }
        return families.map { family in
            let logScale = logY && (family.lowercased().contains("loss") || family == MetricName.learningRate)
            return (family, Curves(runs: runs, metric: family, xAxis: xAxis, smoothing: smoothing, logY: logScale))
        }
    }

    /// A file name (without extension) for each metric family, safe to join to an output
    /// folder: characters other than letters, digits, `-`, `_` and `.` become `_`, leading
    /// dots are dropped (no `..`, no hidden files), the length is capped, an empty result is
    /// `metric`, and names that collide (also ignoring case) get `-2`, `-3`, ….
    public static func fileNames(for metrics: [String]) -> [String] {
        var used = Set<String>()
        return metrics.map { metric in
            let safe = String(metric.unicodeScalars.map { scalar -> Character in
                ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                    || "-_.".unicodeScalars.contains(scalar)
                    ? Character(scalar) : "_"
            })
            var base = String(safe.drop { $0 == "." }.prefix(100))
            if base.isEmpty { base = "metric" }
            var name = base
            var counter = 2
            while !used.insert(name.lowercased()).inserted {
                name = "\(base)-\(counter)"
                counter += 1
            }
            return name
        }
    }
}

extension Curves.Run {
    /// Legend names for runs read from `paths`: each file's name without extension (a
    /// folder's name for a folder), with the parent folder's name before it when two runs
    /// would otherwise share a name (`version_0/metrics`, `version_1/metrics`).
    public static func labels(forPaths paths: [String]) -> [String] {
        let urls = paths.map { URL(fileURLWithPath: $0).standardizedFileURL }
        let short = urls.map { url in
            url.hasDirectoryPath || url.pathExtension.isEmpty ? url.lastPathComponent : url.deletingPathExtension().lastPathComponent
        }
        return zip(urls, short).map { url, name in
            short.filter { $0 == name }.count > 1 ? "\(url.deletingLastPathComponent().lastPathComponent)/\(name)" : name
        }
    }
}
