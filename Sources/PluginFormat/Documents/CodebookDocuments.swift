import ComparisonKit

/// `dimensions.yaml`: the comparison dimensions with their labels and value types.
struct DimensionsDocument: Decodable {
    struct Entry: Decodable {
        let id: Located<String>
        let type: Located<String>
        let label: LocalizedTextDocument
    }

    let format: Int
    let dimensions: [Entry]
}

/// `themes.yaml`: the theme taxonomy with labels.
struct ThemesTaxonomyDocument: Decodable {
    struct Entry: Decodable {
        let id: Located<String>
        let label: LocalizedTextDocument
    }

    let format: Int
    let themes: [Entry]
}

/// The run configuration file, as written.
struct RunConfigurationDocument: Decodable {
    struct CodebookPaths: Decodable {
        let dimensions: Located<String>
        let themes: Located<String>
    }

    struct ViewDocument: Decodable {
        let id: Located<String>
        let title: LocalizedTextDocument
        let type: Located<String>?
        let rows: [String]?
        let history: Located<String>?
        let location: SourceLocation

        private enum CodingKeys: String, CodingKey { case id, title, type, rows, history }

        init(from decoder: any Decoder) throws {
            location = decoder.sourceLocation
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(Located<String>.self, forKey: .id)
            title = try container.decode(LocalizedTextDocument.self, forKey: .title)
            type = try container.decodeIfPresent(Located<String>.self, forKey: .type)
            rows = try container.decodeIfPresent([String].self, forKey: .rows)
            history = try container.decodeIfPresent(Located<String>.self, forKey: .history)
        }
    }

    let format: Int
    let pluginsFolder: Located<String>
    let plugins: [Located<String>]
    let codebook: CodebookPaths
    let language: Located<String>?
    let formats: [Located<String>]?
    let output: Located<String>?
    let history: Located<String>?
    let views: [ViewDocument]

    private enum CodingKeys: String, CodingKey {
        case format
        case pluginsFolder = "plugins-folder"
        case plugins, codebook, language, formats, output, history, views
    }
}
