/// The shipped run configuration and codebook, embedded in the binary so that `nordic-compare new project` works
/// from an installed binary with no repository beside it. A test checks that they equal `config/*.yaml`; when it
/// fails, copy the files' text here again.
package enum ShippedProject {
    /// `config/nordic-compare.yaml`, as shipped.
    package static let configuration = #"""
# The default run: which plugins, which views, which formats, where the output goes.
# Paths are relative to this file.
format: 1
plugins-folder: ../plugins
plugins: [norway, denmark, eu-dep]
codebook:
  dimensions: dimensions.yaml
  themes: themes.yaml
language: en
formats: [markdown, csv, json]
output: ../output
history: latest            # latest: the newest value of each fact; all: every dated value
views:
  - id: overview
    title: { en: Overview, nb: Oversikt, da: Oversigt }
    rows: [kind, name, period, status, lead, chair, budget]
  - id: themes
    title: { en: Theme coverage, nb: Tematisk dekning, da: Tematisk dækning }
    type: theme-matrix
  - id: budgets
    title: { en: Budgets, nb: Budsjetter, da: Budgetter }
    rows: [budget, budget-breakdown]
    history: all
  - id: governance
    title: { en: Governance and participants, nb: Styring og deltakere, da: Styring og deltagere }
    rows: [lead, chair, member-count, meetings, participants]
  - id: positions
    title: { en: Stakeholders' positions, nb: Aktørenes standpunkter, da: Aktørernes holdninger }
    rows: [positions]

"""#

    /// `config/dimensions.yaml`, as shipped.
    package static let dimensions = #"""
# The comparison dimensions: the rows a view may show. Each id is one the engine knows how to read from an
# initiative; the type says what kind of value it holds.
format: 1
dimensions:
  - id: jurisdiction
    type: code
    label: { en: Jurisdiction, nb: Jurisdiksjon, da: Jurisdiktion }
  - id: kind
    type: category
    label: { en: Kind, nb: Type, da: Type }
  - id: name
    type: text
    label: { en: Name (original), nb: Navn (original), da: Navn (original) }
  - id: period
    type: period
    label: { en: Period, nb: Periode, da: Periode }
  - id: status
    type: category
    label: { en: Status, nb: Status, da: Status }
  - id: lead
    type: organisation
    label: { en: Lead body, nb: Ansvarlig, da: Ansvarlig }
  - id: chair
    type: text
    label: { en: Chair, nb: Leder, da: Formand }
  - id: participants
    type: list
    label: { en: Participants, nb: Deltakere, da: Deltagere }
  - id: member-count
    type: count
    label: { en: Members besides the chair, nb: Medlemmer utenom leder, da: Medlemmer ud over formanden }
  - id: meetings
    type: text
    label: { en: Meeting cadence, nb: Møtehyppighet, da: Mødefrekvens }
  - id: budget
    type: money
    label: { en: Budget, nb: Budsjett, da: Budget }
  - id: budget-breakdown
    type: list
    label: { en: Budget by component, nb: Budsjett per område, da: Budget pr. område }
  - id: components
    type: list
    label: { en: Tracks and focus areas, nb: Spor og innsatsområder, da: Spor og indsatsområder }
  - id: goals
    type: list
    label: { en: Goals, nb: Mål, da: Mål }
  - id: themes
    type: list
    label: { en: Themes, nb: Temaer, da: Temaer }
  - id: related
    type: list
    label: { en: Related initiatives, nb: Relaterte initiativer, da: Relaterede initiativer }
  - id: positions
    type: list
    label: { en: Stakeholders' positions, nb: Aktørenes standpunkter, da: Aktørernes holdninger }

"""#

    /// `config/themes.yaml`, as shipped.
    package static let themes = #"""
# The shared theme taxonomy. Plugins map their own tracks, areas and goals onto these ids.
format: 1
themes:
  - id: ai
    label: { en: Artificial intelligence, nb: Kunstig intelligens, da: Kunstig intelligens }
  - id: digital-skills-inclusion
    label: { en: Digital skills and inclusion, nb: Digital kompetanse og inkludering, da: Digitale kompetencer og inklusion }
  - id: public-services
    label: { en: Public services, nb: Offentlige tjenester, da: Offentlige ydelser }
  - id: business-smes
    label: { en: Business and SMEs, nb: Næringsliv og SMB, da: Erhverv og SMV'er }
  - id: data
    label: { en: Data sharing and reuse, nb: Deling og bruk av data, da: Deling og brug af data }
  - id: cybersecurity-trust
    label: { en: Cybersecurity and trust, nb: Digital sikkerhet og tillit, da: Cybersikkerhed og tillid }
  - id: privacy
    label: { en: Privacy, nb: Personvern, da: Privatlivsbeskyttelse }
  - id: green-transition
    label: { en: Green transition, nb: Grønn omstilling, da: Grøn omstilling }
  - id: computing-infrastructure
    label: { en: Computing and infrastructure, nb: Datakraft og infrastruktur, da: Computerkraft og infrastruktur }
  - id: interoperability
    label: { en: Interoperability and common solutions, nb: Samhandling og fellesløsninger, da: Interoperabilitet og fælles løsninger }
  - id: social-partners
    label: { en: Social partners, nb: Partene i arbeidslivet, da: Arbejdsmarkedets parter }
  - id: public-private-innovation
    label: { en: Public-private innovation, nb: Offentlig-privat innovasjon, da: Offentlig-privat innovation }
  - id: democracy-values
    label: { en: Democracy and values, nb: Demokrati og verdier, da: Demokrati og værdier }
  - id: semiconductors
    label: { en: Semiconductors, nb: Halvledere, da: Halvledere }

"""#
}
