// Writes the benchmark data: for each size, profile-N.json (a `coach export` document) and
// connections-N.csv (LinkedIn's Connections.csv), deterministic from the seed.
//
//   bench-data --out DIR [--sizes 1000,10000,30000] [--seed N]
import BenchData
import Foundation

var out: String?
var sizes = Network.sizes
var seed = Network.defaultSeed
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--out": out = arguments.popFirst()
    case "--sizes": sizes = arguments.popFirst()?.split(separator: ",").compactMap { Int($0) } ?? []
    case "--seed": seed = arguments.popFirst().flatMap { UInt64($0) } ?? seed
    default:
        FileHandle.standardError.write(Data("bench-data: unknown argument '\(argument)'\nusage: bench-data --out DIR [--sizes 1000,10000,30000] [--seed N]\n".utf8))
        exit(64)
    }
}
guard let out, !sizes.isEmpty else {
    FileHandle.standardError.write(Data("usage: bench-data --out DIR [--sizes 1000,10000,30000] [--seed N]\n".utf8))
    exit(64)
}
do {
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    for size in sizes {
        let network = Network.generate(contacts: size, seed: seed)
        try ProfileDocument.json(network).write(toFile: "\(out)/profile-\(size).json", atomically: true, encoding: .utf8)
        try LinkedInCSV.csv(network).write(toFile: "\(out)/connections-\(size).csv", atomically: true, encoding: .utf8)
        print("bench-data: \(size) contacts, \(network.events.count) events, \(network.interactions.count) interactions, "
            + "\(network.followUps.count) follow-ups -> \(out)/profile-\(size).json, \(out)/connections-\(size).csv")
    }
} catch {
    FileHandle.standardError.write(Data("bench-data: \(error)\n".utf8))
    exit(73)
}
