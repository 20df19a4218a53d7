/// A list read from its end: what `reversed(list)` gives.
struct ReversedTemplateList: TemplateList {
    let base: any TemplateList

    var count: Int { base.count }

    func element(at index: Int) -> TemplateValue {
        base.element(at: base.count - 1 - index)
    }
}
