extension Scaffold {
    /// The scaffold: two teams in two groups, four activities, a home page and a note; it
    /// builds and checks without a warning.
    public static let files: [(path: String, text: String)] = [
        ("handbook.yml", """
            # Site settings. docs/content.md describes every key.
            title: Our Team Handbook
            description: Who does what, who owns what, and how to reach each team.
            organization: Example Corp
            language: en
            theme: default

            raci:
              letters: RACI

            """),
        ("groups.yml", """
            # Named unions of teams (optional). Each team names its group in its front matter too.
            operations:
              name: Operations
              teams: [platform]
              summary: The people who run the platform the applications run on.

            development:
              name: Development
              teams: [developers]
              summary: The people who build the applications and keep them running.

            """),
        ("teams/platform.md", """
            ---
            name: Platform Team
            short: Platform
            group: operations
            summary: Runs the shared platform every application is deployed to.
            contact: { chat: "#platform", email: platform@example.com }
            responsibilities:
              - Build, upgrade and scale the platform
              - Keep the platform secure and available
            ---
            The Platform team runs what every application shares. Ask it early when you
            need something new on the platform: open a request in `#platform`.

            It owns [platform upgrades](activity:platform-upgrades); see the
            [getting-started note](../notes/getting-started.md) for how the teams work together.

            """),
        ("teams/developers.md", """
            ---
            name: Application Developers
            short: Developers
            group: development
            summary: Write, test and release the applications, and support them in production.
            contact: { chat: "#dev" }
            responsibilities:
              - Write and test the application code
              - Release the applications and answer for them in production
            ---
            The developers build the applications our customers use, and they own them
            from the first commit to the last release: see
            [releasing applications](activity:releases).

            """),
        ("raci.yml", """
            # Who does what. Rows are activities, columns are teams.
            # R = Responsible (does the work), A = Accountable (exactly one; owns the outcome),
            # C = Consulted (asked before), I = Informed (told after).

            - area: Platform
              activities:
                - name: Upgrade the platform
                  id: platform-upgrades
                  R: [platform]
                  A: platform
                  I: [developers]
                  note: Upgrades that change how applications are deployed are announced a month ahead.

                - name: Handle platform incidents
                  id: platform-incidents
                  R: [platform]
                  A: platform
                  C: [developers]

            - area: Applications
              activities:
                - name: Release applications
                  id: releases
                  R: [developers]
                  A: developers
                  C: [platform]

                - name: Fix application defects
                  id: app-defects
                  R: [developers]
                  A: developers
                  I: [platform]

            """),
        ("index.md", """
            # Welcome

            This handbook says who does what: which team owns each piece of work, who does it,
            and who should be asked or told. The [Platform team](team:platform) runs the
            platform; the [application developers](team:developers) build what runs on it.

            - **Teams**: one page per team, with everything it takes part in.
            - **The RACI matrix**: every activity down the side, every team across the top.
            - **Notes**: longer explanations, starting with [getting started](notes/getting-started.md).

            Edit the files in this folder and the site follows: `handbook serve` shows every change as you save.

            """),
        ("notes/getting-started.md", """
            ---
            title: Getting started
            summary: How to read this handbook, and how to change it.
            teams: [platform, developers]
            ---
            ## Reading the handbook

            Each activity has exactly one **accountable** team, which owns the outcome, and at
            least one **responsible** team, which does the work. **Consulted** teams are asked
            before, **informed** teams are told after. For example, the
            [Platform team](team:platform) is accountable for
            [platform upgrades](activity:platform-upgrades) and tells the developers about them.

            ## Changing the handbook

            - A team is a file in `teams/`; its name is the team's id.
            - Activities live in `raci.yml`, grouped in areas.
            - Notes like this one live in `notes/`, in folders if you like.

            Run `handbook check` to find mistakes, and `handbook build` to make the site.

            """),
    ]
}
