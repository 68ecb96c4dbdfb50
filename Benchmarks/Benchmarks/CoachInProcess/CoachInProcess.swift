// coach's in-process scenarios, run by `swift package benchmark` (ordo-one/benchmark): the pure core
// with no process start, terminal or SQLite around it. Wall clock and malloc counts only: the
// retain/release metrics crash on Linux with Swift 6.3.
import BenchData
import Benchmark
import Coaching
import DialogueEngine
import Foundation
import PromptsCompiler

let benchmarks: @Sendable () -> Void = {
    let fixture = Fixture.shared
    let metrics: [BenchmarkMetric] = [.wallClock, .mallocCountTotal]
    Benchmark.defaultConfiguration = .init(metrics: metrics, timeUnits: .microseconds, warmupIterations: 3,
                                           maxDuration: .seconds(5), maxIterations: 1_000)

    // 2. What every start of coach (and `coach check`, before its transcripts) does first.
    Benchmark("compile shipped Prompts", configuration: .init(maxDuration: .seconds(10), maxIterations: 100)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(PromptsCompiler.compile(fixture.prompts, host: CoachingHost.interface))
        }
    }

    // 3. One answer in the values card sort, replayed from Prompts/tests/values.transcript, with the
    // profile the host holds: its contacts are read by every template the engine renders.
    for size in [0, 1_000, 30_000] {
        let slow = size >= 30_000
        Benchmark("values turn, \(size) contacts",
                  configuration: .init(warmupIterations: slow ? 0 : 3, maxDuration: .seconds(slow ? 15 : 8),
                                       maxIterations: slow ? 3 : 2_000)) { benchmark in
            let replay = fixture.valuesReplay(contacts: size)
            replay.prepareNextTurn()
            benchmark.startMeasurement()
            replay.takeTurn()
            benchmark.stopMeasurement()
        }
    }

    // 4. The scoring behind `targets`' list of people, for 1k, 10k and 30k contacts.
    for size in Network.sizes {
        Benchmark("rank contacts, \(size)", configuration: .init(maxIterations: 200)) { benchmark in
            let profile = fixture.profile(contacts: size)
            let ranking = fixture.program.catalogs["ranking"], roles = fixture.program.catalogs["roles"]
            benchmark.startMeasurement()
            blackHole(ContactRanking.rank(profile, catalog: ranking, today: Fixture.today, roles: roles))
        }
    }

    // 5 and 6, the pure halves: reading a 30k-row Connections.csv and merging it into an empty
    // profile; writing the 30k profile as export JSON. The rest is SQLite (the whole-process rows).
    Benchmark("parse + merge LinkedIn CSV, 30000", configuration: .init(maxIterations: 30)) { benchmark in
        let csv = fixture.csv(contacts: 30_000)
        benchmark.startMeasurement()
        guard case let .success(file) = LinkedInConnections.parse(csv) else { fatalError("the generated CSV did not parse") }
        blackHole(ContactImport.merge(file, into: []))
    }
    Benchmark("encode export JSON, 30000", configuration: .init(maxIterations: 30)) { benchmark in
        let profile = fixture.profile(contacts: 30_000)
        benchmark.startMeasurement()
        blackHole(ProfileJSON.encode(profile))
    }
}

/// The inputs, built once outside any measurement.
final class Fixture: @unchecked Sendable {
    static let shared = Fixture()
    static let today = CalendarDate(year: 2026, month: 11, day: 29)!

    let prompts: [String: String]
    let program: Program
    private let lock = NSLock()
    private var profiles: [Int: Profile] = [:]
    private var csvs: [Int: String] = [:]
    private var replays: [Int: ValuesReplay] = [:]

    init() {
        prompts = Fixture.readPrompts()
        guard let program = PromptsCompiler.compile(prompts, host: CoachingHost.interface).program else {
            fatalError("the shipped Prompts do not compile: run 'coach check'")
        }
        self.program = program
    }

