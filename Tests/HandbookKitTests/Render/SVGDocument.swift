import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG parsed as XML (it must be well-formed), with XPath queries for tests.
struct SVGDocument {
    let document: XMLDocument

    init(_ svg: String) throws {
        document = try XMLDocument(xmlString: svg, options: [])
    }

    /// The string values of the nodes an XPath (without namespaces: `local-name()`) selects.
    func strings(_ xpath: String) throws -> [String] {
        try document.nodes(forXPath: xpath).map { $0.stringValue ?? "" }
    }

    /// `//*[local-name()='a']/@href`: the XPath of an element by its name, in any namespace.
    static func any(_ name: String) -> String { "//*[local-name()='\(name)']" }
}
