import Foundation

/// Walks parsed JSON along a JSON Schema, as far as `schema/view.schema.json` uses the vocabulary: `$ref` into
/// `$defs`, `type`, `enum`, `const`, `pattern`, `minimum`, `properties` with `required` (every object of the schema
/// takes no other keys), `items`, and `oneOf` whose branches a constant `kind` tells apart. It notes every value
/// that breaks the schema and every key met, by the definition that declares it (`entry.qualifier`, `#.view` for the
/// top level), so that a test can also find keys the schema declares but the writer never writes.
struct SchemaWalker {
    let root: [String: Any]
    private(set) var problems: [String] = []
    /// `definition.key` for every key met in the values walked.
    private(set) var emitted: Set<String> = []

    init(root: [String: Any]) { self.root = root }

    /// `definition.key` for every property the schema declares.
    var declared: Set<String> {
        var keys: Set<String> = []
        let definitions = [("#", root)] + ((root["$defs"] as? [String: Any]) ?? [:]).map { ($0.key, $0.value as? [String: Any] ?? [:]) }
        for (name, schema) in definitions {
            for key in ((schema["properties"] as? [String: Any]) ?? [:]).keys { keys.insert(name + "." + key) }
        }
        return keys
    }

    /// Walks one document, `file` naming it in problems.
    mutating func check(_ value: Any, file: String) {
        walk(value, root, name: "#", path: file)
    }

    /// The schema a `$ref` points to and its definition's name, or the schema itself.
    func resolve(_ schema: [String: Any], name: String) -> (schema: [String: Any], name: String) {
        guard let reference = schema["$ref"] as? String, reference.hasPrefix("#/$defs/") else { return (schema, name) }
        let definition = String(reference.dropFirst("#/$defs/".count))
        return ((root["$defs"] as? [String: Any])?[definition] as? [String: Any] ?? [:], definition)
    }

    /// The JSON types a schema allows for a value (`oneOf`, `enum` and `const` give theirs), after `$ref`.
    func types(of schema: [String: Any]) -> Set<String> {
        let schema = resolve(schema, name: "").schema
        if let type = schema["type"] as? String { return [type] }
        if let types = schema["type"] as? [String] { return Set(types) }
        if let values = schema["enum"] as? [Any] { return Set(values.map(Self.type(of:))) }
        if let value = schema["const"] { return [Self.type(of: value)] }
        if let branches = schema["oneOf"] as? [[String: Any]] { return branches.reduce([]) { $0.union(types(of: $1)) } }
        return []
    }

    private mutating func walk(_ value: Any, _ schema: [String: Any], name: String, path: String) {
        let (schema, name) = resolve(schema, name: name)
        if let branches = schema["oneOf"] as? [[String: Any]] {
            let kind = (value as? [String: Any])?["kind"] as? String
            let matching = branches.map { resolve($0, name: name) }.filter { branch in
                ((branch.schema["properties"] as? [String: Any])?["kind"] as? [String: Any])?["const"] as? String == kind
            }
            guard matching.count == 1 else {
                problems.append("\(path): \(matching.count) branches of \(name)'s oneOf take kind \(kind ?? "none")")
                return
            }
            walk(value, matching[0].schema, name: matching[0].name, path: path)
            return
        }
        let type = Self.type(of: value)
        let allowed = types(of: schema)
        if !allowed.isEmpty, !allowed.contains(type) {
            problems.append("\(path): a \(type) where \(name) takes \(allowed.sorted())")
        }
        if let values = schema["enum"] as? [Any], !values.contains(where: { Self.same($0, value) }) {
            problems.append("\(path): \(value) is not one of \(name)'s values")
        }
        if let constant = schema["const"], !Self.same(constant, value) {
            problems.append("\(path): \(value) is not \(name)'s constant \(constant)")
        }
        if let pattern = schema["pattern"] as? String, let text = value as? String,
           text.range(of: pattern, options: .regularExpression) == nil {
            problems.append("\(path): \(text.prefix(40).debugDescription) does not match \(name)'s pattern \(pattern)")
        }
        if let minimum = schema["minimum"] as? Int, let number = value as? Int, number < minimum {
            problems.append("\(path): \(number) is below \(name)'s minimum \(minimum)")
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in object.keys.sorted() {
                guard let property = properties[key] as? [String: Any], let member = object[key] else {
                    problems.append("\(path): the writer wrote '\(key)', which \(name) does not declare")
                    continue
                }
                emitted.insert(name + "." + key)
                walk(member, property, name: name + "." + key, path: path + "." + key)
            }
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): no '\(key)', which \(name) requires")
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() { walk(item, items, name: name + "[]", path: path + "[\(index)]") }
        }
    }

    /// The JSON type of a value from `JSONSerialization` (which writes no booleans here).
    static func type(of value: Any) -> String {
        switch value {
        case is NSNull: return "null"
        case is String: return "string"
        case is [Any]: return "array"
        case is [String: Any]: return "object"
        case let number as NSNumber: return number.doubleValue.rounded() == number.doubleValue ? "integer" : "number"
        default: return "unknown"
        }
    }

    /// Whether two scalars from `JSONSerialization` are the same value.
    static func same(_ lhs: Any, _ rhs: Any) -> Bool {
        switch (lhs, rhs) {
        case (is NSNull, is NSNull): return true
        case (let a as String, let b as String): return a == b
        case (let a as NSNumber, let b as NSNumber): return a == b
        default: return false
        }
    }
}
