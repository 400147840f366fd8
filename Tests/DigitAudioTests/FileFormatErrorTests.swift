import Foundation
import Testing
@testable import DigitAudio

@Suite struct FileFormatErrorTests {
    @Test func describesFileLineAndMessage() {
        #expect(FileFormatError(file: "run.log", line: 17, message: "expected 5 fields, found 3").description
            == "run.log:17: expected 5 fields, found 3")
        #expect(FileFormatError(file: "run.log", message: "the file is empty").localizedDescription
            == "run.log: the file is empty")
    }

    @Test func givesTheSystemReasonOfAFailedOperation() {
        let error = FileFormatError(url: URL(fileURLWithPath: "/tmp/x.wav"), cannot: "read", because: POSIXError(.EACCES))
        #expect(error.description == "/tmp/x.wav: cannot read: Permission denied")
    }
}
