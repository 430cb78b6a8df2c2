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
plugins: [norway, denmark, eu-dep, nordic]
codebook:
  dimensions: dimensions.yaml
  themes: themes.yaml
  jurisdictions: jurisdictions.yaml
  exchange-rates: exchange-rates.yaml
  indicators: indicators.yaml
language: en
languages: [en, nb, da]     # the briefing languages: validate warns about plugin texts that lack one
formats: [markdown, csv, json]
output: ../output
history: latest            # latest: the newest value of each fact; all: every dated value
views:
  - id: summaries                  # first, so that the briefing opens (after its key findings) with what each initiative is
    title: { en: What each initiative is, nb: Hva hvert initiativ er, da: Hvad hvert initiativ er, sv: Vad varje initiativ är }
    type: summaries                # one row: each initiative's cited summary
  - id: overview
    title: { en: Overview, nb: Oversikt, da: Oversigt, sv: Översikt }
    rows: [kind, name, period, status, lead, chair, budget]
  - id: themes
    title: { en: Theme coverage, nb: Tematisk dekning, da: Tematisk dækning, sv: Tematisk täckning }
    type: theme-matrix
  - id: budgets
    title: { en: Budgets, nb: Budsjetter, da: Budgetter, sv: Budgetar }
    rows: [budget]
    history: all
  - id: dep-budget
    title:
      en: "Digital Europe Programme: budget by objective"
      nb: "Programmet for et digitalt Europa: budsjett etter mål"
      da: "Programmet for et digitalt Europa: budget efter mål"
      sv: "Programmet för ett digitalt Europa: budget per mål"
    type: budget-breakdown         # components as rows, each dated figure as a column
    initiative: eu-digital-europe-programme
    history: all
  - id: governance
    title: { en: Governance and participants, nb: Styring og deltakere, da: Styring og deltagere, sv: Styrning och deltagare }
    rows: [jurisdiction, lead, chair, member-count, meetings, participants]
  - id: participation
    title: { en: Who takes part, nb: Hvem som deltar, da: Hvem der deltager, sv: Vem som deltar }
    type: participation-matrix
  - id: positions
    title: { en: Stakeholders' positions, nb: Aktørenes standpunkter, da: Aktørernes holdninger, sv: Intressenters ståndpunkter }
    rows: [positions]
  - id: indicators
    title: { en: Indicators, nb: Indikatorer, da: Indikatorer, sv: Indikatorer }
    type: indicators

"""#

    /// `config/dimensions.yaml`, as shipped.
    package static let dimensions = #"""
# The comparison dimensions: the rows a view may show. Each id is one the engine knows how to read from an
# initiative; the type says what kind of value it holds.
format: 1
dimensions:
  - id: jurisdiction
    type: code
    label: { en: Jurisdiction, nb: Jurisdiksjon, da: Jurisdiktion, sv: Jurisdiktion }
  - id: kind
    type: category
    label: { en: Kind, nb: Type, da: Type, sv: Typ }
  - id: name
    type: text
    label: { en: Name (original), nb: Navn (original), da: Navn (original), sv: Namn (original) }
  - id: period
    type: period
    label: { en: Period, nb: Periode, da: Periode, sv: Period }
  - id: status
    type: category
    label: { en: Status, nb: Status, da: Status, sv: Status }
  - id: lead
    type: organisation
    label: { en: Lead body, nb: Ansvarlig, da: Ansvarlig, sv: Ansvarig }
  - id: chair
    type: text
    label: { en: Chair, nb: Leder, da: Formand, sv: Ordförande }
  - id: participants
    type: list
    label: { en: Participants, nb: Deltakere, da: Deltagere, sv: Deltagare }
  - id: member-count
    type: count
    label: { en: Members besides the chair, nb: Medlemmer utenom leder, da: Medlemmer ud over formanden, sv: Ledamöter utöver ordföranden }
  - id: meetings
    type: text
    label: { en: Meeting cadence, nb: Møtehyppighet, da: Mødefrekvens, sv: Mötesfrekvens }
  - id: budget
    type: money
    label: { en: Budget, nb: Budsjett, da: Budget, sv: Budget }
  - id: budget-breakdown
    type: list
    label: { en: Budget by component, nb: Budsjett per område, da: Budget pr. område, sv: Budget per del }
  - id: components
    type: list
    label: { en: Tracks and focus areas, nb: Spor og innsatsområder, da: Spor og indsatsområder, sv: Spår och fokusområden }
  - id: goals
    type: list
    label: { en: Goals, nb: Mål, da: Mål, sv: Mål }
  - id: themes
    type: list
    label: { en: Themes, nb: Temaer, da: Temaer, sv: Teman }
  - id: related
    type: list
    label: { en: Related initiatives, nb: Relaterte initiativer, da: Relaterede initiativer, sv: Relaterade initiativ }
  - id: positions
    type: list
    label: { en: Stakeholders' positions, nb: Aktørenes standpunkter, da: Aktørernes holdninger, sv: Intressenters ståndpunkter }

"""#

    /// `config/themes.yaml`, as shipped.
    package static let themes = #"""
# The shared theme taxonomy. Plugins map their own tracks, areas and goals onto these ids.
format: 1
themes:
  - id: ai
    label: { en: Artificial intelligence, nb: Kunstig intelligens, da: Kunstig intelligens, sv: Artificiell intelligens }
  - id: digital-skills-inclusion
    label: { en: Digital skills and inclusion, nb: Digital kompetanse og inkludering, da: Digitale kompetencer og inklusion, sv: Digital kompetens och inkludering }
  - id: public-services
    label: { en: Public services, nb: Offentlige tjenester, da: Offentlige ydelser, sv: Offentliga tjänster }
  - id: business-smes
    label: { en: Business and SMEs, nb: Næringsliv og SMB, da: Erhverv og SMV'er, sv: Näringsliv och små och medelstora företag }
  - id: data
    label: { en: Data sharing and reuse, nb: Deling og bruk av data, da: Deling og brug af data, sv: Datadelning och vidareutnyttjande }
  - id: cybersecurity-trust
    label: { en: Cybersecurity and trust, nb: Digital sikkerhet og tillit, da: Cybersikkerhed og tillid, sv: Cybersäkerhet och tillit }
  - id: privacy
    label: { en: Privacy, nb: Personvern, da: Privatlivsbeskyttelse, sv: Integritetsskydd }
  - id: green-transition
    label: { en: Green transition, nb: Grønn omstilling, da: Grøn omstilling, sv: Grön omställning }
  - id: computing-infrastructure
    label: { en: Computing and infrastructure, nb: Datakraft og infrastruktur, da: Computerkraft og infrastruktur, sv: Datorkraft och infrastruktur }
  - id: interoperability
    label: { en: Interoperability and common solutions, nb: Samhandling og fellesløsninger, da: Interoperabilitet og fælles løsninger, sv: Interoperabilitet och gemensamma lösningar }
  - id: social-partners
    label: { en: Social partners, nb: Partene i arbeidslivet, da: Arbejdsmarkedets parter, sv: Arbetsmarknadens parter }
  - id: public-private-innovation
    label: { en: Public-private innovation, nb: Offentlig-privat innovasjon, da: Offentlig-privat innovation, sv: Offentlig-privat innovation }
  - id: democracy-values
    label: { en: Democracy and values, nb: Demokrati og verdier, da: Demokrati og værdier, sv: Demokrati och värderingar }
  - id: semiconductors
    label: { en: Semiconductors, nb: Halvledere, da: Halvledere, sv: Halvledare }

"""#

    /// `config/jurisdictions.yaml`, as shipped; also the jurisdictions of a configuration that names no
    /// jurisdictions file (one written before the file existed).
    package static let jurisdictions = #"""
# The jurisdictions a plugin or an initiative may name: countries by their ISO 3166-1 alpha-2 code, and groupings
# of countries, each with its members (ids of countries in this file). Names are shown as column headings;
# name-in-text is how a name reads inside a sentence, where that differs.
format: 1
jurisdictions:
  # Groupings. The 27 member states of the European Union, in the EU's protocol order:
  - id: EU
    name: { en: European Union, nb: Den europeiske union, da: Den Europæiske Union, sv: Europeiska unionen }
    name-in-text: { en: the European Union }
    members: [BE, BG, CZ, DK, DE, EE, IE, GR, ES, FR, HR, IT, CY, LV, LT, LU, HU, MT, NL, AT, PL, PT, RO, SI, SK, FI, SE]
  # The EU member states and the three EEA EFTA states, Iceland, Liechtenstein and Norway:
  - id: EEA
    name:
      en: European Economic Area
      nb: Det europeiske økonomiske samarbeidsområdet
      da: Det Europæiske Økonomiske Samarbejdsområde
      sv: Europeiska ekonomiska samarbetsområdet
    name-in-text: { en: the European Economic Area }
    members: [BE, BG, CZ, DK, DE, EE, IE, GR, ES, FR, HR, IT, CY, LV, LT, LU, HU, MT, NL, AT, PL, PT, RO, SI, SK, FI, SE,
              IS, LI, NO]
  # The nine signatories of the Nordic Council of Ministers' Digital North declaration of 2017 ("The Nordic-Baltic
  # region: a digital frontrunner"): the five Nordic countries, the Faroe Islands and the three Baltic states:
  - id: NORDIC-BALTIC
    name: { en: Nordic-Baltic region, nb: Den nordisk-baltiske regionen, da: Den nordisk-baltiske region, sv: Den nordisk-baltiska regionen }
    name-in-text: { en: the Nordic-Baltic region }
    members: [NO, SE, DK, FI, IS, FO, EE, LV, LT]
  # Countries
  - id: AD
    name: { en: Andorra, nb: Andorra, da: Andorra, sv: Andorra }
  - id: AL
    name: { en: Albania, nb: Albania, da: Albanien, sv: Albanien }
  - id: AT
    name: { en: Austria, nb: Østerrike, da: Østrig, sv: Österrike }
  - id: AX
    name: { en: Åland, nb: Åland, da: Åland, sv: Åland }
  - id: BA
    name: { en: Bosnia and Herzegovina, nb: Bosnia-Hercegovina, da: Bosnien-Hercegovina, sv: Bosnien och Hercegovina }
  - id: BE
    name: { en: Belgium, nb: Belgia, da: Belgien, sv: Belgien }
  - id: BG
    name: { en: Bulgaria, nb: Bulgaria, da: Bulgarien, sv: Bulgarien }
  - id: BY
    name: { en: Belarus, nb: Belarus, da: Hviderusland, sv: Belarus }
  - id: CH
    name: { en: Switzerland, nb: Sveits, da: Schweiz, sv: Schweiz }
  - id: CY
    name: { en: Cyprus, nb: Kypros, da: Cypern, sv: Cypern }
  - id: CZ
    name: { en: Czechia, nb: Tsjekkia, da: Tjekkiet, sv: Tjeckien }
  - id: DE
    name: { en: Germany, nb: Tyskland, da: Tyskland, sv: Tyskland }
  - id: DK
    name: { en: Denmark, nb: Danmark, da: Danmark, sv: Danmark }
  - id: EE
    name: { en: Estonia, nb: Estland, da: Estland, sv: Estland }
  - id: ES
    name: { en: Spain, nb: Spania, da: Spanien, sv: Spanien }
  - id: FI
    name: { en: Finland, nb: Finland, da: Finland, sv: Finland }
  - id: FO
    name: { en: Faroe Islands, nb: Færøyene, da: Færøerne, sv: Färöarna }
    name-in-text: { en: the Faroe Islands }
  - id: FR
    name: { en: France, nb: Frankrike, da: Frankrig, sv: Frankrike }
  - id: GB
    name: { en: United Kingdom, nb: Storbritannia, da: Storbritannien, sv: Storbritannien }
    name-in-text: { en: the United Kingdom }
  - id: GL
    name: { en: Greenland, nb: Grønland, da: Grønland, sv: Grönland }
  - id: GR
    name: { en: Greece, nb: Hellas, da: Grækenland, sv: Grekland }
  - id: HR
    name: { en: Croatia, nb: Kroatia, da: Kroatien, sv: Kroatien }
  - id: HU
    name: { en: Hungary, nb: Ungarn, da: Ungarn, sv: Ungern }
  - id: IE
    name: { en: Ireland, nb: Irland, da: Irland, sv: Irland }
  - id: IS
    name: { en: Iceland, nb: Island, da: Island, sv: Island }
  - id: IT
    name: { en: Italy, nb: Italia, da: Italien, sv: Italien }
  - id: LI
    name: { en: Liechtenstein, nb: Liechtenstein, da: Liechtenstein, sv: Liechtenstein }
  - id: LT
    name: { en: Lithuania, nb: Litauen, da: Litauen, sv: Litauen }
  - id: LU
    name: { en: Luxembourg, nb: Luxembourg, da: Luxembourg, sv: Luxemburg }
  - id: LV
    name: { en: Latvia, nb: Latvia, da: Letland, sv: Lettland }
  - id: MC
    name: { en: Monaco, nb: Monaco, da: Monaco, sv: Monaco }
  - id: MD
    name: { en: Moldova, nb: Moldova, da: Moldova, sv: Moldavien }
  - id: ME
    name: { en: Montenegro, nb: Montenegro, da: Montenegro, sv: Montenegro }
  - id: MK
    name: { en: North Macedonia, nb: Nord-Makedonia, da: Nordmakedonien, sv: Nordmakedonien }
  - id: MT
    name: { en: Malta, nb: Malta, da: Malta, sv: Malta }
  - id: NL
    name: { en: Netherlands, nb: Nederland, da: Nederlandene, sv: Nederländerna }
    name-in-text: { en: the Netherlands }
  - id: NO
    name: { en: Norway, nb: Norge, da: Norge, sv: Norge }
  - id: PL
    name: { en: Poland, nb: Polen, da: Polen, sv: Polen }
  - id: PT
    name: { en: Portugal, nb: Portugal, da: Portugal, sv: Portugal }
  - id: RO
    name: { en: Romania, nb: Romania, da: Rumænien, sv: Rumänien }
  - id: RS
    name: { en: Serbia, nb: Serbia, da: Serbien, sv: Serbien }
  - id: RU
    name: { en: Russia, nb: Russland, da: Rusland, sv: Ryssland }
  - id: SE
    name: { en: Sweden, nb: Sverige, da: Sverige, sv: Sverige }
  - id: SI
    name: { en: Slovenia, nb: Slovenia, da: Slovenien, sv: Slovenien }
  - id: SK
    name: { en: Slovakia, nb: Slovakia, da: Slovakiet, sv: Slovakien }
  - id: SM
    name: { en: San Marino, nb: San Marino, da: San Marino, sv: San Marino }
  - id: TR
    name: { en: Türkiye, nb: Tyrkia, da: Tyrkiet, sv: Turkiet }
  - id: UA
    name: { en: Ukraine, nb: Ukraina, da: Ukraine, sv: Ukraina }
  - id: VA
    name: { en: Vatican City, nb: Vatikanstaten, da: Vatikanstaten, sv: Vatikanstaten }

"""#

    /// `config/exchange-rates.yaml`, as shipped: the ECB's year-end euro reference rates for NOK, DKK and SEK.
    package static let exchangeRates = #"""
# The exchange rates budgets are converted with (a view's budget-basis, or --currency on print and run).
#
# These are YEAR-END reference rates, NOT annual averages: the European Central Bank's euro foreign exchange
# reference rates of the last TARGET business day of each year 2018-2024, in units of the currency per 1 EUR.
# No published annual average could be cited from here, so none is shipped. The rule: a figure of year Y (the year
# of its claim's as-of date, else of its source's publication) is converted at year Y's year-end rate. An annual
# average would give a somewhat different figure; replace these rates with cited annual averages where you have
# them (one rate per pair and year).
#
# Every rate cites a source declared under 'sources' (a rate without one is an error) and gives its value exactly
# as published; other currencies convert through the euro (NOK to DKK = DKK per EUR / NOK per EUR).
format: 1
sources:
  ecb-2018-12-31:
    title: Euro foreign exchange reference rates
    publisher: European Central Bank
    published: 2018-12-31
    language: en
    kind: statistics
    url: https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html
  ecb-2019-12-31:
    title: Euro foreign exchange reference rates
    publisher: European Central Bank
    published: 2019-12-31
    language: en
    kind: statistics
    url: https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html
  ecb-2020-12-31:
    title: Euro foreign exchange reference rates
    publisher: European Central Bank
    published: 2020-12-31
    language: en
    kind: statistics
    url: https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html
  ecb-2021-12-31:
    title: Euro foreign exchange reference rates
    publisher: European Central Bank
    published: 2021-12-31
    language: en
    kind: statistics
    url: https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html
  ecb-2022-12-30:
    title: Euro foreign exchange reference rates
    publisher: European Central Bank
    published: 2022-12-30
    language: en
    kind: statistics
    url: https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html
  ecb-2023-12-29:
    title: Euro foreign exchange reference rates
    publisher: European Central Bank
    published: 2023-12-29
    language: en
    kind: statistics
    url: https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html
  ecb-2024-12-31:
    title: Euro foreign exchange reference rates
    publisher: European Central Bank
    published: 2024-12-31
    language: en
    kind: statistics
    url: https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html
rates:
  - { currency: NOK, per: EUR, rate: 9.9483, year: 2018, fixed: 2018-12-31, source: ecb-2018-12-31, locator: reference rates of 31 December 2018 }
  - { currency: DKK, per: EUR, rate: 7.4673, year: 2018, fixed: 2018-12-31, source: ecb-2018-12-31, locator: reference rates of 31 December 2018 }
  - { currency: SEK, per: EUR, rate: 10.2548, year: 2018, fixed: 2018-12-31, source: ecb-2018-12-31, locator: reference rates of 31 December 2018 }
  - { currency: NOK, per: EUR, rate: 9.8638, year: 2019, fixed: 2019-12-31, source: ecb-2019-12-31, locator: reference rates of 31 December 2019 }
  - { currency: DKK, per: EUR, rate: 7.4715, year: 2019, fixed: 2019-12-31, source: ecb-2019-12-31, locator: reference rates of 31 December 2019 }
  - { currency: SEK, per: EUR, rate: 10.4468, year: 2019, fixed: 2019-12-31, source: ecb-2019-12-31, locator: reference rates of 31 December 2019 }
  - { currency: NOK, per: EUR, rate: 10.4703, year: 2020, fixed: 2020-12-31, source: ecb-2020-12-31, locator: reference rates of 31 December 2020 }
  - { currency: DKK, per: EUR, rate: 7.4409, year: 2020, fixed: 2020-12-31, source: ecb-2020-12-31, locator: reference rates of 31 December 2020 }
  - { currency: SEK, per: EUR, rate: 10.0343, year: 2020, fixed: 2020-12-31, source: ecb-2020-12-31, locator: reference rates of 31 December 2020 }
  - { currency: NOK, per: EUR, rate: 9.9888, year: 2021, fixed: 2021-12-31, source: ecb-2021-12-31, locator: reference rates of 31 December 2021 }
  - { currency: DKK, per: EUR, rate: 7.4364, year: 2021, fixed: 2021-12-31, source: ecb-2021-12-31, locator: reference rates of 31 December 2021 }
  - { currency: SEK, per: EUR, rate: 10.2503, year: 2021, fixed: 2021-12-31, source: ecb-2021-12-31, locator: reference rates of 31 December 2021 }
  - { currency: NOK, per: EUR, rate: 10.5138, year: 2022, fixed: 2022-12-30, source: ecb-2022-12-30, locator: reference rates of 30 December 2022 }
  - { currency: DKK, per: EUR, rate: 7.4365, year: 2022, fixed: 2022-12-30, source: ecb-2022-12-30, locator: reference rates of 30 December 2022 }
  - { currency: SEK, per: EUR, rate: 11.1218, year: 2022, fixed: 2022-12-30, source: ecb-2022-12-30, locator: reference rates of 30 December 2022 }
  - { currency: NOK, per: EUR, rate: 11.2405, year: 2023, fixed: 2023-12-29, source: ecb-2023-12-29, locator: reference rates of 29 December 2023 }
  - { currency: DKK, per: EUR, rate: 7.4529, year: 2023, fixed: 2023-12-29, source: ecb-2023-12-29, locator: reference rates of 29 December 2023 }
  - { currency: SEK, per: EUR, rate: 11.096, year: 2023, fixed: 2023-12-29, source: ecb-2023-12-29, locator: reference rates of 29 December 2023 }
  - { currency: NOK, per: EUR, rate: 11.795, year: 2024, fixed: 2024-12-31, source: ecb-2024-12-31, locator: reference rates of 31 December 2024 }
  - { currency: DKK, per: EUR, rate: 7.4578, year: 2024, fixed: 2024-12-31, source: ecb-2024-12-31, locator: reference rates of 31 December 2024 }
  - { currency: SEK, per: EUR, rate: 11.459, year: 2024, fixed: 2024-12-31, source: ecb-2024-12-31, locator: reference rates of 31 December 2024 }

"""#

    /// `config/indicators.yaml`, as shipped.
    package static let indicators = #"""
# The codebook's indicators: context statistics that plugins give values of, per jurisdiction, each value with the
# year it measures. Declare what is measured and over which population, so that two values are only read side by
# side when they measure the same thing.
format: 1
indicators:
  - id: public-online-services-use
    label:
      en: Used public online services
      nb: Har brukt offentlige nettjenester
      da: Har brugt offentlige nettjenester
      sv: Har använt offentliga e-tjänster
    unit: percent
    measure:
      en: Share who used at least one of three public online services in the past twelve months
      nb: Andel som har brukt minst én av tre offentlige nettjenester de siste tolv månedene
      da: Andel, der har brugt mindst én af tre offentlige nettjenester de seneste tolv måneder
      sv: Andel som har använt minst en av tre offentliga e-tjänster de senaste tolv månaderna
    population: { en: people aged 16–79, nb: personer 16–79 år, da: personer på 16–79 år, sv: personer 16–79 år }
  - id: public-sector-online-contact
    label:
      en: In contact with the public sector online
      nb: Har vært i kontakt med det offentlige på nett
      da: Har været i kontakt med det offentlige på nettet
      sv: Har haft kontakt med det offentliga via internet
    unit: percent
    measure:
      en: Share who had been in contact with the public sector over the internet in the past year
      nb: Andel som har vært i kontakt med det offentlige via internett det siste året
      da: Andel, der har været i kontakt med det offentlige via internettet det seneste år
      sv: Andel som har haft kontakt med det offentliga via internet det senaste året
    population: { en: people (no age range stated), nb: personer (aldersgruppe ikke oppgitt), da: personer (aldersgruppe ikke oplyst), sv: personer (åldersgrupp anges inte) }
  - id: businesses-using-ai-tools
    label:
      en: Businesses using AI tools
      nb: Virksomheter som bruker KI-verktøy
      da: Virksomheder, der bruger AI-værktøjer
      sv: Företag som använder AI-verktyg
    unit: percent
    measure:
      en: Share of businesses that use tools based on artificial intelligence
      nb: Andel virksomheter som bruker verktøy basert på kunstig intelligens
      da: Andel virksomheder, der bruger værktøjer baseret på kunstig intelligens
      sv: Andel företag som använder verktyg baserade på artificiell intelligens
    population: { en: businesses, nb: virksomheter, da: virksomheder, sv: företag }
  - id: people-weak-digital-skills
    label:
      en: People with too weak digital skills
      nb: Personer med for svak digital kompetanse
      da: Personer med for svage digitale færdigheder
      sv: Personer med för svag digital kompetens
    unit: count
    measure:
      en: Number of people whose digital skills are too weak
      nb: Antall personer som har for svak digital kompetanse
      da: Antal personer, hvis digitale færdigheder er for svage
      sv: Antal personer vars digitala kompetens är för svag
    population: { en: people (no age range stated), nb: personer (aldersgruppe ikke oppgitt), da: personer (aldersgruppe ikke oplyst), sv: personer (åldersgrupp anges inte) }

"""#
}
