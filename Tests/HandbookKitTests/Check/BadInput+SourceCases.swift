import HandbookTestSupport

extension BadInput {
    /// Sources that hide something: invisible characters, files the tool cannot reach, a matrix
    /// too large to build.
    static let sourceCases: [BadInput] = [
        BadInput(
            name: "a team's name holds an escaped NUL", files: ["content/teams/devops.md": "---\nname: \"Dev\\u0000Ops\"\n---\n"],
            code: "yaml-control-character", file: "teams/devops.md", line: 2, message: "'name' holds the control character U+0000"),
        BadInput(
            name: "an activity's name holds an escape sequence for the terminal",
            files: raci("    - name: \"\\e[31mUpgrade\"\n      R: [platform]\n      A: platform\n"),
            code: "yaml-control-character", file: "raci.yml", line: 3, message: "'name' holds the control character U+001B"),
        BadInput(
            name: "a key of the front matter holds an escaped bell",
            files: ["content/teams/devops.md": "---\nname: DevOps\ncontact: { \"ch\\aat\": \"#devops\" }\n---\n"],
            code: "yaml-control-character", file: "teams/devops.md", line: 3, message: "the key 'ch\u{7}at' holds the control character U+0007"),
        BadInput(
            name: "handbook.yml is a folder", files: ["content/handbook.yml/title.txt": "Test Handbook\n"], removed: ["content/handbook.yml"],
            code: "source-unreadable", file: "handbook.yml", line: 1, message: "'handbook.yml' is a folder, not a file"),
        BadInput(
            name: "a note's name is too long for its page", files: ["content/notes/\(String(repeating: "n", count: 252)).md": "# Long\n"],
            code: "path-too-long", file: "notes/\(String(repeating: "n", count: 252)).md", line: 1,
            message: "would become a file whose name has 257 bytes, more than the 255 a file system allows"),
        BadInput(
            name: "a team's name is too long for its page", files: ["content/teams/\(String(repeating: "t", count: 252)).md": "---\nname: T\n---\n"],
            code: "path-too-long", file: "teams/\(String(repeating: "t", count: 252)).md", line: 1, message: "whose name has 257 bytes"),
        BadInput(
            name: "notes are nested deeper than a handbook may be",
            files: [(["content/notes"] + Array(repeating: "d", count: 80) + ["deep.md"]).joined(separator: "/"): "# Deep\n"],
            code: "path-too-long", file: (["notes"] + Array(repeating: "d", count: 64)).joined(separator: "/"), line: 1,
            message: "is nested 65 folders deep"),
        BadInput(
            name: "a copied file lies in a folder with the path of a note's page", files: ["content/notes/guide.html/diagram.png": "png"],
            code: "output-collision", file: "notes/guide.html/diagram.png", line: 1,
            message: "would be written inside 'notes/guide.html', which is the file that 'notes/guide.md' becomes"),
        BadInput(
            name: "a team's page would be the list of teams", files: ["content/teams/index.md": "---\nname: Index\n---\n"],
            code: "output-collision", file: "teams/index.md", line: 1, message: "would become 'teams/index.html', a page the site makes itself"),
    ]
}
