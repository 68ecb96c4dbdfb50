// swift-tools-version: 6.1
import PackageDescription

// coach's benchmarks: their own package, so that `make test` never builds the benchmark tooling.
//
// The pure modules (DialogueEngine, PromptsCompiler, Coaching) are symbolic links to ../Sources: the main
// package exports only the `coach` executable, so another package cannot import its modules, and a path
// dependency on it beside modules of the same names is refused ("target names need to be unique across the
// package graph"). Once the main package exports a library product of these modules, the links go and
// `.package(path: "..")` takes their place (Benchmarks/README.md, "In-process modules").
let package = Package(
    name: "coach-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
        // The versions the main package asks for, for the linked modules.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // ../Sources/DialogueEngine, ../Sources/PromptsCompiler, ../Sources/Coaching, compiled here as they are there.
        .target(name: "DialogueEngine", dependencies: [.product(name: "Mustache", package: "swift-mustache")]),
        .target(
            name: "PromptsCompiler",
            dependencies: [
                "DialogueEngine",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(name: "Coaching", dependencies: ["DialogueEngine"]),

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
                "BenchData", "Coaching", "DialogueEngine", "PromptsCompiler",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/CoachInProcess",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
