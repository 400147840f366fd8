/// A map from a value in 0…1 to a color: linear interpolation between evenly spaced stops.
///
/// The built-in maps are matplotlib's, sampled at 33 evenly spaced points (the largest
/// difference from matplotlib's 256-entry tables is under 5/255 per channel).
public struct Colormap: Sendable, Hashable {
    /// A name for the map, such as `viridis`.
    public let name: String
    /// Colors at evenly spaced positions from 0 to 1; at least two.
    public let stops: [Color]
    /// Whether the map is meant for data centred on zero (a diverging map).
    public let isDiverging: Bool

    /// Creates a map from at least two evenly spaced colors.
    public init(name: String, stops: [Color], isDiverging: Bool = false) {
        precondition(stops.count >= 2, "a colormap needs at least two stops")
        self.name = name
        self.stops = stops
        self.isDiverging = isDiverging
    }

    /// The color at `t`, clamped to 0…1; `nan` gives the lowest color.
    public func color(at t: Double) -> Color {
        let clamped = t.isNaN ? 0 : min(max(t, 0), 1)
        let position = clamped * Double(stops.count - 1)
        let index = min(Int(position), stops.count - 2)
        return stops[index].mixed(with: stops[index + 1], by: position - Double(index))
    }

    /// matplotlib's perceptually uniform sequential map, for counts and magnitudes.
    public static let viridis = Colormap(name: "viridis", stops: [
        0x440154, 0x470D60, 0x48186A, 0x482374, 0x472D7B, 0x453781, 0x424086, 0x3E4989,
        0x3B528B, 0x375B8D, 0x33638D, 0x2F6B8E, 0x2C728E, 0x297A8E, 0x26828E, 0x23898E,
        0x21918C, 0x1F988B, 0x1FA088, 0x22A785, 0x28AE80, 0x32B67A, 0x3FBC73, 0x4EC36B,
        0x5EC962, 0x70CF57, 0x84D44B, 0x98D83E, 0xADDC30, 0xC2DF23, 0xD8E219, 0xECE51B,
        0xFDE725,
    ].map { Color(hex: $0) })

    /// Moreland's diverging blue–red map, which librosa's `specshow` uses for data of both signs.
    public static let coolwarm = Colormap(name: "coolwarm", stops: [
        0x3B4CC0, 0x445ACC, 0x4E68D8, 0x5875E1, 0x6282EA, 0x6C8FF1, 0x779AF7, 0x82A6FB,
        0x8DB0FE, 0x98B9FF, 0xA3C2FE, 0xAEC9FC, 0xB9D0F9, 0xC3D5F4, 0xCCD9ED, 0xD5DBE5,
        0xDDDCDC, 0xE5D8D1, 0xECD3C5, 0xF1CCB8, 0xF5C4AC, 0xF7BA9F, 0xF7B093, 0xF6A586,
        0xF4987A, 0xF08B6E, 0xEB7D62, 0xE46E56, 0xDD5F4B, 0xD44E41, 0xCA3B37, 0xBE242E,
        0xB40426,
    ].map { Color(hex: $0) }, isDiverging: true)
}
