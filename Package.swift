// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "NordicCompare",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nordic-compare", targets: ["NordicCompareCLI"]),
        .library(name: "ComparisonKit", targets: ["ComparisonKit"]),
        .library(name: "YAMLKit", targets: ["YAMLKit"]),
        .library(name: "PluginFormat", targets: ["PluginFormat"]),
        .library(name: "BriefingRenderers", targets: ["BriefingRenderers"]),
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
        // libyaml events -> a located node tree -> a strict Decoder.
        .target(name: "YAMLKit", dependencies: ["CLibYAML"]),
        // The comparison protocol: model, plugins, codebook, validation, tables. No YAML, no CLI, no formats.
        .target(name: "ComparisonKit"),
        // The on-disk YAML formats (plugin manifests, initiative files, codebook, run configuration).
        .target(name: "PluginFormat", dependencies: ["YAMLKit", "ComparisonKit"]),
        // One renderer per output format behind one protocol. Knows tables, not YAML.
        .target(name: "BriefingRenderers", dependencies: ["ComparisonKit", "ZIPFoundation"]),
        // Loads a run configuration, validates, builds tables, writes outputs atomically.
        .target(name: "ComparisonRunner", dependencies: ["ComparisonKit", "PluginFormat", "BriefingRenderers"]),
        .executableTarget(
            name: "NordicCompareCLI",
            dependencies: [
                "ComparisonRunner", "ComparisonKit", "BriefingRenderers", "PluginFormat",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Development tools: a deterministic corpus generator and the benchmark (see Benchmarks/README.md).
        .target(name: "CorpusGenerator", dependencies: ["PluginFormat"], path: "Benchmarks/CorpusGenerator"),
        .executableTarget(
            name: "NordicCompareBench",
            dependencies: [
                "CorpusGenerator", "ComparisonRunner", "ComparisonKit", "PluginFormat", "BriefingRenderers", "YAMLKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/NordicCompareBench"
        ),
        // What more than one test target needs (the golden-file check); only test targets depend on it.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "YAMLKitTests", dependencies: ["YAMLKit"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ComparisonKitTests", dependencies: ["ComparisonKit"]),
        .testTarget(name: "BenchmarkToolTests", dependencies: ["CorpusGenerator", "ComparisonRunner", "ComparisonKit"]),
        .testTarget(name: "PluginFormatTests", dependencies: ["PluginFormat", "ComparisonKit", "YAMLKit"]),
        .testTarget(name: "BriefingRenderersTests", dependencies: ["BriefingRenderers", "ComparisonKit", "TestSupport"], resources: [.copy("Golden")]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["ComparisonRunner", "ComparisonKit", "BriefingRenderers", "PluginFormat", "TestSupport"],
            exclude: ["Golden", "Fixtures"]
        ),
    ]
)
