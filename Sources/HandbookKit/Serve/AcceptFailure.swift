import FlyingSocks
#if canImport(Glibc)
import Glibc
#endif

/// Why accepting a connection failed, read as what to do next.
enum AcceptFailure: Equatable {
    /// The connection failed before it was accepted: accept the next one at once (accept(2)
    /// asks for the network errors it passes on to be treated as EAGAIN).
    case transient
    /// The process or the system is out of file descriptors or buffer memory: try again after a
    /// pause, once connections have closed. The connections waiting meanwhile are not lost.
    case exhausted
    /// The listening socket cannot accept any more connections, for this reason.
    case fatal(String)

    init(_ error: any Error) {
        switch error {
        case SocketError.failed(_, let code, _) where [EMFILE, ENFILE, ENOBUFS, ENOMEM].contains(code):
            self = .exhausted
        case SocketError.failed(_, let code, _) where Self.transientCodes.contains(code):
            self = .transient
        case SocketError.failed(_, _, let message):
            self = .fatal(message)
        case SocketError.disconnected:
            self = .fatal("the listening socket was closed")
        case is CancellationError:
            self = .fatal("its event loop stopped")
        default:
            self = .fatal(error.localizedDescription)
        }
    }

    private static let transientCodes: Set<Int32> = [
        ECONNABORTED, EINTR, EPROTO, EPERM, ENETDOWN, ENOPROTOOPT, EHOSTDOWN, ENONET, EHOSTUNREACH, EOPNOTSUPP, ENETUNREACH,
    ]
}
