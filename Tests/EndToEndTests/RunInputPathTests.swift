import Foundation
@testable import ComparisonRunner
import Testing

/// The paths a run's manifest and snapshot put relative to the project: made absolute and standardised by hand, as
/// `URL.standardizedFileURL` would.
@Suite struct RunInputPathTests {
    @Test(arguments: [
        "/a/b/c.yaml", "a/b.yaml", "./a/./b.yaml", "a/../b.yaml", "/a//b///c.yaml", "../x/y.yaml", "/../a.yaml",
        "a/b/../../c/d.yaml", "config/../plugins/no/plugin.yaml", "/a/b/./../c/",
    ])
    func standardisesAsURLDoes(_ path: String) {
        let working = "/work/project/sub"
        let expected = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: working, isDirectory: true))
            .standardizedFileURL.path.split(separator: "/").map(String.init)
        #expect(RunInputs.components(ofAbsolute: path, from: working) == expected)
    }

    @Test func relativePathsAreTakenFromTheProjectFolder() {
        let inputs = RunInputs(configuration: "/p/config/nordic-compare.yaml", codebook: ["/p/config/themes.yaml"],
                               plugins: ["/p/plugins/no/plugin.yaml", "/p/config/../plugins/no/plugin.yaml"])
        #expect(inputs.root == "/p")
        #expect(inputs.files.map(\.relativePath) == ["config/nordic-compare.yaml", "config/themes.yaml",
                                                     "plugins/no/plugin.yaml"])
    }
}
