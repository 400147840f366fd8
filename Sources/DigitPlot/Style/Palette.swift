/// Categorical color palettes.
public enum Palette {
    /// matplotlib's default color cycle, "tab10" (Tableau 10).
    public static let tab10: [Color] = [
        0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD,
        0x8C564B, 0xE377C2, 0x7F7F7F, 0xBCBD22, 0x17BECF,
    ].map { Color(hex: $0) }

    /// The `index`-th color of tab10, cycling after ten.
    public static func tab10(_ index: Int) -> Color {
        tab10[((index % tab10.count) + tab10.count) % tab10.count]
    }
}
