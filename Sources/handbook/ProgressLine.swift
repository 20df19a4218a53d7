import Foundation

/// A line on standard error that says what a long build or print is doing: shown only on a
/// terminal, and only once it has taken more than a second, then cleared.
final class ProgressLine: @unchecked Sendable {
    /// What is done: "Building", "Printing".
    private let action: String
    private let lock = NSLock()
    private var stage = ""
    private var shown = false
    private var finished = false
    private let enabled: Bool
    private let started = Date()

    private var timer: DispatchSourceTimer?

    init(enabled: Bool, action: String = "Building") {
        self.enabled = enabled
        self.action = action
        guard enabled else { return }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "handbook.progress"))
        timer.schedule(deadline: .now() + 1, repeating: 0.25)
        timer.setEventHandler { [weak self] in self?.draw() }
        timer.resume()
        self.timer = timer
    }

    /// Called as each stage starts (a build's stage names are said in words; other text as it is).
    func update(_ stage: String) {
        lock.withLock { self.stage = stage }
    }

    /// Clears the line; nothing is drawn after this.
    func finish() {
        timer?.cancel()
        lock.withLock {
            finished = true
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }

    private func draw() {
        lock.withLock {
            guard !finished else { return }
            shown = true
            let seconds = Int(Date().timeIntervalSince(started))
            FileHandle.standardError.write(Data("\r\u{1B}[K\(action)… \(Self.describe(stage)) (\(seconds) s)".utf8))
        }
    }

    private static func describe(_ stage: String) -> String {
        switch stage {
        case "load": "reading the source"
        case "parse": "parsing YAML and Markdown"
        case "git": "reading dates from git"
        case "check": "checking"
        case "history": "reading changes from git"
        case "render": "rendering pages"
        case "write": "swapping the new site in"
        case "wait": "waiting for another build into the same folder"
        default: stage
        }
    }
}
