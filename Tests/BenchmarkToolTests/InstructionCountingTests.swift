import Testing
@testable import NordicCompareBench

/// The scaling check reads each phase's instructions from the profile parts callgrind writes when the benchmark marks
/// a phase; these are the headers of such parts, as callgrind 3.19 writes them.
@Suite("Benchmark: instructions counted under callgrind")
struct InstructionCountingTests {
    static let part = """
        # callgrind format
        version: 1
        creator: callgrind-3.19.0
        pid: 4242
        cmd:  /tmp/nordic-compare-bench-counted run --corpus /tmp/corpus --repetitions 1
        part: 7


        desc: I1 cache: 
        desc: D1 cache: 
        desc: LL cache: 

        desc: Timerange: Basic block 123 - 456
        desc: Trigger: Client Request: phase:render_markdown:0

        positions: line
        events: Ir
        summary: 15707630


        totals: 15707630
        """

    @Test func aPhasesPartGivesItsNameRepetitionAndTotal() throws {
        let part = try #require(InstructionCounting.profilePart(Self.part))
        #expect(part.phase == "render_markdown" && part.repetition == 0 && part.instructions == 15_707_630)
    }

    @Test func aPartCallgrindWroteForAnotherReasonIsNotAPhase() {
        let atExit = Self.part.replacingOccurrences(of: "Client Request: phase:render_markdown:0", with: "Program termination")
        #expect(InstructionCounting.profilePart(atExit) == nil)
    }

    @Test func thePartNamesAPhaseAsTheTimerMarksIt() {
        #expect(InstructionCounting.partName(phase: "render_and_write", repetition: 2) == "phase:render_and_write:2")
        let named = Self.part.replacingOccurrences(of: "phase:render_markdown:0",
                                                    with: InstructionCounting.partName(phase: "render_and_write", repetition: 2))
        #expect(InstructionCounting.profilePart(named)?.phase == "render_and_write")
        #expect(InstructionCounting.profilePart(named)?.repetition == 2)
    }
}
