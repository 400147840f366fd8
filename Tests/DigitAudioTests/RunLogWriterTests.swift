import Foundation
import Testing
@testable import DigitAudio

@Suite struct RunLogWriterTests {
    @Test func writesCSVLoggerFormatRowByRow() throws {
        let url = try makeTemporaryDirectory().appendingPathComponent("run.log")
        let writer = try RunLogWriter(url: url, metricNames: ["accuracy", "loss", "val_accuracy", "val_loss"])
        #expect(try String(contentsOf: url, encoding: .utf8) == "epoch,accuracy,loss,val_accuracy,val_loss\r\n")
        try writer.append([0.11592592298984528, 8.626298904418945, 0.1, 2.0])
        // Already in the file before the writer is closed: a crash keeps the epoch.
        #expect(try String(contentsOf: url, encoding: .utf8) == """
            epoch,accuracy,loss,val_accuracy,val_loss\r
            0,0.11592592298984528,8.626298904418945,0.1,2.0\r

            """)
        try writer.append([1e-05, .nan, .infinity, 100])
        #expect(writer.nextEpoch == 2)
        try writer.close()
        let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\r\n")
        #expect(lines.last == "")
        #expect(lines[2] == "1,1e-05,nan,inf,100.0")
    }

    @Test func roundTripsThroughTheReader() throws {
        let history = History(
            metricNames: ["accuracy", "loss", "val_accuracy", "val_loss", "lr"],
            values: [
                [0.1, 2.302638292312622, 0.0, .nan, 0.001],
                [0.95, 1e-7, 1.0, .infinity, 1.0 / 3.0],
                [0.9607407450675964, 0.1507331281900406, 0.9766666889190674, 0.12015744298696518, .leastNonzeroMagnitude],
            ])
        let url = try makeTemporaryDirectory().appendingPathComponent("run.log")
        try RunLogWriter.write(history, to: url)
        let read = try RunLogReader.read(contentsOf: url)
        #expect(read.metricNames == history.metricNames)
        #expect(sameValues(read.values, history.values))
    }

    @Test func unwritablePathIsAnErrorNamingTheFile() {
        let url = URL(fileURLWithPath: "/nonexistent-digitviz/run.log")
        let error = fileFormatError { try RunLogWriter(url: url, metricNames: ["loss"]) }
        #expect(error?.description == "/nonexistent-digitviz/run.log: cannot open for writing: No such file or directory")
    }
}
