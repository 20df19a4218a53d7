import ArgumentParser
import Foundation
import HandbookKit

/// The handbook's source folder: what every command that reads a handbook takes first.
struct SourceArgument: ParsableArguments {
    @Argument(help: "The handbook's source folder.", completion: .directory)
    var source = "content"

    var url: URL { URL(fileURLWithPath: source) }
}

/// What the commands that build a handbook share: the source, the org shape, and what a broken
/// link is.
struct BuildOptions: ParsableArguments {
    @OptionGroup var source: SourceArgument

    @Option(help: "The org shape to build (a name under 'shapes:' in handbook.yml); default: the one handbook.yml names.")
    var shape: String?

    @Option(help: ArgumentHelp(
        "What a broken link is: 'error' stops the build; 'warn' builds the site and reports each as a warning. Default: 'broken_links:' in handbook.yml, else error.",
        valueName: "error|warn"))
    var brokenLinks: BrokenLinks?

    enum BrokenLinks: String, ExpressibleByArgument, CaseIterable {
        case error, warn

        var severity: Diagnostic.Severity { self == .error ? .error : .warning }
    }

    /// A build of the source into `destination`, with these options.
    func build(_ destination: Build.Destination) -> Build {
        var build = Build(source: source.url, destination: destination)
        build.shape = shape
        build.brokenLinks = brokenLinks?.severity
        return build
    }
}
