import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM, caught so that a long-running command can stop cleanly.
final class TerminationSignals {
    private var sources: [any DispatchSourceSignal] = []
    private let numbers: [Int32]
    private let received: AsyncStream<Int32>

    /// Catches the signals from now on, instead of letting them end the process.
    init(_ numbers: [Int32] = [SIGINT, SIGTERM]) {
        self.numbers = numbers
        let (received, input) = AsyncStream.makeStream(of: Int32.self)
        self.received = received
        for number in numbers {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { input.yield(number) }
            source.resume()
            sources.append(source)
        }
    }

    /// Waits for the first signal. From then on the signals act as usual again, so that a
    /// second Ctrl-C ends the process at once should stopping hang.
    func first() async -> Int32? {
        var iterator = received.makeAsyncIterator()
        let number = await iterator.next()
        for source in sources { source.cancel() }
        for number in numbers { signal(number, SIG_DFL) }
        return number
    }
}
