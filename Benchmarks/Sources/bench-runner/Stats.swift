/// Order statistics of a set of samples (the nearest-rank percentile: a value that was measured).
struct Stats: Sendable {
    let sorted: [Double]

    init(_ samples: [Double]) {
        sorted = samples.sorted()
    }

    var count: Int { sorted.count }
    var median: Double { percentile(50) }
    var min: Double { sorted.first ?? .nan }
    var max: Double { sorted.last ?? .nan }

    func percentile(_ p: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        if p <= 0 { return sorted[0] }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[Swift.min(Swift.max(rank, 1), sorted.count) - 1]
    }

    /// The interquartile range relative to the median, ±: how far the middle half of the runs strays.
    var relativeSpread: Double {
        guard count >= 2, median > 0 else { return .nan }
        return (percentile(75) - percentile(25)) / 2 / median
    }
}
