/// The plugins available to a run, by id, in the order they were registered.
public struct PluginRegistry: Sendable {
    private(set) var pluginsByID: [String: any CountryPlugin] = [:]
    /// The registered plugins' ids, in registration order.
    public private(set) var ids: [String] = []

    /// Creates an empty registry.
    public init() {}

    /// Registers a plugin; a second plugin with an id already taken is refused with an error.
    @discardableResult
    public mutating func register(_ plugin: any CountryPlugin) -> Diagnostic? {
        let id = plugin.descriptor.id
        if let existing = pluginsByID[id] {
            return .error(
                "duplicate plugin id '\(id)': already declared at \(existing.descriptor.location); plugin ids must be unique",
                at: plugin.descriptor.location)
        }
        pluginsByID[id] = plugin
        ids.append(id)
        return nil
    }

    /// The plugin with this id, if registered.
    public func plugin(_ id: String) -> (any CountryPlugin)? { pluginsByID[id] }

    /// The registered plugins, in registration order.
    public var plugins: [any CountryPlugin] { ids.compactMap { pluginsByID[$0] } }
}
