// swift-tools-version: 6.1
import PackageDescription

// coach's benchmarks: their own package, so that `make test` never builds the benchmark tooling.
//
// The pure modules (DialogueEngine, PromptsCompiler, Coaching) come from the main package's CoachCore library,
// by path; the name keeps the product reference the same whatever the checkout's folder is called.
let package = Package(
    name: "coach-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
        .package(name: "coach", path: ".."),
    ],
    targets: [
        // Seeded generators of profiles (as `coach export` JSON) and LinkedIn Connections.csv files.
        .target(name: "BenchData"),
        // Writes the generated files: `bench-data --out DIR`.
        .executableTarget(name: "bench-data", dependencies: ["BenchData"]),
        // Runs whole-process scenarios A B A B…, reads the in-process results, prints the table and the JSON.
        .executableTarget(name: "bench-runner"),

        // In-process scenarios, run by `swift package benchmark` (ordo-one/benchmark).
        .executableTarget(
            name: "CoachInProcess",
            dependencies: [
                "BenchData", .product(name: "CoachCore", package: "coach"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/CoachInProcess",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
