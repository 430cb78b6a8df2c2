/// The version of nordic-compare, shown by `--version` and written into every briefing's title block.
package enum NordicCompareVersion {
    /// The current version.
    package static let current = "0.2.0"
}
