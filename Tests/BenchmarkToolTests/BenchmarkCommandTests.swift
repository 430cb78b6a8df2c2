import CorpusGenerator
import Foundation
import Testing

/// Runs the built `nordic-compare-bench` on a tiny corpus. Nothing here checks how fast anything is.
@Suite("Benchmark command")
struct BenchmarkCommandTests {
    @Test("the benchmark runs every phase on a tiny corpus and writes the JSON keys")
    func benchmarkWritesJSON() throws {
        let folder = try ScratchFolder()
        let json = folder.url.appendingPathComponent("results.json")
        let result = try runProgram(BenchmarkPaths.benchExecutable, [
            "--plugins", "2", "--initiatives-per-plugin", "2", "--seed", "3", "--repetitions", "1", "--json", json.path,
        ])
        #expect(result.status == 0, "\(result.error)")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any]
        let root = try #require(object)
        for key in ["corpus_bytes", "initiatives", "floor_seconds", "end_to_end_seconds", "peak_rss_bytes", "phases",
                    "floor_parallel_seconds", "end_to_end_over_floor", "machine", "parameters",
                    "paired_over_floor_median"] {
            #expect(root[key] != nil, "missing \(key)")
        }
        // One back-to-back pair per repetition, each a positive ratio.
        let ratios = try #require(root["paired_over_floor"] as? [Double])
        #expect(ratios.count == 1)
        #expect(ratios.allSatisfy { $0 > 0 })
        // The quickest runs: no slower than the medians, and their ratio is the one printed.
        let fastestRun = try #require(root["fastest_end_to_end_seconds"] as? Double)
        let fastestFloor = try #require(root["fastest_floor_seconds"] as? Double)
        let fastestRatio = try #require(root["fastest_over_floor"] as? Double)
        #expect(fastestRun > 0 && fastestRun <= (root["end_to_end_seconds"] as? Double ?? 0))
        #expect(fastestFloor > 0 && fastestFloor <= (root["floor_seconds"] as? Double ?? 0))
        #expect(abs(fastestRatio - fastestRun / fastestFloor) < 1e-9)
        #expect(result.output.contains(String(format: "fastest: end to end %.3f s = %.2f ×", fastestRun, fastestRatio)))
        #expect(root["initiatives"] as? Int == 4)
        #expect((root["corpus_bytes"] as? Int ?? 0) > 0)
        let phases = try #require(root["phases"] as? [[String: Any]])
        let names = phases.compactMap { $0["name"] as? String }
        for name in ["end_to_end", "read_files", "libyaml_events", "parse_tree", "decode", "load_concurrent", "validate",
                     "build_tables", "findings", "render_markdown", "render_csv", "render_json", "render_html", "render_docx",
                     "render_latex", "render_latex_fragment", "render_and_write"] {
            #expect(names.contains(name), "missing phase \(name)")
        }
        for phase in phases {
            #expect(phase["seconds"] is Double)
            #expect(phase["mb_per_s"] != nil)
        }
        #expect(result.output.contains("libyaml"))
        #expect(result.output.contains("back to back: median"))
    }

    @Test("generate writes the same corpus as the library")
    func generateCommand() throws {
        let folder = try ScratchFolder()
        let result = try runProgram(BenchmarkPaths.benchExecutable, [
            "generate", "--plugins", "2", "--initiatives-per-plugin", "3", "--seed", "9", "--output", folder.path,
        ])
        #expect(result.status == 0, "\(result.error)")
        for file in CorpusGenerator.files(CorpusParameters(plugins: 2, initiativesPerPlugin: 3, seed: 9)) {
            let written = try Data(contentsOf: folder.url.appendingPathComponent(file.relativePath))
            #expect([UInt8](written) == file.contents, "\(file.relativePath)")
        }
    }

