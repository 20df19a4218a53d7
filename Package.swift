// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "handbook",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "handbook", targets: ["handbook"]),
        .library(name: "HandbookKit", targets: ["HandbookKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
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
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
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
        .target(name: "HandbookTestSupport", dependencies: ["HandbookKit"], path: "Tests/Support"),
        .testTarget(name: "HandbookKitTests", dependencies: ["HandbookKit", "HandbookTestSupport"]),
        .testTarget(name: "handbookTests", dependencies: ["HandbookKit", "HandbookTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
