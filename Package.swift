// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "handbook",
    // Linux only (Debian 12 is what CI runs): the code calls Glibc, inotify and renameat2 directly,
    // so no Apple platform is claimed.
    products: [
        .executable(name: "handbook", targets: ["handbook"]),
        .library(name: "HandbookKit", targets: ["HandbookKit"]),
        .library(name: "MustacheEngine", targets: ["MustacheEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(
            name: "HandbookKit",
            dependencies: [
                "CCmarkGFM",
                "MustacheEngine",
                .product(name: "Yams", package: "Yams"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "handbook",
            dependencies: [
                "HandbookKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc (Debian's libmimalloc-dev) replaces glibc's malloc for the whole process:
            // 12–17% less wall time at 10,000 notes, mostly in cmark-gfm's and Swift's small
            // allocations (BENCHMARKS.md).
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        // Our Mustache engine: templates compiled to a flat program, typed values (docs/themes.md).
        .target(name: "MustacheEngine"),
        .target(name: "HandbookTestSupport", dependencies: ["HandbookKit"], path: "Tests/Support"),
        .testTarget(name: "HandbookKitTests", dependencies: ["HandbookKit", "HandbookTestSupport", "MustacheEngine"]),
        .testTarget(name: "handbookTests", dependencies: ["HandbookKit", "HandbookTestSupport"]),
        // The engine against the official Mustache spec (vendored in Spec/, with its licence).
        .testTarget(
            name: "MustacheEngineTests",
            dependencies: ["MustacheEngine"],
            resources: [.copy("Spec")]
        ),
        // Renders a real note page many times (make bench): swift build -c release --product TemplateBench
        .executableTarget(
            name: "TemplateBench",
            dependencies: ["HandbookKit"],
            path: "Benchmarks/TemplateBench"
        ),
        // What serve does between a save and the page showing it (make bench): swift build -c release --product SaveBench
        .executableTarget(
            name: "SaveBench",
            dependencies: ["HandbookKit"],
            path: "Benchmarks/SaveBench"
        ),
    ],
    swiftLanguageModes: [.v6]
)
