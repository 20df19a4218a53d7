/// What the links of a handbook's Markdown are made of, for reports (`handbook init --from`).
public struct LinkSurvey: Sendable {
    /// Links written from the site's root (`/handbook/a/`), whether they lead somewhere or not.
    public var siteAbsolute = 0
    /// Every link that leads nowhere, in source order.
    public var broken: [BrokenLink] = []

    public init() {}
}
