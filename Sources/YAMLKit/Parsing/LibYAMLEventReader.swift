internal import CLibYAML

/// Owns one libyaml parser reading a UTF-8 buffer and hands out its events one at a time.
///
/// The parser and the current event are released in `deinit`, on every path out of a parse
/// (success, a thrown error, or an early stop), so libyaml never leaks. Only one event is
/// alive at a time: asking for the next event deletes the previous one.
struct LibYAMLEventReader: ~Copyable {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private var eventIsLive = false
    private let source: SourceText

    /// A valid address for an empty input (libyaml never reads through it).
    private nonisolated(unsafe) static let emptyInput = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)

    /// Creates a parser over `source.bytes`, which must stay valid while the reader exists.
    init(source: SourceText) throws(YAMLError) {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        guard yaml_parser_initialize(parser) == 1 else {
            parser.deallocate()
            throw YAMLError(mark: source.startMark, message: "out of memory while starting the YAML parser")
        }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, source.bytes.baseAddress ?? UnsafePointer(Self.emptyInput), source.bytes.count)
        let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        event.initialize(to: yaml_event_t())
        self.parser = parser
        self.event = event
        self.source = source
    }

    deinit {
        if eventIsLive { yaml_event_delete(event) }
        yaml_parser_delete(parser)
        parser.deallocate()
        event.deallocate()
    }

    /// Parses the next event. The returned pointer is valid until the next call or until
    /// the reader is destroyed.
    mutating func next() throws(YAMLError) -> UnsafePointer<yaml_event_t> {
        if eventIsLive {
            yaml_event_delete(event)
            eventIsLive = false
        }
        guard yaml_parser_parse(parser, event) == 1 else {
            throw LibYAMLErrorTranslator.error(from: parser.pointee, source: source)
        }
        eventIsLive = true
        return UnsafePointer(event)
    }
}
