import Yams

/// Backstage catalog entities: one `kind: Group` per team (`spec.type: team`) and per group of
/// groups.yml (`spec.type: group`), with parent and children from groups.yml, as YAML documents.
public enum BackstageExport {
    public static func render(_ handbook: Handbook) -> String {
        var documents: [Node] = []
        for group in handbook.groups {
            let members = handbook.members(of: group).map(\.id)
            documents.append(entity(
                name: group.id, title: group.name, description: group.summary, type: "group",
                profile: [("displayName", group.name)], parent: nil, children: members))
        }
        for team in handbook.teams {
            var profile = [("displayName", team.name)]
            if let email = team.contacts.first(where: { $0.kind == "email" })?.value { profile.append(("email", email)) }
            documents.append(entity(
                name: team.id, title: team.name, description: team.summary, type: "team",
                profile: profile, parent: handbook.group(of: team)?.id, children: []))
        }
        return documents.compactMap { try? Yams.serialize(node: $0) }.map { "---\n" + $0 }.joined()
    }

    private static func entity(
        name: String, title: String, description: String?, type: String,
        profile: [(String, String)], parent: String?, children: [String]
    ) -> Node {
        var metadata: [(Node, Node)] = [(Node("name"), Node(name)), (Node("title"), Node(title))]
        if let description { metadata.append((Node("description"), Node(description))) }
        var spec: [(Node, Node)] = [
            (Node("type"), Node(type)),
            (Node("profile"), Node(profile.map { (Node($0.0), Node($0.1)) })),
        ]
        if let parent { spec.append((Node("parent"), Node(parent))) }
        spec.append((Node("children"), Node(children.map { Node($0) })))
        let pairs: [(Node, Node)] = [
            (Node("apiVersion"), Node("backstage.io/v1alpha1")),
            (Node("kind"), Node("Group")),
            (Node("metadata"), Node(metadata)),
            (Node("spec"), Node(spec)),
        ]
        return Node(pairs)
    }
}
