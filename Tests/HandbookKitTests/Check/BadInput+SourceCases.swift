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
    ]
}
