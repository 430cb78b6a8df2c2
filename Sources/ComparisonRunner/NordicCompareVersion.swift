/// The version of nordic-compare, shown by `--version` and written into every briefing's title block.
public enum NordicCompareVersion {
    /// The current version.
    public static let current = "0.2.0"
}
