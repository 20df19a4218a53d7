extension Array {
    /// The elements sorted by a key made once for each.
    func sorted<Key: Comparable>(byKey key: (Element) -> Key) -> [Element] {
        map(key).sortingPermutation.map { self[$0] }
    }
}

extension Array where Element: Comparable {
    /// The positions of the elements in sorted order.
    var sortingPermutation: [Int] {
        indices.sorted { self[$0] < self[$1] }
    }
}
