extension String {
    /// Decodes UTF-8, or `nil` when the bytes are not valid UTF-8 (no replacement characters).
    /// A byte-order mark at the start is dropped.
    init?(validatingUTF8 bytes: [UInt8]) {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard let text = String(validating: bytes[start...], as: UTF8.self) else { return nil }
        self = text
    }
}
