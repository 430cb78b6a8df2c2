/// Finds an initiative's components by id, the first of any repeated id: a linear search over the handful an
/// initiative usually has (cheaper than hashing), and an index built once for a long list, so that looking up every
/// budget line of an initiative stays linear.
struct ComponentLookup {
    /// Past this many components the lookup builds an index.
    static let indexThreshold = 16

    private let components: [Component]
    private let positions: [String: Int]?

    /// A lookup over an initiative's components.
    init(_ components: [Component]) {
        self.components = components
        positions = components.count > Self.indexThreshold
            ? Dictionary(components.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            : nil
    }

    /// The component with this id, if there is one.
    func component(_ id: String) -> Component? {
        guard let positions else { return components.first { $0.id == id } }
        return positions[id].map { components[$0] }
    }
}
