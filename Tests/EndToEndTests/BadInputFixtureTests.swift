import Foundation
import Testing

/// Every bad-input fixture under Fixtures/ gives exactly the errors its expected.txt lists (each line is the
/// start of a diagnostic: location, severity and the gist of the message), and no other error.
@Suite(.serialized) struct BadInputFixtureTests {
    @Test(arguments: FixtureProject.names)
    func fixtureGivesItsExpectedDiagnostics(_ name: String) throws {
        let project = try FixtureProject(name)
        let actual = try project.diagnostics()
        if ProcessInfo.processInfo.environment["NORDIC_COMPARE_PRINT_FIXTURES"] == "1" {
            print("=== \(name)\n" + actual.joined(separator: "\n"))
        }
        for line in project.expected {
            #expect(actual.contains { $0.hasPrefix(line) }, "\(name): expected a diagnostic starting with\n  \(line)\ngot\n  \(actual.joined(separator: "\n  "))")
        }
        let errors = actual.filter { $0.contains(": error: ") }
        let expectedErrors = project.expected.filter { $0.contains(": error: ") }
        #expect(errors.count == expectedErrors.count, "\(name): unexpected errors:\n  \(errors.joined(separator: "\n  "))")
    }
}
