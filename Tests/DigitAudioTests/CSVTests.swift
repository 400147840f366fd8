import Testing
@testable import DigitAudio

@Suite struct CSVTests {
    @Test func quotesOnlyWhenNeeded() {
        #expect(CSV.escape("plain") == "plain")
        #expect(CSV.escape("a,b") == "\"a,b\"")
        #expect(CSV.escape("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSV.line(["1", "x,y", ""]) == "1,\"x,y\",\n")
    }

    @Test func parsesQuotedFieldsLineBreaksAndCRLF() throws {
        let text = "a,b,c\r\n1,\"x,\"\"y\"\"\",3\n\n2,\"two\nlines\",4\n5,,"
        let records = try CSV.records(in: text, file: "t.csv")
        #expect(records == [
            .init(line: 1, fields: ["a", "b", "c"]),
            .init(line: 2, fields: ["1", "x,\"y\"", "3"]),
            .init(line: 4, fields: ["2", "two\nlines", "4"]),
            .init(line: 6, fields: ["5", "", ""]),
        ])
    }

    @Test func unclosedQuoteIsAnError() {
        #expect(throws: FileFormatError(file: "t.csv", line: 2, message: "quoted field is not closed")) {
            try CSV.records(in: "a\n\"open,1\n", file: "t.csv")
        }
    }
}