    @Test("the benchmark measures an existing corpus with --corpus")
    func existingCorpus() throws {
        let folder = try ScratchFolder()
        _ = try CorpusGenerator.write(CorpusParameters(plugins: 1, initiativesPerPlugin: 2, seed: 5), to: folder.path)
        let json = folder.url.appendingPathComponent("results.json")
        let result = try runProgram(BenchmarkPaths.benchExecutable, [
            "--corpus", folder.path, "--repetitions", "1", "--json", json.path,
        ])
        #expect(result.status == 0, "\(result.error)")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any]
        #expect(object?["initiatives"] as? Int == 2)
    }

    /// Runs the scaling check on two tiny corpora (one plugin of two initiatives, then two) and reads its JSON.
    func scaling(tolerance: String, in folder: ScratchFolder) throws -> (status: Int32, output: String, json: [String: Any]) {
        let json = folder.url.appendingPathComponent("scaling.json")
        let result = try runProgram(BenchmarkPaths.benchExecutable, [
            "scaling", "--small-plugins", "1", "--large-plugins", "2", "--initiatives-per-plugin", "2", "--seed", "4",
            "--repetitions", "1", "--tolerance", tolerance, "--json", json.path,
        ])
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any]
        return (result.status, result.output + result.error, try #require(object))
    }

    @Test("the scaling check compares every phase, every format included, and passes within its tolerance")
    func scalingWithinTolerance() throws {
        let folder = try ScratchFolder()
        let (status, output, root) = try scaling(tolerance: "1000000", in: folder)
        #expect(status == 0, "\(output)")
        #expect(root["check"] as? String == "scaling")
        #expect(root["size_ratio"] as? Double == 2)
        #expect(root["within_limit"] as? Bool == true)
        #expect((root["small"] as? [String: Any])?["initiatives"] as? Int == 2)
        #expect((root["large"] as? [String: Any])?["initiatives"] as? Int == 4)
        #expect(root["render_formats"] as? [String] == ["markdown", "csv", "json", "html", "docx", "xlsx", "latex",
                                                        "latex-fragment", "datapackage", "sqlite"])
        let phases = try #require(root["phases"] as? [[String: Any]])
        let names = phases.compactMap { $0["name"] as? String }
        for name in ["end_to_end", "validate", "build_tables", "render_markdown", "render_csv", "render_json",
                     "render_html", "render_docx", "render_xlsx", "render_latex", "render_latex_fragment", "render_datapackage",
                     "render_sqlite", "render_and_write"] {
            #expect(names.contains(name), "missing phase \(name)")
        }
        for phase in phases {
            #expect(phase["flagged"] as? Bool == false)
            #expect(phase["small_min_seconds"] is Double && phase["large_min_seconds"] is Double)
        }
        #expect(output.contains("every phase within"))
    }

    @Test("the scaling check fails and names the phases that grew faster than allowed")
    func scalingOverTolerance() throws {
        let folder = try ScratchFolder()
        // A tolerance no phase can meet: every phase is flagged, the JSON still written, the exit status 1.
        let (status, output, root) = try scaling(tolerance: "0.000001", in: folder)
        #expect(status == 1)
        #expect(root["within_limit"] as? Bool == false)
        let flagged = try #require(root["flagged"] as? [String])
        #expect(flagged.contains("render_html") && flagged.contains("end_to_end"))
        #expect(output.contains("OVER"))
        // Judged by time, the derived phase (a difference of three measured ones) is shown but not judged.
        #expect(root["judged_by"] as? String == "time")
        #expect(!flagged.contains("decode"))
        #expect(output.contains("derived, not judged"))
    }

    @Test("counting instructions without Valgrind is refused before anything runs, saying what to install")
    func countingInstructionsNeedsValgrind() throws {
        let result = try runProgram(BenchmarkPaths.benchExecutable, ["scaling", "--count-instructions"],
                                    environment: ["PATH": "/nonexistent"])
        #expect(result.status == 64)
        #expect(result.error.contains("needs Valgrind's callgrind on the PATH"), "\(result.error)")
    }

    @Test("an unknown format to render is refused before anything runs")
    func unknownRenderFormat() throws {
        let result = try runProgram(BenchmarkPaths.benchExecutable, ["--render-formats", "markdown,pdf"])
        #expect(result.status != 0)
        #expect(result.error.contains("unknown format 'pdf'"))
    }
}
