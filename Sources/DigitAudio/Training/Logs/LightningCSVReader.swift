/// Reads PyTorch Lightning's `CSVLogger` file (`metrics.csv`): a header naming `step`,
/// usually `epoch`, and every logged metric; one row per `log_metrics` call, so training,
/// validation and learning-rate rows come apart, each with only its own cells filled.
///
/// Every non-empty cell is a point at its row's step and epoch (`nan` cells included: they
/// are gaps). Rows without an epoch (`LearningRateMonitor`'s) get the epoch of the first
/// later step that has one. Names keep their `_step`/`_epoch` suffixes and `/`; pairing is
/// left to ``MetricName``. Validation after training (`trainer.validate` after `fit`) is kept
/// apart (``History/separatingEvaluationsAfterTraining()``).
enum LightningCSVReader {
    /// Whether a CSV header has a `step` column.
    static func recognises(header: [String]) -> Bool { header.contains("step") }

    /// Parses the records of a whole file; `name` is used in error messages.
    static func parse(_ records: [CSV.Record], name: String) throws -> History {
        guard let header = records.first?.fields, let stepColumn = header.firstIndex(of: "step") else {
            throw FileFormatError(file: name, message: "no 'step' column in the header")
        }
        let epochColumn = header.firstIndex(of: "epoch")
        var history = History()
        for record in records.dropFirst() {
            let row = record.fields
            guard row.count <= header.count else {
                throw FileFormatError(file: name, line: record.line, message: "expected \(header.count) fields, found \(row.count)")
            }
            let step = Double(row[stepColumn]) ?? .nan
            let epoch = epochColumn.flatMap { $0 < row.count ? Double(row[$0]) : nil } ?? .nan
            for (column, field) in row.enumerated() where column != stepColumn && column != epochColumn && !field.isEmpty {
                guard let value = CSVLogParser.number(field) else {
                    throw FileFormatError(file: name, line: record.line, message: "'\(header[column])' is not a number: '\(field)'")
                }
                history.record(header[column], value: value, epoch: epoch, step: step)
            }
        }
        guard !history.isEmpty else {
            throw FileFormatError(file: name, message: "no metrics: the header has no values after it")
        }
        return StepEpochMap(history: history).filling(history).separatingEvaluationsAfterTraining()
    }
}
