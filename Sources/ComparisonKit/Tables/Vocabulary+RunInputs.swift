extension Vocabulary {
    /// The title of the table of files changed since a run, `run` naming it (its manifest's path).
    package func filesChangedSinceRun(_ run: String) -> String {
        words.format(.filesChangedSinceRun, run)
    }

    /// The title of the table of changes in facts since a run.
    package var changesSinceRun: String {
        words[.changesSinceRun]
    }

    /// The heading of the file paths in the table of changed files.
    package var fileHeading: String { words[.fileHeading] }

    /// What happened to a file.
    package func fileChange(_ kind: InputFileChange.Kind) -> String {
        switch kind {
        case .changed: words[.fileChanged]
        case .added: words[.fileAdded]
        case .removed: words[.fileRemoved]
        }
    }

    /// The legend under the table of changed files; `none` when no file changed.
    package func filesChangedLegend(none: Bool) -> String {
        none ? words[.filesChangedLegendNone]
            : words[.filesChangedLegend]
    }
}
