/// The sentences findings are written in, per reader language (en, nb, da).
///
/// Theme coverage is the plugin author's coding of cited components, so every theme sentence says "coded as
/// covering", never "covers" or "does not cover"; an unknown is a gap, never a "no".
struct FindingsPhrases {
    let language: LanguageCode

    init(_ language: LanguageCode) { self.language = Vocabulary(language).language }

    private func pick(_ en: String, _ nb: String, _ da: String) -> String {
        switch language {
        case "nb": return nb
        case "da": return da
        default: return en
        }
    }

    /// At most this many names are written in one sentence; the basis lists every cell.
    static let namesPerSentence = 8

    /// "A, B and C", cut after `namesPerSentence` names with "and 3 more".
    func list(_ items: [String]) -> String {
        var shown = Array(items.prefix(Self.namesPerSentence))
        let rest = items.count - shown.count
        if rest > 0 { shown.append(pick("\(rest) more", "\(rest) til", "\(rest) mere")) }
        guard shown.count > 1 else { return shown.first ?? "" }
        return shown.dropLast().joined(separator: ", ") + " " + pick("and", "og", "og") + " " + shown.last!
    }

    var title: String { pick("Findings", "Funn", "Resultater") }

    var keyTitle: String { pick("Key findings", "Hovedfunn", "Hovedresultater") }

    var restsOn: String { pick("Rests on", "Bygger på", "Bygger på") }

    private func conditions(_ conditions: [String]) -> String {
        conditions.isEmpty ? pick("all initiatives", "alle tiltak", "alle initiativer")
            : conditions.joined(separator: pick(" and ", " og ", " og "))
    }

    private func initiatives(_ count: Int) -> String {
        count == 1 ? pick("1 initiative", "1 tiltak", "1 initiativ")
            : pick("\(count) initiatives", "\(count) tiltak", "\(count) initiativer")
    }

    func selected(_ conditions: [String], count: Int, asOf: String?) -> String {
        let date = asOf.map { ", " + Vocabulary(language).asOf($0) } ?? ""
        return pick("Selected: \(self.conditions(conditions)) (\(initiatives(count)))\(date).",
                    "Valgt: \(self.conditions(conditions)) (\(initiatives(count)))\(date).",
                    "Valgt: \(self.conditions(conditions)) (\(initiatives(count)))\(date).")
    }

    func comparedWith(_ conditions: [String], count: Int) -> String {
        pick("Compared with: \(self.conditions(conditions)) (\(initiatives(count))).",
             "Sammenlignet med: \(self.conditions(conditions)) (\(initiatives(count))).",
             "Sammenlignet med: \(self.conditions(conditions)) (\(initiatives(count))).")
    }

    var legend: String {
        pick("Computed from the cited cells of the tables; numbers in brackets cite the sources below. Theme coverage "
             + "is the plugin authors' coding of cited components, so a theme not coded is not proof that an "
             + "initiative leaves it out; a fact no source states is a gap, never a no.",
             "Beregnet fra de kildebelagte cellene i tabellene; tall i hakeparentes viser til kildene nedenfor. Tematisk "
             + "dekning er programtilleggsforfatternes koding av kildebelagte komponenter, så et tema som ikke er kodet, "
             + "beviser ikke at et tiltak utelater det; et faktum ingen kilde oppgir, er et hull, aldri et nei.",
             "Beregnet ud fra de kildebelagte celler i tabellerne; tal i kantet parentes henviser til kilderne nedenfor. "
             + "Tematisk dækning er plugin-forfatternes kodning af kildebelagte komponenter, så et tema, der ikke er "
             + "kodet, beviser ikke, at et initiativ udelader det; et faktum, som ingen kilde oplyser, er et hul, aldrig "
             + "et nej.")
    }

    // MARK: Themes

    func sharedThemes(_ themes: [String], count: Int) -> String {
        pick("All \(count) selected initiatives are coded as covering \(list(themes)).",
             "Alle de \(count) valgte tiltakene er kodet som å dekke \(list(themes)).",
             "Alle \(count) valgte initiativer er kodet som dækkende \(list(themes)).")
    }

    func noSharedTheme(count: Int) -> String {
        pick("No theme is coded as covered by all \(count) selected initiatives.",
             "Ingen tema er kodet som dekket av alle de \(count) valgte tiltakene.",
             "Intet tema er kodet som dækket af alle \(count) valgte initiativer.")
    }

