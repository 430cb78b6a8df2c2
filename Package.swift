// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "NordicCompare",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nordic-compare", targets: ["NordicCompareCLI"]),
        // Supported for other packages: ComparisonKit (plugins written in Swift) and ComparisonRunner (running a
        // comparison with them). YAMLKit and PluginFormat are the tool's own modules, exported only for Fuzz/, with
        // just what the fuzz target calls as public API; the modules share the rest with `package` access. The
        // renderer modules are the tool's own and not products.
        .library(name: "ComparisonKit", targets: ["ComparisonKit"]),
        .library(name: "YAMLKit", targets: ["YAMLKit"]),
        .library(name: "PluginFormat", targets: ["PluginFormat"]),
        .library(name: "ComparisonRunner", targets: ["ComparisonRunner"]),
        .executable(name: "nordic-compare-bench", targets: ["NordicCompareBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        // The system libyaml (Debian: libyaml-dev), found through pkg-config.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // The system SQLite library (Debian: libsqlite3-dev), found through pkg-config, for the SQLite format.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        // libyaml events -> a located node tree -> a strict Decoder.
        .target(name: "YAMLKit", dependencies: ["CLibYAML"]),
        // The words the tool writes, one JSON file per language (Languages/<code>.json), compiled into the binary as
        // bytes: no file is looked up at run time. A target of its own so that editing the core does not recompile them.
        .target(name: "LanguageFiles", resources: [.embedInCode("Languages")]),
        // The comparison protocol: model, plugins, codebook, validation, tables. No YAML, no CLI, no formats.
        .target(name: "ComparisonKit", dependencies: ["LanguageFiles"]),
        // The on-disk YAML formats (plugin manifests, initiative files, codebook, run configuration).
        .target(name: "PluginFormat", dependencies: ["YAMLKit", "ComparisonKit"]),
        // The renderer protocol, registry, sink and buffer (Core/), and one folder per format that needs nothing
        // but the tables (Formats/): Markdown, CSV, JSON, HTML with its SVG charts, LaTeX. Knows tables, not YAML.
        // Where the system's hyphenation dictionaries (libhyphen's hyph_*.dic, Debian's hyphen-* packages) allow a
        // word to break, by Liang's patterns: the HTML tables' soft hyphens. Reads no YAML and knows no tables.
        .target(name: "Hyphenation"),
        .target(name: "BriefingRenderers", dependencies: ["ComparisonKit", "Hyphenation"]),
        // What the Office Open XML formats share (the ZIP container with its fixed order and dates, the property
        // parts, XML escaping): the one module that depends on ZIPFoundation (imported internally, so users of the
        // module do not see it).
        .target(name: "OfficeOpenXML", dependencies: ["BriefingRenderers", "ZIPFoundation"]),
        // Word (.docx), in a module of its own because it zips.
        .target(name: "BriefingDOCX", dependencies: ["BriefingRenderers", "ComparisonKit", "OfficeOpenXML"]),
        // Excel (.xlsx): the views, their sources and the data tables as sheets, in a module of its own because it zips.
        .target(name: "BriefingXLSX", dependencies: ["BriefingRenderers", "ComparisonKit", "OfficeOpenXML"]),
        // The SQLite database: the format that writes through the system SQLite library, in a module of its own so
        // that it alone links it.
        .target(name: "BriefingSQLite", dependencies: ["BriefingRenderers", "ComparisonKit", "CSQLite"]),
        // The formats this build ships, registered in one list (`RendererRegistry.standard`): the one place that
        // sees every format module.
        .target(name: "StandardRenderers", dependencies: ["BriefingRenderers", "BriefingDOCX", "BriefingXLSX", "BriefingSQLite", "Hyphenation"]),
        // SHA-256 block compression with the processor's SHA instructions (x86-64's SHA-NI), for ComparisonRunner's
        // digests of every file a run writes; the portable version is ComparisonRunner's own, in Swift.
        .target(name: "CSHA256"),
        // Loads a run configuration, validates, builds tables, writes outputs atomically.
        .target(name: "ComparisonRunner", dependencies: ["ComparisonKit", "PluginFormat", "BriefingRenderers", "StandardRenderers", "CSHA256"]),
        // Process-wide allocator settings, made only by the executables (the tool and the benchmark).
        .target(name: "ProcessTuning"),
        .executableTarget(
            name: "NordicCompareCLI",
            dependencies: [
                "ComparisonRunner", "ComparisonKit", "BriefingRenderers", "StandardRenderers", "PluginFormat",
                "ProcessTuning",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Development tools: a deterministic corpus generator and the benchmark (see Benchmarks/README.md).
        .target(name: "CorpusGenerator", dependencies: ["PluginFormat", "ComparisonKit"], path: "Benchmarks/CorpusGenerator"),
        // Valgrind's callgrind client requests (compiled out where Valgrind's headers are missing): how the benchmark
        // marks its phases when the scaling check counts their instructions.
        .target(name: "CCallgrind", path: "Benchmarks/CCallgrind"),
        .executableTarget(
            name: "NordicCompareBench",
            dependencies: [
                "ProcessTuning", "CCallgrind",
                "CorpusGenerator", "ComparisonRunner", "ComparisonKit", "PluginFormat", "BriefingRenderers",
                "StandardRenderers", "YAMLKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/NordicCompareBench"
        ),
        // What more than one test target needs (the golden-file check); only test targets depend on it.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "YAMLKitTests", dependencies: ["YAMLKit"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ComparisonKitTests", dependencies: ["ComparisonKit"]),
        .testTarget(name: "BenchmarkToolTests", dependencies: ["CorpusGenerator", "ComparisonRunner", "ComparisonKit", "NordicCompareBench"]),
        .testTarget(name: "PluginFormatTests", dependencies: ["PluginFormat", "ComparisonKit", "YAMLKit"]),
        .testTarget(name: "BriefingRenderersTests", dependencies: ["BriefingRenderers", "Hyphenation", "BriefingDOCX", "BriefingXLSX", "BriefingSQLite", "StandardRenderers", "ComparisonKit", "TestSupport", "ZIPFoundation", "CSQLite"], resources: [.copy("Golden")]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["ComparisonRunner", "ComparisonKit", "BriefingRenderers", "PluginFormat", "TestSupport"],
            exclude: ["Golden", "Fixtures", "Editions"]
        ),
    ]
)
