import Foundation
import Mustache

/// A theme: Mustache templates and static assets, read from one folder or more.
///
/// A user theme needs only the files it changes: every template and asset it lacks comes from
/// the default theme.
public struct Theme: Sendable {
    /// The templates every theme must provide (its own or the default theme's).
    public static let pageTemplates = ["layout", "home", "teams", "team", "raci", "shapes", "note", "print", "404"]

    /// The folders read, the most specific first (a user theme, then `default`).
    public let folders: [URL]
    let library: MustacheLibrary
    /// Asset path inside `assets/` → the file it is copied from.
    public let assets: [String: URL]

    /// Reads the templates and the asset list of a theme chain; problems become diagnostics.
    public init(folders: [URL], diagnostics: inout Diagnostics) {
        self.folders = folders
        var library = MustacheLibrary()
        var assets: [String: URL] = [:]
        /// Template name → the template in use (a user theme's replaces the default theme's).
        var inUse: [String: ThemeLinter.Template] = [:]
        let fileManager = FileManager.default
        for folder in folders.reversed() {
            let isUserTheme = folders.count > 1 ? folder != folders.last : folder.lastPathComponent != "default"
            let templates = folder.appendingPathComponent("templates")
            for name in (try? fileManager.contentsOfDirectory(atPath: templates.path))?.sorted() ?? [] where name.hasSuffix(".mustache") {
                let url = templates.appendingPathComponent(name)
                let templateName = String(name.dropLast(".mustache".count))
                guard let data = fileManager.contents(atPath: url.path), let text = String(validatingUTF8: [UInt8](data)) else {
                    diagnostics.error("theme-unreadable", at: SourceLocation(file: url.path), "the template cannot be read as UTF-8 text")
                    continue
                }
                do {
                    try library.register(text, named: templateName)
                    inUse[templateName] = ThemeLinter.Template(name: templateName, file: url, text: text, checksVariables: isUserTheme)
                } catch let error as MustacheTemplate.ParserError {
                    diagnostics.error(
                        "theme-syntax", at: SourceLocation(file: url.path, line: error.context.lineNumber, column: error.context.columnNumber),
                        "Mustache syntax error: \(error.error)", hint: "check that every {{#section}} is closed by a matching {{/section}}")
                } catch {
                    diagnostics.error("theme-syntax", at: SourceLocation(file: url.path), "Mustache syntax error: \(error)")
                }
            }
            var reader = FileReader(root: folder)
            for path in reader.files(under: "assets") {
                assets[String(path.dropFirst("assets/".count))] = folder.appendingPathComponent(path)
            }
        }
        ThemeLinter.check(inUse.values.sorted { $0.name < $1.name }, diagnostics: &diagnostics)
        for name in Self.pageTemplates where library.getTemplate(named: name) == nil {
            diagnostics.error(
                "theme-template-missing", at: SourceLocation(file: folders.first?.path ?? "theme"),
                "the theme has no '\(name).mustache' template", hint: "add templates/\(name).mustache to the theme")
        }
        self.library = library
        self.assets = assets
    }

    /// Renders a page template; `nil` when the theme lacks it.
    func render(_ context: [String: Any], template: String) -> String? {
        library.render(context, withTemplate: template)
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
