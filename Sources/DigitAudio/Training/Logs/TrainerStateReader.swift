/// Reads Hugging Face `trainer_state.json`: its `log_history`, a list of entries each with
/// `step`, a fractional `epoch` and the values logged then.
///
/// Training entries hold `loss`, `learning_rate`, `grad_norm` (and whatever else was logged,
/// such as TRL's `rewards/…`); evaluation entries hold `eval_*`. With several evaluation
/// sets (`eval_dataset` a dict), keys are `eval_{set}_{metric}`: a set is any `{set}` for
/// which `eval_{set}_loss` exists, and its metrics form the split `validation {set}`.
/// Timings (`*_runtime`, `*_per_second`), `total_flos` and the final summary entry (the
/// one with `train_runtime`) are skipped.
enum TrainerStateReader {
    /// Whether a JSON object is a trainer state.
    static func recognises(_ object: [String: JSONValue]) -> Bool { object["log_history"]?.array != nil }

    /// Reads a trainer state's JSON object; `name` is used in messages.
    static func read(_ object: [String: JSONValue], name: String) throws -> History {
        let entries = (object["log_history"]?.array ?? []).compactMap(\.object)
            .filter { $0["train_runtime"] == nil }
        let keys = Set(entries.flatMap(\.keys))
        let evalSets = keys.compactMap { key -> String? in
            guard key.hasPrefix("eval_"), key.hasSuffix("_loss"), key.count > "eval__loss".count else { return nil }
            return String(key.dropFirst("eval_".count).dropLast("_loss".count))
        }.sorted { $0.count > $1.count }
        var history = History()
        history.epochNumbering = .epochsDone
        for entry in entries {
            let step = entry["step"].flatMap(LogJSON.number) ?? .nan
            let epoch = entry["epoch"].flatMap(LogJSON.number) ?? .nan
            for key in entry.keys.sorted() where !isBookkeeping(key) {
                guard let value = entry[key].flatMap(LogJSON.number) else { continue }
                let (family, split) = naming(of: key, evalSets: evalSets)
                history.record(key, value: value, epoch: epoch, step: step, family: family, split: split)
            }
        }
        guard !history.isEmpty else {
            throw FileFormatError(file: name, message: "log_history holds no scalars: expected entries such as {\"step\": 10, \"loss\": 0.5}")
        }
        return history
    }

    private static func isBookkeeping(_ key: String) -> Bool {
        ["epoch", "step", "total_flos", "num_input_tokens_seen"].contains(key)
            || key.hasSuffix("_runtime") || key.hasSuffix("_per_second")
    }

    /// Family and split of a key, evaluation sets included.
    private static func naming(of key: String, evalSets: [String]) -> (String, String) {
        guard key.hasPrefix("eval_") else {
            let parsed = MetricName.parse(key)
            return (parsed.family, parsed.split)
        }
        let rest = String(key.dropFirst("eval_".count))
        if let set = evalSets.first(where: { rest.hasPrefix($0 + "_") }) {
            return (MetricName.parse(String(rest.dropFirst(set.count + 1))).family, "\(MetricName.validation) \(set)")
        }
        return (MetricName.parse(rest).family, MetricName.validation)
    }
}
