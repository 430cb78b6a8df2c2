// swift-tools-version: 6.1
// The libFuzzer target, in a package of its own so that the main package's `swift build` and `swift test` never
// try to link an executable without `main`. Build and run it with Fuzz/run.sh.
import PackageDescription

let package = Package(
    name: "NordicCompareFuzz",
    dependencies: [.package(name: "NordicCompare", path: "..")],
    targets: [
        .executableTarget(
            name: "NordicCompareFuzz",
            dependencies: [
                .product(name: "PluginFormat", package: "NordicCompare"),
                .product(name: "YAMLKit", package: "NordicCompare"),
            ]
        ),
    ]
)
