/// An entry point for fuzzers: any bytes must compile and render without crashing or hanging.
extension TemplateLibrary {
    /// Compiles `data` as a template that can include itself, and renders it with a context
    /// that has a value of each kind, within limits small enough for thousands of runs a second.
    /// Names are interned for the whole process, so a long run's memory grows by a few dozen
    /// bytes per name never seen before (give libFuzzer's `-rss_limit_mb` room for it).
    public static func fuzz(_ data: [UInt8]) {
        let text = String(decoding: data, as: UTF8.self)
        let library = TemplateLibrary(
            [TemplateSource(name: "a", text: text), TemplateSource(name: "b", text: text)],
            limits: TemplateLimits(steps: 10_000, outputBytes: 1 << 20))
        let item: TemplateValue = ["name": "<b>&'\"", "count": 2, "flag": true, "a": "b"]
        let root: TemplateValue = [
            "name": "x", "count": 0, "flag": false, "empty": [], "null": nil, "a": "a",
            "list": [item, 1, "s", true, [item]], "item": item,
        ]
        var output: [UInt8] = []
        _ = try? library.render("a", with: root, into: &output)
        _ = library.tags(of: "a")
    }
}