    func uncoded(_ names: [String]) -> String {
        pick("No theme coding is recorded for \(list(names)), so they are left out of theme comparisons.",
             "Ingen tematisk koding er registrert for \(list(names)), så de er holdt utenfor sammenligningen av temaer.",
             "Ingen tematisk kodning er registreret for \(list(names)), så de er holdt uden for sammenligningen af temaer.")
    }

    func singleThemes(_ name: String, themes: [String]) -> String {
        pick("Only \(name) is coded as covering \(list(themes)).",
             "Bare \(name) er kodet som å dekke \(list(themes)).",
             "Kun \(name) er kodet som dækkende \(list(themes)).")
    }

    func groupDifference(_ themes: [String], covered: String, notCovered: String) -> String {
        pick("\(covered) is coded as covering \(list(themes)); \(notCovered) is coded as covering none of them.",
             "\(covered) er kodet som å dekke \(list(themes)); \(notCovered) er ikke kodet som å dekke noen av dem.",
             "\(covered) er kodet som dækkende \(list(themes)); \(notCovered) er ikke kodet som dækkende nogen af dem.")
    }

    func groupNoDifference(covered: String, notCovered: String) -> String {
        pick("\(covered) is coded as covering no theme that \(notCovered) is not also coded as covering.",
             "\(covered) er ikke kodet som å dekke noe tema som \(notCovered) ikke også er kodet som å dekke.",
             "\(covered) er ikke kodet som dækkende noget tema, som \(notCovered) ikke også er kodet som dækkende.")
    }

    func group(_ names: [String], conditions: [String]) -> String {
        let described = self.conditions(conditions)
        return pick("the group \(described) (\(list(names)))", "gruppen \(described) (\(list(names)))",
                    "gruppen \(described) (\(list(names)))")
    }

    // MARK: Involvement

    func groupName(_ group: InvolvementGroup) -> String {
        switch group {
        case .socialPartners:
            return pick("the social partners (trade unions and employers' organisations)",
                        "partene i arbeidslivet (fagforeninger og arbeidsgiverorganisasjoner)",
                        "arbejdsmarkedets parter (fagforeninger og arbejdsgiverorganisationer)")
        case .business: return pick("business", "næringslivet", "erhvervslivet")
        case .municipalities: return pick("the municipal sector", "kommunesektoren", "kommunerne")
        case .academia: return pick("academia", "akademia", "forskningen")
        }
    }

    func involvement(_ group: InvolvementGroup, involved: [String], of total: Int) -> String {
        pick("\(involved.count) of \(total) selected initiatives \(involved.count == 1 ? "involves" : "involve") \(groupName(group)) among their cited participants: \(list(involved)).",
             "\(involved.count) av \(total) valgte tiltak har \(groupName(group)) blant de kildebelagte deltakerne: \(list(involved)).",
             "\(involved.count) af \(total) valgte initiativer har \(groupName(group)) blandt de kildebelagte deltagere: \(list(involved)).")
    }

    func noInvolvement(_ group: InvolvementGroup, of total: Int) -> String {
        pick("None of the \(total) selected initiatives lists \(groupName(group)) among its cited participants.",
             "Ingen av de \(total) valgte tiltakene har \(groupName(group)) blant de kildebelagte deltakerne.",
             "Ingen af de \(total) valgte initiativer har \(groupName(group)) blandt de kildebelagte deltagere.")
    }

    func participantsNotRecorded(_ names: [String]) -> String {
        pick("No participants are recorded for \(list(names)), so who takes part there is unknown.",
             "Ingen deltakere er registrert for \(list(names)), så hvem som deltar der, er ukjent.",
             "Ingen deltagere er registreret for \(list(names)), så hvem der deltager dér, er ukendt.")
    }

    // MARK: Budgets

    func ranking(_ ranked: [String], basis: String) -> String {
        pick("Budgets \(basis), largest first: \(ranked.joined(separator: "; ")).",
             "Budsjetter \(basis), størst først: \(ranked.joined(separator: "; ")).",
             "Budgetter \(basis), størst først: \(ranked.joined(separator: "; ")).")
    }

    func single(_ entry: String, basis: String) -> String {
        pick("The only budget \(basis) is \(entry).", "Det eneste budsjettet \(basis) er \(entry).",
             "Det eneste budget \(basis) er \(entry).")
    }