    /// The generated profile with `contacts` people (an empty one for 0), as `coach import json` reads it.
    func profile(contacts: Int) -> Profile {
        lock.withLock {
            if let profile = profiles[contacts] { return profile }
            var profile = Profile()
            if contacts > 0 {
                switch ProfileJSON.decode(ProfileDocument.json(Network.generate(contacts: contacts))) {
                case let .success(decoded): profile = decoded
                case let .failure(problems): fatalError("the generated profile does not import: \(problems)")
                }
            }
            profiles[contacts] = profile
            return profile
        }
    }

    func csv(contacts: Int) -> String {
        lock.withLock {
            if let csv = csvs[contacts] { return csv }
            let csv = LinkedInCSV.csv(Network.generate(contacts: contacts))
            csvs[contacts] = csv
            return csv
        }
    }

    func valuesReplay(contacts: Int) -> ValuesReplay {
        var profile = profile(contacts: contacts)
        // The card sort from the start, as for someone who has not sorted their values yet.
        profile.values = []
        return lock.withLock {
            if let replay = replays[contacts] { return replay }
            let replay = ValuesReplay(program: program, profile: profile, inputs: Fixture.valuesInputs(prompts))
            replays[contacts] = replay
            return replay
        }
    }

    /// Prompts/ as the EmbedPrompts plugin embeds it: every file but hidden ones, by relative path.
    /// `COACH_PROMPTS_DIR` overrides where it is; by default, the Prompts/ of this checkout.
    static func readPrompts() -> [String: String] {
        let directory = ProcessInfo.processInfo.environment["COACH_PROMPTS_DIR"]
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Prompts").standardizedFileURL.path
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        var files: [String: String] = [:]
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        while let url = walker?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                  let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))] = text
        }
        guard !files.isEmpty else { fatalError("no Prompts files in \(directory): set COACH_PROMPTS_DIR") }
        return files
    }

    /// The answers of the first `@start values` run in the values transcript: help, picks by number and
    /// name, wrong answers, back, Enter, why, a ranking and five meanings.
    static func valuesInputs(_ prompts: [String: String]) -> [String] {
        guard let transcript = prompts["tests/values.transcript"] else { fatalError("Prompts/tests/values.transcript is missing") }
        var inputs: [String] = []
        var inFirstRun = false
        for line in transcript.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("@") {
                if inFirstRun { break }
                inFirstRun = line == "@start values"
            } else if inFirstRun, line.hasPrefix(">") {
                inputs.append(String(line.dropFirst(line.hasPrefix("> ") ? 2 : 1)))
            }
        }
        guard !inputs.isEmpty else { fatalError("no answers found in the values transcript") }
        return inputs
    }
}

/// Replays the values flow answer by answer, starting it again (outside the measurement) when it ends.
final class ValuesReplay: @unchecked Sendable {
    let program: Program
    let host: CoachingHost
    let inputs: [String]
    private var engine: Engine
    private var session = Session()
    private var next = 0

    init(program: Program, profile: Profile, inputs: [String]) {
        self.program = program
        host = CoachingHost(profile: profile, today: Fixture.today, catalogs: program.catalogs)
        self.inputs = inputs
        engine = Engine(program: program, host: host, today: Fixture.today)
    }

    /// Starts the flow again with the original profile when the answers ran out or the flow ended.
    func prepareNextTurn() {
        guard next == 0 || next >= inputs.count || !session.isActive else { return }
        engine = Engine(program: program, host: host, today: Fixture.today)
        session = engine.start(flow: "values", in: Session()).session
        next = 0
    }

    /// One answer: what `coach` does between reading a line and printing the reply, less the store.
    func takeTurn() {
        let turn = engine.respond(to: inputs[next], in: session)
        session = turn.session
        engine = Engine(program: program, host: turn.host, today: Fixture.today)
        next += 1
        blackHole(turn.outputs)
    }
}
