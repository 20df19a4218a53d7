/// The workload chart as the teams index, raci.html and team pages show it.
extension PageModelBuilder {
    /// Every column's bar, and the columns the balance warnings flag.
    func workloadModel() -> WorkloadModel {
        WorkloadModel(chart: WorkloadChart.svg(workload), flagged: workload.entries.flatMap(flagged))
    }

    /// The bar of the column a team is in, on the scale of the whole chart; `nil` when the team
    /// is not in the shape.
    func workloadModel(team: String) -> WorkloadModel? {
        guard let entry = workload.entry(for: team), let chart = WorkloadChart.svg(workload, team: team) else { return nil }
        return WorkloadModel(chart: chart, flagged: flagged(entry))
    }

    /// The warnings a column trips, each said as a sentence.
    private func flagged(_ entry: Workload.Entry) -> [WorkloadModel.Flagged] {
        entry.flags.map { flag in
            let text = switch flag {
            case .idle: "Neither accountable nor responsible for any activity."
            case .overloaded: "Accountable for \(entry.count(.accountable)) of \(workload.activityCount) activities: more than half."
            }
            return WorkloadModel.Flagged(
                name: entry.name, url: entry.members == [entry.id] ? Route.team(entry.id).path : nil,
                flag: flag.rawValue, code: flag.code, text: text)
        }
    }
}
