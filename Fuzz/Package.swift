// swift-tools-version:6.0
// The fuzz targets, a package of its own so that `swift build` and `make test` never build them.
// `make fuzz` builds one with libFuzzer and AddressSanitizer on every module and runs it
// (README.md): HandbookFuzz (the sources) by default, ThemeFuzz with TARGET=theme.
import PackageDescription

/// SwiftPM names a path dependency after its folder, whatever the checkout is called.
let mainPackage = Context.packageDirectory.split(separator: "/").dropLast().last.map(String.init) ?? "handbook"

let package = Package(
    name: "HandbookFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "HandbookFuzz",
            dependencies: [.product(name: "HandbookKit", package: mainPackage)],
            path: "HandbookFuzz",
            // libFuzzer provides `main`.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        .executableTarget(
            name: "ThemeFuzz",
            dependencies: [.product(name: "HandbookKit", package: mainPackage)],
            path: "ThemeFuzz",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
