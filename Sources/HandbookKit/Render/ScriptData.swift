import Foundation

/// A JavaScript file that hands JSON to the page: loadable with a `<script>` tag from file://,
/// where fetching JSON is refused.
enum ScriptData {
    /// `window.<name> = <value>;`, for a file every page loads with a `<script>` tag.
    static func assign(_ value: some Encodable, to name: String) -> Data {
        script("window.\(name) = ", value)
    }

    /// `window.handbookShards["<name>"] = <value>;`, for a file a script loads when it needs it:
    /// the loader finds the value under the name it asked for, whatever order files arrive in.
    static func shard(_ name: String, _ value: some Encodable) -> Data {
        script("(window.handbookShards = window.handbookShards || {})[\"\(name)\"] = ", value)
    }

    private static func script(_ start: String, _ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data(start.utf8)
        data.append((try? encoder.encode(value)) ?? Data("null".utf8))
        data.append(Data(";\n".utf8))
        return data
    }
}
