import FlyingSocks
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import HandbookKit

/// What the server does when accepting a connection fails: wait, go on, or stop and say why.
@Suite("Accept failures")
struct AcceptFailureTests {
    func failure(_ code: Int32) -> AcceptFailure {
        AcceptFailure(SocketError.failed(type: "Accept", errno: code, message: String(cString: strerror(code))))
    }

    @Test func runningOutOfDescriptorsOrMemoryIsWaitedOut() {
        for code in [EMFILE, ENFILE, ENOBUFS, ENOMEM] {
            #expect(failure(code) == .exhausted, "\(code)")
        }
    }

    @Test func aConnectionThatFailedBeforeItWasAcceptedIsSkipped() {
        for code in [ECONNABORTED, EINTR, EPROTO, ENETUNREACH] {
            #expect(failure(code) == .transient, "\(code)")
        }
    }

    @Test func aBrokenListeningSocketStopsTheServerWithItsReason() {
        #expect(failure(EBADF) == .fatal(String(cString: strerror(EBADF))))
        #expect(AcceptFailure(SocketError.disconnected) == .fatal("the listening socket was closed"))
        #expect(AcceptFailure(CancellationError()) == .fatal("its event loop stopped"))
    }
}
