import Foundation

/// What open pages need to follow the builds: the id of the latest build, and its errors.
///
/// Every served HTML page gets a small script that asks ``endpoint`` for the build id twice a
/// second and reloads when it changes. A plain request rather than server-sent events: an
/// event stream holds one of the browser's six connections to the server per open tab.
actor LiveReload {
    /// Where pages ask for the build id; no file of a site can have this path.
    static let endpoint = "/__handbook/build"

    /// Differs on every run of `serve`, so pages left open across a restart reload too.
    private let session = "handbook-" + String(UUID().uuidString.prefix(8)).lowercased()
    private var builds = 0
    private var errors: [Diagnostic] = []

    /// The current build's id, e.g. `handbook-1a2b3c4d-3`.
    var buildID: String { "\(session)-\(builds)" }

    /// Records a finished build: a new id, and the errors to show (none when it succeeded).
    func record(_ diagnostics: Diagnostics) {
        builds += 1
        errors = diagnostics.errors
    }

    /// The markup added to the end of every served page: the error overlay, if any, and the script.
    func snippet() -> String {
        ErrorOverlay(errors: errors).html + Self.script(buildID: buildID)
    }

    private static func script(buildID: String) -> String {
        """
        <script>
        (function () {
          var build = "\(buildID)", timer = 0;
          function later(ms) { clearTimeout(timer); timer = setTimeout(check, ms); }
          function check() {
            if (document.hidden) { return; }
            fetch("\(endpoint)", { cache: "no-store" })
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
