import Foundation
import TestSupport

extension GoldenFiles {
    /// Expected renderer output, `Golden/<format>/<file>` next to this file, read from its copy in the test bundle.
    static let renderers = GoldenFiles(
        sourceFolder: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden"),
        readFolder: Bundle.module.resourceURL?.appendingPathComponent("Golden"),
        name: "Tests/BriefingRenderersTests/Golden", testTarget: "BriefingRenderersTests")
}
