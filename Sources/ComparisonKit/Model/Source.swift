/// A document that facts are taken from, declared once by a plugin and cited by id.
///
/// Its fields are kept in a copy-on-write box (`CopyOnWriteBox`): every footnote of every table carries its source,
/// and a copy is one reference instead of thirteen fields.
public struct Source: Sendable, Hashable, Identifiable {
    /// The fields a source stores; the public properties below read and change them in place.
    private struct Fields: Sendable, Hashable {
        var id: String
        var title: String
        var publisher: String
        var published: PartialDate?
        var language: LanguageCode
        var kind: String?
        var url: String?
        var confidence: SourceConfidence?
        var note: String?
        var location: SourceLocation
        var accessed: PartialDate?
        var archived: String?
        var identifier: String?
    }

    /// The stored fields, shared between copies until one changes.
    private var fields: CopyOnWriteBox<Fields>

    /// Creates a source.
    public init(id: String, title: String, publisher: String, published: PartialDate?, language: LanguageCode,
                kind: String? = nil, url: String? = nil, confidence: SourceConfidence? = nil, note: String? = nil,
                location: SourceLocation, accessed: PartialDate? = nil, archived: String? = nil,
                identifier: String? = nil) {
        fields = CopyOnWriteBox(Fields(
            id: id, title: title, publisher: publisher, published: published, language: language, kind: kind, url: url,
            confidence: confidence, note: note, location: location, accessed: accessed, archived: archived,
            identifier: identifier))
    }

    /// The id facts cite, unique within its plugin.
    public var id: String {
        _read { yield fields.value.id }
        _modify { yield &fields.value.id }
    }

    /// The document's title, in its own language.
    public var title: String {
        _read { yield fields.value.title }
        _modify { yield &fields.value.title }
    }

    /// Who published it.
    public var publisher: String {
        _read { yield fields.value.publisher }
        _modify { yield &fields.value.publisher }
    }

    /// When it was published, as precisely as known.
    public var published: PartialDate? {
        _read { yield fields.value.published }
        _modify { yield &fields.value.published }
    }

    /// The document's language.
    public var language: LanguageCode {
        _read { yield fields.value.language }
        _modify { yield &fields.value.language }
    }

    /// What kind of document it is (press release, regulation, …), when given.
    public var kind: String? {
        _read { yield fields.value.kind }
        _modify { yield &fields.value.kind }
    }

    /// Where it can be read, when known.
    public var url: String? {
        _read { yield fields.value.url }
        _modify { yield &fields.value.url }
    }

    /// How far the plugin author trusts the facts taken from it (`high` unless said otherwise).
    public var confidence: SourceConfidence? {
        _read { yield fields.value.confidence }
        _modify { yield &fields.value.confidence }
    }

    /// A remark in the plugin author's words.
    public var note: String? {
        _read { yield fields.value.note }
        _modify { yield &fields.value.note }
    }

    /// Where the source is declared.
    public var location: SourceLocation {
        _read { yield fields.value.location }
        _modify { yield &fields.value.location }
    }

    /// When the plugin author read it, as precisely as known: what a web page said may have changed since.
    public var accessed: PartialDate? {
        _read { yield fields.value.accessed }
        _modify { yield &fields.value.accessed }
    }

    /// The address of an archived copy (such as one in the Internet Archive), for when `url` changes or goes away.
    public var archived: String? {
        _read { yield fields.value.archived }
        _modify { yield &fields.value.archived }
    }

    /// A standard identifier of the document, written with its scheme: `CELEX:32021R0694`, an ELI, a DOI or an
    /// ISBN. Shown as written.
    public var identifier: String? {
        _read { yield fields.value.identifier }
        _modify { yield &fields.value.identifier }
    }

}

/// A pointer from a fact to the source it comes from, with an optional place within that source.
public struct Citation: Sendable, Hashable {
    /// The plugin that declares the source.
    public var pluginID: String
    /// The source's id within that plugin.
    public var sourceID: String
    /// Section, box, paragraph or article within the source.
    public var locator: String?
    /// Where the citation is written, for diagnostics.
    public var location: SourceLocation

    /// Creates a citation.
    public init(pluginID: String, sourceID: String, locator: String? = nil, location: SourceLocation) {
        self.pluginID = pluginID
        self.sourceID = sourceID
        self.locator = locator
        self.location = location
    }

    /// The source and locator, without where the citation is written: two facts citing the same place share it.
    var key: CitationKey { CitationKey(pluginID: pluginID, sourceID: sourceID, locator: locator) }
}

/// What makes two citations the same footnote: the source and the place within it.
struct CitationKey: Sendable, Hashable {
    /// The plugin that declares the source.
    var pluginID: String
    /// The source's id within that plugin.
    var sourceID: String
    /// Section, box, paragraph or article within the source.
    var locator: String?
}
