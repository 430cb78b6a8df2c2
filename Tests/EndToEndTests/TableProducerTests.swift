import ComparisonKit
@testable import ComparisonRunner
import Testing

/// The thread that builds a run's tables one at a time gives every table, in view order, then nil, however many
/// tables there are.
@Suite struct TableProducerTests {
    @Test(arguments: [0, 1, 3])
    func givesEveryTableInViewOrderThenNil(count: Int) throws {
        let run = try #require(try Runner.prepare(RunOptions(configPath: Repository.defaultConfig,
                                                              formats: ["markdown"])).run)
        let views = Array(run.views.prefix(count))
        try #require(views.count == count)
        let producer = TableProducer(views: views, builder: run.tableBuilder())
        var ids: [String] = []
        while let table = producer.next() { ids.append(table.viewID) }
        #expect(ids == views.map(\.id))
        #expect(producer.next() == nil)
    }
}
