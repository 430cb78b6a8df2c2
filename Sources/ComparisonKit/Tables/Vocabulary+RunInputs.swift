extension Vocabulary {
    /// The title of the table of files changed since a run, `run` naming it (its manifest's path).
    package func filesChangedSinceRun(_ run: String) -> String {
        pick("Files changed since the run of \(run)", "Filer endret siden kjøringen i \(run)",
             "Filer ændret siden kørslen i \(run)")
    }

    /// The title of the table of changes in facts since a run.
    package var changesSinceRun: String {
        pick("Changes in facts since that run", "Endringer i fakta siden den kjøringen", "Ændringer i fakta siden den kørsel")
    }

    /// The heading of the file paths in the table of changed files.
    package var fileHeading: String { pick("File", "Fil", "Fil") }

    /// What happened to a file.
    package func fileChange(_ kind: InputFileChange.Kind) -> String {
        switch kind {
        case .changed: pick("changed", "endret", "ændret")
        case .added: pick("added", "lagt til", "tilføjet")
        case .removed: pick("removed", "fjernet", "fjernet")
        }
    }

    /// The legend under the table of changed files; `none` when no file changed.
    package func filesChangedLegend(none: Bool) -> String {
        none ? pick("No plugin, codebook or configuration file changed since that run.",
                    "Ingen plugin-, kodebok- eller konfigurasjonsfil er endret siden den kjøringen.",
                    "Ingen plugin-, kodebogs- eller konfigurationsfil er ændret siden den kørsel.")
            : pick("Paths are relative to the project; the changes in facts follow.",
                   "Stiene er relative til prosjektet; endringene i fakta følger.",
                   "Stierne er relative til projektet; ændringerne i fakta følger.")
    }
}
