/// The tool's version, printed by `--version` and in every page's generator line.
public enum Version {
    public static let current = "0.1.0"
}
