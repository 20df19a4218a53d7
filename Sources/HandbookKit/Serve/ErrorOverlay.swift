/// The box `serve` lays over a page while the source has errors: what is wrong, escaped,
/// above the last good version of the page (or the page that says there is none yet).
struct ErrorOverlay {
    let errors: [Diagnostic]
    /// Whether a good build is under the box; before the first one there is none.
    var overGoodPage = true

    /// The overlay's HTML, styled inline so that no theme can hide it; empty without errors.
    var html: String {
        guard !errors.isEmpty else { return "" }
        let lines = errors.map { error in
            HTML.escape(error.description) + (error.hint.map { "\n  hint: " + HTML.escape($0) } ?? "")
        }
        let count = errors.count == 1 ? "1 error" : "\(errors.count) errors"
        return """
            <div id="handbook-serve-errors" role="alert" style="position:fixed;left:1rem;right:1rem;bottom:1rem;\
            max-height:60vh;overflow:auto;z-index:2147483647;margin:0;padding:1rem 1.25rem;border-radius:8px;\
            background:#2a1215;color:#ffe4e4;border:2px solid #e5484d;box-shadow:0 10px 40px rgba(0,0,0,.45);\
            font:14px/1.5 system-ui,sans-serif;text-align:left">
            <button type="button" onclick="this.parentNode.remove()" aria-label="Hide" style="float:right;\
            background:none;border:0;color:inherit;font-size:1.4rem;line-height:1;cursor:pointer">×</button>
            <strong>The source has \(count).</strong> \(overGoodPage ? "This is the last good version of the page; it" : "Nothing has been built yet; this page") \
            reloads when the errors are fixed.
            <pre style="margin:.75rem 0 0;white-space:pre-wrap;font:13px/1.5 ui-monospace,monospace">\
            \(lines.joined(separator: "\n"))</pre>
            </div>
            """
    }
}
