import Foundation
import MustacheEngine

/// A theme: Mustache templates and static assets, read from one folder or more.
///
/// A user theme needs only the files it changes: every template and asset it lacks comes from
/// the default theme. A theme is untrusted like the source: only regular files inside its folder
/// are read (a link out of it is a warning and is not followed), and no template can crash or
/// hang the build (the engine refuses partial cycles and runaway nesting, ``TemplateLibrary``).
public struct Theme: Sendable {
    /// The templates every theme must provide (its own or the default theme's).
    public static let pageTemplates = ["layout", "home", "teams", "team", "raci", "shapes", "changes", "note", "print", "404"]

    /// The folders read, the most specific first (a user theme, then `default`).
    public let folders: [URL]
    let library: TemplateLibrary
    /// Asset path inside `assets/` → the file it is copied from.
    public let assets: [String: URL]

    /// Reads and compiles the templates and lists the assets of a theme chain; problems become diagnostics.
    public init(folders: [URL], diagnostics: inout Diagnostics) {
        self.folders = folders
        var sources: [String: (source: TemplateSource, checksVariables: Bool)] = [:]
        var assets: [String: URL] = [:]
        for folder in folders.reversed() {
            let isUserTheme = folders.count > 1 ? folder != folders.last : folder.lastPathComponent != "default"
            var reader = FileReader(root: folder)
            for path in reader.files(under: "templates") where path.hasSuffix(".mustache") {
                guard let file = reader.text(at: path) else { continue }
                let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
                sources[name] = (TemplateSource(name: name, text: file.text, file: folder.appendingPathComponent(path).path), isUserTheme)
            }
            for path in reader.files(under: "assets") {
                assets[String(path.dropFirst("assets/".count))] = folder.appendingPathComponent(path)
            }
            diagnostics.append(contentsOf: Diagnostics(Self.theThemes(reader.diagnostics, in: folder)))
        }
        let library = TemplateLibrary(sources.values.map(\.source))
        for error in library.errors { diagnostics.append(Self.diagnostic(for: error)) }
        let names = library.templateNames
        for (name, template) in sources.sorted(by: { $0.key < $1.key }) {
            for tag in library.tags(of: name) ?? [] where tag.kind == .partial || tag.kind == .parent {
                guard !tag.name.hasPrefix("*"), !names.contains(tag.name) else { continue }
                diagnostics.warning(
                    "theme-partial-missing", at: SourceLocation(file: template.source.file, line: tag.line, column: tag.column),
                    "the template uses the partial '\(tag.name)', but no folder of the theme has templates/\(tag.name).mustache",
                    hint: Spelling.closest(to: tag.name, in: names).map { "did you mean '\($0)'?" } ?? "add templates/\(tag.name).mustache to the theme, or remove the tag")
            }
        }
        for (name, template) in sources.sorted(by: { $0.key < $1.key }) where template.checksVariables {
            ThemeLinter.check(library.tags(of: name) ?? [], file: template.source.file, diagnostics: &diagnostics)
        }
        for name in Self.pageTemplates where !names.contains(name) && sources[name] == nil {
            diagnostics.error(
                "theme-template-missing", at: SourceLocation(file: folders.first?.path ?? "theme"),
                "the theme has no '\(name).mustache' template", hint: "add templates/\(name).mustache to the theme")
        }
        self.library = library
        self.assets = assets
    }

    /// Renders a template with a context stack, its last value on top.
    func render(_ template: String, context: [TemplateValue]) throws(TemplateError) -> String {
        var output: [UInt8] = []
        try library.render(template, with: context, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// A template's problem as a diagnostic at its file, line and column.
    static func diagnostic(for error: TemplateError) -> Diagnostic {
        let location = SourceLocation(file: error.file, line: error.line, column: error.column)
        switch error.kind {
        case .partialCycle:
            return .error("theme-partial-cycle", at: location, error.message, hint: "put the partial inside a section that ends, e.g. {{#children}}{{>tree-node}}{{/children}}")
        case .nestingTooDeep:
            return .error("theme-nesting", at: location, error.message, hint: "a template may nest sections \(TemplateLibrary.maximumNesting) deep at most")
        case .recursionTooDeep, .renderTooLarge:
            return .error("theme-render", at: location, error.message, hint: "check for a partial that includes itself, or sections over lists inside each other")
        case .unknownTemplate:
            return .error("theme-template-missing", at: location, error.message)
        case .missingPartial:
            return .warning("theme-partial-missing", at: location, error.message)
        case .unclosedSection, .mismatchedClose:
            return .error("theme-syntax", at: location, "Mustache syntax error: \(error.message)", hint: "check that every {{#section}} is closed by a matching {{/section}}")
        case .unclosedTag, .invalidName, .badDelimiters, .misplacedTag, .unsupportedPragma:
            return .error("theme-syntax", at: location, "Mustache syntax error: \(error.message)")
        }
    }

    /// What the file reader found in a theme folder, said of the theme: its codes and its paths.
    private static func theThemes(_ diagnostics: Diagnostics, in folder: URL) -> [Diagnostic] {
        diagnostics.all.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.code = diagnostic.code.replacingOccurrences(of: "source-", with: "theme-")
            diagnostic.message = diagnostic.message.replacingOccurrences(of: "source folder", with: "theme folder")
            diagnostic.hint = diagnostic.hint?.replacingOccurrences(of: "source folder", with: "theme folder")
            if let location = diagnostic.location {
                diagnostic.location = SourceLocation(file: folder.appendingPathComponent(location.file).path, line: location.line, column: location.column)
            }
            return diagnostic
        }
    }

    /// Finds a theme by name or path, and puts the default theme behind it for what it does not have.
    public static func locate(_ nameOrPath: String, sourceRoot: URL) -> [URL]? {
        let fileManager = FileManager.default
        let isFolder = { (url: URL) -> Bool in
            var folder: ObjCBool = false
            return fileManager.fileExists(atPath: url.path, isDirectory: &folder) && folder.boolValue
        }
        let found: URL?
        if nameOrPath.contains("/") || nameOrPath.hasPrefix(".") {
            let url = nameOrPath.hasPrefix("/") ? URL(fileURLWithPath: nameOrPath) : sourceRoot.appendingPathComponent(nameOrPath)
            found = isFolder(url) ? url.standardizedFileURL : nil
        } else {
            found = searchPath(sourceRoot: sourceRoot).map { $0.appendingPathComponent(nameOrPath) }.first(where: isFolder)
        }
        guard let found else { return nil }
        if nameOrPath == "default" { return [found] }
        guard let fallback = searchPath(sourceRoot: sourceRoot).map({ $0.appendingPathComponent("default") }).first(where: isFolder)
        else { return [found] }
        return found.standardizedFileURL == fallback.standardizedFileURL ? [found] : [found, fallback]
    }

    /// Where themes are looked for by name: beside and inside the source folder, then where
    /// `make install` puts them, then the checkout this binary was built from.
    static func searchPath(sourceRoot: URL) -> [URL] {
        var folders = [
            sourceRoot.appendingPathComponent("themes"),
            sourceRoot.deletingLastPathComponent().appendingPathComponent("themes"),
        ]
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            folders.append(executable.deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("share/handbook/themes"))
        }
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        folders.append(checkout.appendingPathComponent("themes"))
        return folders
    }
}
