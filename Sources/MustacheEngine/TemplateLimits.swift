/// How much one rendering may do, so that an untrusted theme cannot exhaust the stack, the
/// processor or the memory: past a limit, rendering stops with an error at the tag.
public struct TemplateLimits: Sendable, Equatable {
    /// Partials, parents and blocks rendered inside each other (data-driven recursion).
    public var callDepth: Int
    /// List elements, partials, parents and blocks rendered in all.
    public var steps: Int
    /// Bytes rendered.
    public var outputBytes: Int

    /// The defaults are far above what a page of a large handbook takes.
    public init(callDepth: Int = 100, steps: Int = 10_000_000, outputBytes: Int = 256 << 20) {
        self.callDepth = callDepth
        self.steps = steps
        self.outputBytes = outputBytes
    }
}
