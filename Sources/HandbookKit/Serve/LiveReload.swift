import Foundation

/// What open pages need to follow the builds: an id per page that changes when the page does,
/// and the errors of the latest build.
///
/// Every served HTML page gets a small script that asks ``endpoint`` for its page's id twice a
/// second and reloads when it changes: a page whose bytes a change did not touch stays as it is.
/// A plain request rather than server-sent events: an event stream holds one of the browser's six
/// connections to the server per open tab.
actor LiveReload {
    /// Where pages ask for their id (`?page=notes/a.html`); no file of a site can have this path.
    static let endpoint = "/__handbook/build"

    /// Differs on every run of `serve`, so pages left open across a restart reload too.
    private let session = "handbook-" + String(UUID().uuidString.prefix(8)).lowercased()
    /// Changes when every page changes: the site as a whole, or the errors shown over every page.
    private var epoch = 0
    private var updates = 0
    /// Page path → the update that last changed it.
    private var pageUpdates: [String: Int] = [:]
    private var errors: [Diagnostic] = []

    /// The id of a page (a site path, e.g. `notes/a.html`) as it is now.
    func id(of page: String) -> String {
        "\(session)-\(epoch)-\(pageUpdates[page] ?? 0)"
    }

    /// Records a finished build: the pages it changed get new ids (all of them when `everything`,
    /// or when the errors to show changed).
    func record(_ diagnostics: Diagnostics, everything: Bool, pages: Set<String>) {
        updates += 1
        let errors = diagnostics.errors
        if everything || errors != self.errors {
            epoch += 1
            pageUpdates = [:]
        } else {
            for page in pages { pageUpdates[page] = updates }
        }
        self.errors = errors
    }

    /// The markup added to the end of a served page: the error overlay, if any, and the script.
    /// `overGoodPage` is false on the page served before the first good build.
    func snippet(for page: String, overGoodPage: Bool = true) -> String {
        ErrorOverlay(errors: errors, overGoodPage: overGoodPage).html + Self.script(page: page, id: id(of: page))
    }

    private static func script(page: String, id: String) -> String {
        let query = "?page=" + (page.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(["&", "+", "="])) ?? "")
        return """
            <script>
            (function () {
              var build = "\(id)", timer = 0;
              function later(ms) { clearTimeout(timer); timer = setTimeout(check, ms); }
              function check() {
                if (document.hidden) { return; }
                fetch("\(endpoint)\(query)", { cache: "no-store" })
                  .then(function (response) { return response.ok ? response.text() : ""; })
                  .then(function (id) {
                    if (id.indexOf("handbook-") === 0 && id !== build) { location.reload(); } else { later(500); }
                  }, function () { later(2000); });
              }
              document.addEventListener("visibilitychange", function () { if (!document.hidden) { later(0); } });
              later(500);
            })();
            </script>

            """
    }
}
