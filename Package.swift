// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "coach",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "coach", targets: ["coach"]),
        // The pure core, for the benchmark package (Benchmarks/), which depends on this one by path.
        .library(name: "CoachCore", targets: ["DialogueEngine", "PromptsCompiler", "Coaching"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // C shim over libedit's native histedit.h API (el_set/history are variadic; Swift cannot call them).
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev", "pkg-config"])]
        ),
        // A LineReader for terminals (libedit) and pipes, history and completion.
        .target(name: "LineEditing", dependencies: ["CEditLine"]),
        // Runs compiled flows and rules: (session, input) -> (session, outputs). No I/O, no clock.
        .target(
            name: "DialogueEngine",
            dependencies: [.product(name: "Mustache", package: "swift-mustache")]
        ),
        // The only reader of Prompts source: text in, compiled program and all diagnostics out. Pure.
        .target(
            name: "PromptsCompiler",
            dependencies: [
                "DialogueEngine",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The career domain: the host that flows read facts from and run actions in. Pure.
        .target(name: "Coaching", dependencies: ["DialogueEngine"]),
        // The profile on disk: SQLite through GRDB, migrations, autosave of dialogue sessions.
        .target(
            name: "ProfileStore",
            dependencies: ["Coaching", "DialogueEngine", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Prompts/ compiled into the binary by the EmbedPrompts plugin.
        .executableTarget(name: "prompts-embedder"),
        .plugin(name: "EmbedPrompts", capability: .buildTool(), dependencies: ["prompts-embedder"]),
        .target(name: "ShippedPrompts", plugins: ["EmbedPrompts"]),
        // The REPL: commands, rendering, colour, wrapping.
        .target(
            name: "CoachShell",
            dependencies: ["LineEditing", "DialogueEngine", "PromptsCompiler", "Coaching", "ProfileStore", "ShippedPrompts"]
        ),
        // The executable that wires it all up.
        .executableTarget(
            name: "coach",
            dependencies: [
                "CoachShell",
                "DialogueEngine",
                "LineEditing",
                "ProfileStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Shared by the tests only: a seeded random generator for property and fuzz tests.
        .target(name: "_TestSupport", path: "Sources/_TestSupport"),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(name: "DialogueEngineTests", dependencies: ["DialogueEngine", "_TestSupport"]),
        .testTarget(name: "PromptsCompilerTests", dependencies: ["PromptsCompiler", "Coaching", "CoachShell", "_TestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "CoachingTests", dependencies: ["Coaching", "_TestSupport"]),
        .testTarget(name: "CoachShellTests", dependencies: ["CoachShell", "ProfileStore"]),
        .testTarget(name: "ProfileStoreTests", dependencies: ["ProfileStore", "_TestSupport"]),
        // Builds and drives the real binary, piped and under a pseudo-terminal.
        .testTarget(name: "EndToEndTests", dependencies: ["coach", "ProfileStore"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
