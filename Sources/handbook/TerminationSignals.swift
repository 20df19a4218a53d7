import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM, caught so that a long-running command can stop cleanly, and
/// caught again, so that it can still clean up when told to stop at once.
final class TerminationSignals: @unchecked Sendable {
    private var sources: [any DispatchSourceSignal] = []
    private let received: AsyncStream<Int32>
    /// Handles the signals one at a time: `count` is only used there.
    private let queue = DispatchQueue(label: "handbook.signals")
    private var count = 0

    /// Catches the signals from now on, instead of letting them end the process. The first one
    /// is for ``first()``; any later one calls `again` on a queue of its own, which should clean
    /// up what must not be left behind and then ``end(by:)``.
    init(_ numbers: [Int32] = [SIGINT, SIGTERM], again: @escaping @Sendable (Int32) -> Void) {
        let (received, input) = AsyncStream.makeStream(of: Int32.self)
        self.received = received
        for number in numbers {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { [weak self] in
                guard let self else { return }
                count += 1
                if count == 1 { input.yield(number) } else { again(number) }
            }
            source.resume()
            sources.append(source)
        }
    }

    deinit {
        for source in sources { source.cancel() }
    }

    /// Waits for the first signal.
    func first() async -> Int32? {
        var iterator = received.makeAsyncIterator()
        return await iterator.next()
    }

    /// Ends the process as the signal would have had it not been caught, so that the shell
    /// sees that it was interrupted.
    static func end(by number: Int32) -> Never {
        signal(number, SIG_DFL)
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, number)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        raise(number)
        exit(128 + number)
    }
}
