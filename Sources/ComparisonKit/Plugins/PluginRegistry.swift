/// The plugins available to a run, by id, in the order they were registered.
package struct PluginRegistry: Sendable {
    private(set) var pluginsByID: [String: any CountryPlugin] = [:]
    /// The registered plugins' ids, in registration order.
    package private(set) var ids: [String] = []

    /// Creates an empty registry.
    package init() {}

    /// Registers a plugin; a second plugin with an id already taken is refused with an error.
    @discardableResult
    package mutating func register(_ plugin: any CountryPlugin) -> Diagnostic? {
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
    package func plugin(_ id: String) -> (any CountryPlugin)? { pluginsByID[id] }

    /// The registered plugins, in registration order.
    package var plugins: [any CountryPlugin] { ids.compactMap { pluginsByID[$0] } }
}
