internal import CLibYAML

/// Turns the error state of a failed libyaml parser into a ``YAMLError`` a person can act on.
enum LibYAMLErrorTranslator {
    /// The error libyaml reported, located in `source`.
    static func error(from parser: yaml_parser_t, source: SourceText) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        switch parser.error {
        case YAML_MEMORY_ERROR:
            return YAMLError(mark: source.startMark, message: "out of memory while parsing YAML")
        case YAML_READER_ERROR:
            return readerError(problem: problem, parser: parser, source: source)
        default:
            return syntaxError(problem: problem, parser: parser, source: source)
        }
    }

    /// An encoding problem: libyaml gives a byte offset and the offending byte or code point.
    private static func readerError(problem: String, parser: yaml_parser_t, source: SourceText) -> YAMLError {
        var offset = parser.problem_offset
        if problem.contains("trailing") {
            // libyaml points at the bad continuation byte; point at the character it breaks.
            for back in 1...3 where offset >= back && offset - back < source.bytes.count {
                if source.bytes[offset - back] >= 0xC0 {
                    offset -= back
                    break
                }
            }
        }
        let mark = source.mark(byteOffset: offset)
        let value = Int(parser.problem_value)
        let message: String
        if problem.contains("control characters") {
            message = "control character \(codePoint(value)) is not allowed in YAML; remove it"
        } else if problem.contains("UTF-8") || problem.contains("Unicode") {
            let detail = value >= 0 ? " (\(problem), value \(hexByte(value)))" : " (\(problem))"
            message = "text is not valid UTF-8 here\(detail); save the file as UTF-8"
        } else {
            message = "cannot read the text: \(problem)"
        }
        return YAMLError(mark: mark, message: message)
    }

    /// A scanner or parser error: libyaml gives a problem mark and often a context mark.
    private static func syntaxError(problem: String, parser: yaml_parser_t, source: SourceText) -> YAMLError {
        let mark = source.problemMark(line: parser.problem_mark.line, column: parser.problem_mark.column)
        var message = "YAML syntax error: \(problem)"
        if let contextPointer = parser.context {
            let context = String(cString: contextPointer)
            let contextMark = source.problemMark(line: parser.context_mark.line, column: parser.context_mark.column)
            if contextMark.line != mark.line || contextMark.column != mark.column {
                message += " (\(context) that starts at line \(contextMark.line), column \(contextMark.column))"
            } else {
                message += " (\(context))"
            }
        }
        if let hint = hint(problem: problem, parser: parser, source: source) {
            message += "; \(hint)"
        }
        return YAMLError(mark: mark, message: message)
    }

    /// Advice for the most common hand-editing mistakes.
    private static func hint(problem: String, parser: yaml_parser_t, source: SourceText) -> String? {
        let line = parser.problem_mark.line, column = parser.problem_mark.column
        if problem.contains("tab character")
            || (problem.contains("cannot start any token") && source.byte(line: line, column: column) == 0x09) {
            return "YAML does not allow tab characters for indentation; use spaces"
        }
        if problem.contains("mapping values are not allowed") {
            return "check the indentation, or quote a value that contains ': '"
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-'") {
            return "check the indentation of this line and the lines above it"
        }
        return nil
    }

    private static func codePoint(_ value: Int) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private static func hexByte(_ value: Int) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "0x" + (hex.count < 2 ? "0" + hex : hex)
    }
}