    func basis(currency: String, perYear: Bool, priceBasis: String) -> String {
        let unit = perYear ? pick("\(currency) per year", "\(currency) per år", "\(currency) pr. år") : currency
        return pick("in \(unit), \(priceBasis)", "i \(unit), \(priceBasis)", "i \(unit), \(priceBasis)")
    }

    func basesDiffer(_ count: Int) -> String {
        pick("These budgets are in \(count) different currencies or price bases and are not compared across them.",
             "Budsjettene er i \(count) ulike valutaer eller prisgrunnlag og sammenlignes ikke på tvers av dem.",
             "Budgetterne er i \(count) forskellige valutaer eller prisgrundlag og sammenlignes ikke på tværs af dem.")
    }

    func notRanked(_ entries: [String]) -> String {
        pick("Not ranked, as no exact amount is stated: \(list(entries)).",
             "Ikke rangert, fordi ikke noe eksakt beløp er oppgitt: \(list(entries)).",
             "Ikke rangeret, da intet præcist beløb er oplyst: \(list(entries)).")
    }

    func notConverted(_ entries: [String]) -> String {
        pick("Not ranked, as they could not be converted: \(list(entries)).",
             "Ikke rangert, fordi de ikke kunne regnes om: \(list(entries)).",
             "Ikke rangeret, da de ikke kunne omregnes: \(list(entries)).")
    }

    func budgetGaps(_ names: [String]) -> String {
        pick("No budget is stated in the sources for \(list(names)).",
             "Kildene oppgir ikke noe budsjett for \(list(names)).",
             "Kilderne oplyser intet budget for \(list(names)).")
    }

    // MARK: Periods

    func allRunTogether(_ count: Int, span: String) -> String {
        pick("All \(count) selected initiatives with a stated period run during \(span).",
             "Alle de \(count) valgte tiltakene med oppgitt periode løper i \(span).",
             "Alle \(count) valgte initiativer med oplyst periode løber i \(span).")
    }

    func mostRunTogether(_ names: [String], span: String, of total: Int) -> String {
        pick("The most selected initiatives running at once are \(names.count) of \(total), during \(span): \(list(names)).",
             "Flest valgte tiltak løper samtidig i \(span): \(names.count) av \(total), \(list(names)).",
             "Flest valgte initiativer løber samtidig i \(span): \(names.count) af \(total), \(list(names)).")
    }

    func periodEnds(_ entries: [String]) -> String {
        pick("Periods end: \(entries.joined(separator: "; ")).", "Periodene slutter: \(entries.joined(separator: "; ")).",
             "Perioderne slutter: \(entries.joined(separator: "; ")).")
    }

    func openEnded(_ names: [String]) -> String {
        pick("No end is set for \(list(names)).", "Ingen slutt er fastsatt for \(list(names)).",
             "Ingen slutning er fastsat for \(list(names)).")
    }

    func endUnknown(_ names: [String]) -> String {
        pick("The sources do not state when \(list(names)) end.", "Kildene oppgir ikke når \(list(names)) slutter.",
             "Kilderne oplyser ikke, hvornår \(list(names)) slutter.")
    }

    // MARK: Gaps and disagreements

    func gap(_ dimension: String, count: Int) -> String {
        pick("Gap in the evidence: no source states the \(dimension.lowercased()) of any of the \(count) selected initiatives.",
             "Hull i kunnskapsgrunnlaget: ingen kilde oppgir \(dimension.lowercased()) for noen av de \(count) valgte tiltakene.",
             "Hul i vidensgrundlaget: ingen kilde oplyser \(dimension.lowercased()) for nogen af de \(count) valgte initiativer.")
    }

    func disagreement(_ name: String, dimension: String, values: [String]) -> String {
        pick("Sources disagree on the \(dimension.lowercased()) of \(name): \(values.joined(separator: " / ")).",
             "Kildene er uenige om \(dimension.lowercased()) for \(name): \(values.joined(separator: " / ")).",
             "Kilderne er uenige om \(dimension.lowercased()) for \(name): \(values.joined(separator: " / ")).")
    }

    func acknowledged(_ reason: String) -> String {
        pick(" The plugin records this on purpose: \(reason)", " Programtillegget registrerer dette med vilje: \(reason)",
             " Pluginnet registrerer dette med vilje: \(reason)")
    }
}
