/// A document that facts are taken from, declared once by a plugin and cited by id.
///
/// A value type with its fields stored out of line and copied on write: every footnote of every table carries
/// its source, and a copy is one reference instead of thirteen fields.
public struct Source: Sendable, Hashable, Identifiable {
    /// The fields, shared between copies until one of them is changed.
    private final class Storage: @unchecked Sendable {
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

        init(id: String, title: String, publisher: String, published: PartialDate?, language: LanguageCode,
             kind: String?, url: String?, confidence: SourceConfidence?, note: String?, location: SourceLocation,
             accessed: PartialDate?, archived: String?, identifier: String?) {
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
            self.accessed = accessed
            self.archived = archived
            self.identifier = identifier
        }

        func copy() -> Storage {
            Storage(id: id, title: title, publisher: publisher, published: published, language: language, kind: kind,
                    url: url, confidence: confidence, note: note, location: location, accessed: accessed,
                    archived: archived, identifier: identifier)
        }
    }

    private var storage: Storage

    /// Creates a source.
    public init(id: String, title: String, publisher: String, published: PartialDate?, language: LanguageCode,
                kind: String? = nil, url: String? = nil, confidence: SourceConfidence? = nil, note: String? = nil,
                location: SourceLocation, accessed: PartialDate? = nil, archived: String? = nil,
                identifier: String? = nil) {
        storage = Storage(id: id, title: title, publisher: publisher, published: published, language: language,
                          kind: kind, url: url, confidence: confidence, note: note, location: location,
                          accessed: accessed, archived: archived, identifier: identifier)
    }

    /// The id facts cite, unique within its plugin.
    public var id: String {
        get { storage.id }
        set { uniqueStorage().id = newValue }
    }

    /// The document's title, in its own language.
    public var title: String {
        get { storage.title }
        set { uniqueStorage().title = newValue }
    }

    /// Who published it.
    public var publisher: String {
        get { storage.publisher }
        set { uniqueStorage().publisher = newValue }
    }

    /// When it was published, as precisely as known.
    public var published: PartialDate? {
        get { storage.published }
        set { uniqueStorage().published = newValue }
    }

    /// The document's language.
    public var language: LanguageCode {
        get { storage.language }
        set { uniqueStorage().language = newValue }
    }

    /// What kind of document it is (press release, regulation, …), when given.
    public var kind: String? {
        get { storage.kind }
        set { uniqueStorage().kind = newValue }
    }

    /// Where it can be read, when known.
    public var url: String? {
        get { storage.url }
        set { uniqueStorage().url = newValue }
    }

    /// How far the plugin author trusts the facts taken from it (`high` unless said otherwise).
    public var confidence: SourceConfidence? {
        get { storage.confidence }
        set { uniqueStorage().confidence = newValue }
    }

    /// A remark in the plugin author's words.
    public var note: String? {
        get { storage.note }
        set { uniqueStorage().note = newValue }
    }

    /// Where the source is declared.
    public var location: SourceLocation {
        get { storage.location }
        set { uniqueStorage().location = newValue }
    }

    /// When the plugin author read it, as precisely as known: what a web page said may have changed since.
    public var accessed: PartialDate? {
        get { storage.accessed }
        set { uniqueStorage().accessed = newValue }
    }

    /// The address of an archived copy (such as one in the Internet Archive), for when `url` changes or goes away.
    public var archived: String? {
        get { storage.archived }
        set { uniqueStorage().archived = newValue }
    }

    /// A standard identifier of the document, written with its scheme: `CELEX:32021R0694`, an ELI, a DOI or an
    /// ISBN. Shown as written.
    public var identifier: String? {
        get { storage.identifier }
        set { uniqueStorage().identifier = newValue }
    }

    /// The storage, copied first if another value shares it.
    private mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// Sources are equal when every field is.
    public static func == (lhs: Source, rhs: Source) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.id == rhs.id && lhs.title == rhs.title && lhs.publisher == rhs.publisher
            && lhs.published == rhs.published && lhs.language == rhs.language && lhs.kind == rhs.kind
            && lhs.url == rhs.url && lhs.confidence == rhs.confidence && lhs.note == rhs.note
            && lhs.location == rhs.location && lhs.accessed == rhs.accessed && lhs.archived == rhs.archived
            && lhs.identifier == rhs.identifier
    }

    /// Hashes every field.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(title)
        hasher.combine(publisher)
        hasher.combine(published)
        hasher.combine(language)
        hasher.combine(kind)
        hasher.combine(url)
        hasher.combine(confidence)
        hasher.combine(note)
        hasher.combine(location)
        hasher.combine(accessed)
        hasher.combine(archived)
        hasher.combine(identifier)
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
