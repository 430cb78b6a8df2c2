/// A document that facts are taken from, declared once by a plugin and cited by id.
public struct Source: Sendable, Hashable, Identifiable {
    /// The id facts cite, unique within its plugin.
    public var id: String
    /// The document's title, in its own language.
    public var title: String
    /// Who published it.
    public var publisher: String
    /// When it was published, as precisely as known.
    public var published: PartialDate?
    /// The document's language.
    public var language: LanguageCode
    /// What kind of document it is (press release, regulation, …), when given.
    public var kind: String?
    /// Where it can be read, when known.
    public var url: String?
    /// How far the plugin author trusts the facts taken from it (`high` unless said otherwise).
    public var confidence: String?
    /// A remark in the plugin author's words.
    public var note: String?
    /// Where the source is declared.
    public var location: SourceLocation

    /// Creates a source.
    public init(id: String, title: String, publisher: String, published: PartialDate?, language: LanguageCode,
                kind: String? = nil, url: String? = nil, confidence: String? = nil, note: String? = nil,
                location: SourceLocation) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.published = published
        self.language = language
        self.kind = kind
        self.url = url
        self.confidence = confidence
        self.note = note
        self.location = location
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
    public var key: CitationKey { CitationKey(pluginID: pluginID, sourceID: sourceID, locator: locator) }
}

/// What makes two citations the same footnote: the source and the place within it.
public struct CitationKey: Sendable, Hashable {
    /// The plugin that declares the source.
    public var pluginID: String
    /// The source's id within that plugin.
    public var sourceID: String
    /// Section, box, paragraph or article within the source.
    public var locator: String?
}
