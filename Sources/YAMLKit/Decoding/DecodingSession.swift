import Foundation

/// The state shared by every container of one ``YAMLDecoder/decode(_:from:)`` call: the user
/// info, and which keys of each mapping the decoded types asked for, so that keys nobody
/// asked for can be reported as unknown once decoding has succeeded.
final class DecodingSession {
    /// What the decoded types did with one mapping, through one keyed container.
    private struct MappingUsage {
        /// The identity of the mapping's pair storage. A mapping reached through several
        /// aliases (or opened twice) shares its storage, so those uses are combined.
        let identity: UnsafeRawPointer
        let pairs: [YAMLNode.Pair]
        let codingPath: [any CodingKey]
        /// Where this usage's flags start in `used`.
        let firstFlag: Int
        /// Keys that were asked for but are not in the mapping (candidates for "did you mean").
        var absentRequests: [String] = []
        var acceptsAnyKey = false
    }

    /// A tracked keyed container: its usage and where its flags start.
    struct Registration {
        let handle: Int
        let firstFlag: Int
    }

    let userInfo: [CodingUserInfoKey: Any]
    private var usages: [MappingUsage] = []
    /// One flag per pair of every tracked container: was this key asked for?
    private var used: [Bool] = []

    init(userInfo: [CodingUserInfoKey: Any]) {
        self.userInfo = userInfo
    }

    // MARK: - Key tracking

    /// Starts tracking the keys requested through a new keyed container over a mapping;
    /// returns nil for an empty mapping (which has no keys to track).
    func register(pairs: [YAMLNode.Pair], codingPath: @autoclosure () -> [any CodingKey]) -> Registration? {
        guard let identity = pairs.withUnsafeBufferPointer({ $0.baseAddress.map(UnsafeRawPointer.init) }) else { return nil }
        let registration = Registration(handle: usages.count, firstFlag: used.count)
        usages.append(MappingUsage(identity: identity, pairs: pairs, codingPath: codingPath(), firstFlag: used.count))
        used.append(contentsOf: repeatElement(false, count: pairs.count))
        return registration
    }

    /// Forgets the containers registered since `usageCount` containers existed: a decode
    /// attempt that failed (and may be retried differently, as with `try?`) accepts nothing.
    private func rollBack(toUsageCount usageCount: Int) {
        guard usageCount < usages.count else { return }
        used.removeLast(used.count - usages[usageCount].firstFlag)
        usages.removeLast(usages.count - usageCount)
    }

    /// Records that the pair at `index` was asked for.
    func markUsed(_ index: Int, in registration: Registration) {
        let flag = registration.firstFlag + index
        guard flag < used.count else { return }  // a container kept past a failed decode
        used[flag] = true
    }

    /// Records that a type asked for a key the mapping does not have.
    func noteAbsent(_ key: String, in registration: Registration) {
        guard registration.handle < usages.count else { return }
        if !usages[registration.handle].absentRequests.contains(key) {
            usages[registration.handle].absentRequests.append(key)
        }
    }

    /// Records that a type enumerated the mapping's keys: all of them are accepted.
    func acceptAnyKey(in registration: Registration) {
        guard registration.handle < usages.count else { return }
        usages[registration.handle].acceptsAnyKey = true
    }

    /// Keys of the mapping that have not been asked for through this container (for spelling hints).
    func unusedKeys(in registration: Registration) -> [String] {
        guard registration.handle < usages.count else { return [] }
        let usage = usages[registration.handle]
        return usage.pairs.indices.compactMap { index in
            used[usage.firstFlag + index] ? nil : usage.pairs[index].key.scalarText
        }
    }

    /// One issue per key that no decoded type asked for, in document order.
    func unknownKeyIssues() -> [YAMLIssue] {
        let suspects = usages.indices.filter { handle in
            let usage = usages[handle]
            return !usage.acceptsAnyKey && used[usage.firstFlag..<(usage.firstFlag + usage.pairs.count)].contains(false)
        }
        guard !suspects.isEmpty else { return [] }
        var group: [UnsafeRawPointer: [Int]] = [:]
        for handle in usages.indices { group[usages[handle].identity, default: []].append(handle) }
        var issues: [YAMLIssue] = []
        var reported = Set<UnsafeRawPointer>()
        for suspect in suspects {
            let identity = usages[suspect].identity
            guard reported.insert(identity).inserted, let members = group[identity] else { continue }
            guard !members.contains(where: { usages[$0].acceptsAnyKey }) else { continue }
            let usage = usages[members[0]]
            let absent = Set(members.flatMap { usages[$0].absentRequests }).sorted()
            for (index, pair) in usage.pairs.enumerated()
            where !members.contains(where: { used[usages[$0].firstFlag + index] }) {
                let text = pair.key.scalarText ?? ""
                var message = "unknown key '\(text)' \(DecodingMessages.container(usage.codingPath))"
                if let suggestion = Spelling.suggestion(for: text, among: absent) {
                    message += "; did you mean '\(suggestion)'?"
                }
                let path = DecodingMessages.path(usage.codingPath + [TextKey(text)])
                issues.append(YAMLIssue(mark: pair.key.mark, message: message, codingPath: path))
            }
        }
        return issues.sorted { $0.mark < $1.mark }
    }

    // MARK: - Values

    /// Decodes any `Decodable` from a node, with fast paths for the common scalar types and
    /// the special case of `Decimal`, whose own `Decodable` conformance needs a number.
    func decode<T: Decodable>(
        _ type: T.Type, from node: YAMLNode, codingPath: @autoclosure () -> [any CodingKey]
    ) throws -> T {
        if T.self == String.self {
            return unsafeBitCast(try ScalarDecoding.string(node, path: codingPath()), to: T.self)
        }
        if T.self == Int.self {
            return unsafeBitCast(try ScalarDecoding.integer(Int.self, node, path: codingPath()), to: T.self)
        }
        if T.self == Bool.self {
            return unsafeBitCast(try ScalarDecoding.bool(node, path: codingPath()), to: T.self)
        }
        if T.self == Double.self {
            return unsafeBitCast(try ScalarDecoding.floating(Double.self, node, path: codingPath()), to: T.self)
        }
        if T.self == Decimal.self {
            return unsafeBitCast(try ScalarDecoding.decimal(node, path: codingPath()), to: T.self)
        }
        let path = codingPath()
        let decoder = NodeDecoder(node: node, codingPath: path, session: self)
        let usageCount = usages.count
        do {
            return try T(from: decoder)
        } catch let error as DecodingError {
            rollBack(toUsageCount: usageCount)
            throw error
        } catch let issue as YAMLIssue {
            rollBack(toUsageCount: usageCount)
            let context = DecodingError.Context(codingPath: path, debugDescription: issue.message, underlyingError: issue)
            throw DecodingError.dataCorrupted(context)
        } catch {
            rollBack(toUsageCount: usageCount)
            // An error thrown by a type's own init(from:): keep its text, add the location.
            let text = String(describing: error)
            let message = path.isEmpty ? text : "\(text) (at \(DecodingMessages.path(path)))"
            throw DecodingMessages.error(.dataCorrupted, message: message, mark: node.mark, codingPath: path, type: T.self)
        }
    }
}
