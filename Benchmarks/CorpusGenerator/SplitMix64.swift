/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny, fast, seedable generator whose output depends only on the
/// seed, on every platform and Swift version. The standard library's generator is not seedable, so it is not used.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator; the same seed always gives the same sequence.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A generator for one part of the output (a plugin), independent of how many values other parts drew, so
    /// parts can be generated in any order or concurrently and still give the same bytes.
    public static func stream(seed: UInt64, part: UInt64) -> SplitMix64 {
        var mixer = SplitMix64(seed: seed ^ (part &* 0xD1B5_4A32_D192_ED03))
        return SplitMix64(seed: mixer.next())
    }

    /// A uniformly distributed integer in `range` (bias-free: uses the standard library's rejection sampling).
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    /// True with probability `numerator / denominator`.
    public mutating func chance(_ numerator: Int, in denominator: Int) -> Bool {
        int(in: 0...(denominator - 1)) < numerator
    }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T {
        items[int(in: 0...(items.count - 1))]
    }
}
