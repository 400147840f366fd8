import Testing
@testable import digitviz

@Test func placeholderdigitviz() { #expect(Bool(true)) }
