// swift-tools-version:6.0
// The fuzz target, a package of its own so that `swift build` and `make test` never build it.
// `make fuzz` builds it with libFuzzer and AddressSanitizer on every module and runs it.
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
    ],
    swiftLanguageModes: [.v6]
)
