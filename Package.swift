// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "coach",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "coach", targets: ["coach"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
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
        .target(name: "DialogueEngine"),
        // The REPL: commands, rendering, colour, wrapping.
        .target(name: "CoachShell", dependencies: ["LineEditing", "DialogueEngine"]),
        // The executable that wires it all up.
        .executableTarget(
            name: "coach",
            dependencies: [
                "CoachShell",
                "LineEditing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(name: "DialogueEngineTests", dependencies: ["DialogueEngine"]),
        .testTarget(name: "CoachShellTests", dependencies: ["CoachShell"]),
        // Builds and drives the real binary, piped and under a pseudo-terminal.
        .testTarget(name: "EndToEndTests", dependencies: ["coach"]),
    ],
    swiftLanguageModes: [.v6]
)
