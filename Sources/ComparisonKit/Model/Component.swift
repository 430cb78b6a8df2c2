/// How strongly an initiative or component serves a theme.
public enum ThemeStrength: String, Sendable, Hashable, Comparable, CaseIterable {
    /// The theme is served along the way.
    case secondary
    /// The theme is a main aim.
    case primary

    /// Orders `secondary` before `primary`.
    public static func < (lhs: ThemeStrength, rhs: ThemeStrength) -> Bool {
        lhs == .secondary && rhs == .primary
    }
}

/// A reference from an initiative or component to a theme of the codebook's taxonomy.
public struct ThemeReference: Sendable, Hashable {
    /// The theme id.
    public var themeID: String
    /// How strongly it is served.
    public var strength: ThemeStrength
    /// Where the reference is written, for diagnostics.
    public var location: SourceLocation

    /// Creates a theme reference.
    public init(themeID: String, strength: ThemeStrength, location: SourceLocation) {
        self.themeID = themeID
        self.strength = strength
        self.location = location
    }
}

/// A track, focus area or objective of an initiative, mapped onto the shared themes.
public struct Component: Sendable, Hashable, Identifiable {
    /// The id, unique within its initiative.
    public var id: String
    /// A short label such as `Spor 4`, when given.
    public var label: LocalizedText?
    /// The title per language.
    public var title: LocalizedText
    /// One line on what it is about, in the plugin author's words, when given.
    public var description: LocalizedText?
    /// The themes it serves.
    public var themes: [ThemeReference]
    /// The source that describes it.
    public var citation: Citation

    /// Creates a component.
    public init(id: String, label: LocalizedText? = nil, title: LocalizedText, description: LocalizedText? = nil,
                themes: [ThemeReference], citation: Citation) {
        self.id = id
        self.label = label
        self.title = title
        self.description = description
        self.themes = themes
        self.citation = citation
    }
}

/// A goal an initiative sets, with its target and deadline where the source states them.
public struct Goal: Sendable, Hashable {
    /// The goal per language.
    public var text: LocalizedText
    /// A measurable target, when stated.
    public var target: LocalizedText?
    /// The deadline, when stated.
    public var deadline: PartialDate?
    /// A remark in the plugin author's words (how a deadline was derived, for example).
    public var note: LocalizedText?
    /// The source that states it.
    public var citation: Citation

    /// Creates a goal.
    public init(text: LocalizedText, target: LocalizedText? = nil, deadline: PartialDate? = nil, note: LocalizedText? = nil,
                citation: Citation) {
        self.text = text
        self.target = target
        self.deadline = deadline
        self.note = note
        self.citation = citation
    }
}
