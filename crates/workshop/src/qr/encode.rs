//! A small QR code encoder (ISO/IEC 18004:2015), only what the workshop draws: alphanumeric
//! mode when every byte is in QR's alphanumeric set, byte mode otherwise (one segment, no
//! ECI), error correction level M, versions 1 to 40, the smallest version that fits, and the
//! best of the eight masks by the standard's penalty rules.
//!
//! The steps, in the standard's order: the data bit stream (§7.4), split into blocks and
//! given Reed–Solomon error correction codewords (§7.5), interleaved (§7.6), placed in the
//! symbol around its function patterns (§6.3, §7.7), masked (§7.8) and labelled with its
//! format (§7.9) and version (§7.10) information.

/// QR's alphanumeric set, each character's value being its position (§7.4.4, Table 5).
const ALPHANUMERIC: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

/// Error correction codewords per block at level M, for versions 1 to 40 (§7.5.1, Table 9).
const EC_PER_BLOCK: [u8; 40] = [
    10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28,
    28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
];

/// Error correction blocks at level M, for versions 1 to 40 (§7.5.1, Table 9). Their sizes
/// follow from the symbol's codeword count: the longer blocks hold one data codeword more
/// and come last.
const BLOCKS: [u8; 40] = [
    1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33,
    35, 37, 38, 40, 43, 45, 47, 49,
];

/// The format information's mask (§7.9.1), so that it is never all light.
const FORMAT_MASK: u32 = 0x5412;

/// A QR code's modules: `size()` on a side, without the quiet zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Matrix {
    version: u8,
    mask: u8,
    size: usize,
    /// Row after row, `true` for dark.
    modules: Vec<bool>,
}

impl Matrix {
    /// Modules on a side: 21 for version 1, 4 more for each version after it (§6.3.1).
    pub fn size(&self) -> usize {
        self.size
    }

    /// Whether the module in column `x` of row `y` is dark; anything outside the symbol is
    /// light, as the quiet zone around it is.
    pub fn dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.modules.get(y * self.size + x).copied().unwrap_or(false)
    }

    /// The symbol's version, 1 to 40.
    pub fn version(&self) -> u8 {
        self.version
    }

    /// The mask pattern chosen, 0 to 7 (§7.8.2, Table 10).
    pub fn mask(&self) -> u8 {
        self.mask
    }
}

/// The QR code (level M) of `data`, in alphanumeric mode if every byte is one of
/// `0`–`9`, `A`–`Z`, space and `$%*+-./:`, else in byte mode; the smallest version that
/// holds it, and the mask with the lowest penalty (the first such, §7.8.3). `None` when the
/// data is too long for version 40 (3391 alphanumeric characters, 2331 bytes).
pub fn matrix(data: &[u8]) -> Option<Matrix> {
    let (version, codewords) = codewords(data)?;
    (0..8).map(|mask| masked(version, &codewords, mask)).min_by_key(penalty)
}

/// The version and the final sequence of codewords (data and error correction, interleaved)
/// of `data`, or `None` if it is too long.
pub(super) fn codewords(data: &[u8]) -> Option<(u8, Vec<u8>)> {
    let alphanumeric = data.iter().all(|b| ALPHANUMERIC.contains(b));
    let version = (1..=40).find(|&v| bit_length(data.len(), alphanumeric, v) <= data_codewords(v) * 8)?;
    let bits = bit_stream(data, alphanumeric, version);
    Some((version, interleave(&bits, version)))
}

/// The symbol of `version` holding `codewords`, with the given mask pattern (0 to 7) and
/// its format and version information.
pub(super) fn masked(version: u8, codewords: &[u8], mask: u8) -> Matrix {
    let mut grid = Grid::new(version);
    grid.draw_function_patterns();
    grid.place(codewords);
    grid.apply_mask(mask);
    grid.draw_format(mask);
    Matrix { version, mask, size: grid.size, modules: grid.modules }
}

/// Bits the character count indicator takes (§7.4.1, Table 3).
fn count_bits(alphanumeric: bool, version: u8) -> usize {
    match (alphanumeric, version) {
        (true, ..=9) => 9,
        (true, ..=26) => 11,
        (true, _) => 13,
        (false, ..=9) => 8,
        (false, _) => 16,
    }
}

/// The bits `len` characters take with their mode and count indicators, before the
/// terminator (§7.4.4, §7.4.5): 11 bits a pair of alphanumeric characters and 6 for one
/// left over, 8 bits a byte.
fn bit_length(len: usize, alphanumeric: bool, version: u8) -> usize {
    let count = count_bits(alphanumeric, version);
    if len >= 1 << count {
        return usize::MAX;
    }
    let payload = if alphanumeric { len / 2 * 11 + len % 2 * 6 } else { len * 8 };
    4 + count + payload
}

/// Bits appended to a byte vector, most significant first.
#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    len: usize,
}

impl Bits {
    /// Appends the low `count` bits of `value`.
    fn push(&mut self, value: u32, count: usize) {
        for i in (0..count).rev() {
            if self.len.is_multiple_of(8) {
                self.bytes.push(0);
            }
            if let Some(byte) = self.bytes.last_mut() {
                *byte |= (((value >> i) & 1) as u8) << (7 - self.len % 8);
            }
            self.len += 1;
        }
    }
}

/// The data codewords of a symbol of `version` (§7.4): mode indicator, character count,
/// the data, the terminator, zero bits to a byte boundary, then the pad codewords 0xEC and
/// 0x11 in turn until the symbol's data capacity is full.
fn bit_stream(data: &[u8], alphanumeric: bool, version: u8) -> Vec<u8> {
    let mut bits = Bits::default();
    bits.push(if alphanumeric { 0b0010 } else { 0b0100 }, 4);
    bits.push(data.len() as u32, count_bits(alphanumeric, version));
    if alphanumeric {
        let value = |b: &u8| ALPHANUMERIC.iter().position(|c| c == b).unwrap_or(0) as u32;
        for pair in data.chunks(2) {
            match pair {
                [a, b] => bits.push(value(a) * 45 + value(b), 11),
                [a] => bits.push(value(a), 6),
                _ => {}
            }
        }
    } else {
        for &byte in data {
            bits.push(u32::from(byte), 8);
        }
    }
    let capacity = data_codewords(version) * 8;
    bits.push(0, 4.min(capacity.saturating_sub(bits.len)));
    bits.push(0, (8 - bits.len % 8) % 8);
    let mut pad = [0xEC, 0x11].into_iter().cycle();
    while bits.bytes.len() < capacity / 8 {
        bits.bytes.push(pad.next().unwrap_or(0));
    }
    bits.bytes
}

/// Modules a symbol of `version` has for data and error correction codewords, including
/// the remainder bits: all but the function patterns and the format and version information
/// (§6.4.10, Table 1).
fn raw_modules(version: u8) -> usize {
    let v = usize::from(version);
    let mut modules = (16 * v + 128) * v + 64;
    if v >= 2 {
        let alignments = v / 7 + 2;
        modules -= (25 * alignments - 10) * alignments - 55;
        if v >= 7 {
            modules -= 36;
        }
    }
    modules
}

/// Error correction blocks and error correction codewords per block at level M.
fn blocks(version: u8) -> (usize, usize) {
    let at = usize::from(version).saturating_sub(1);
    let blocks = BLOCKS.get(at).copied().unwrap_or(1);
    let ec = EC_PER_BLOCK.get(at).copied().unwrap_or(0);
    (usize::from(blocks), usize::from(ec))
}

/// Data codewords a symbol of `version` holds at level M (§7.4.10, Table 7).
fn data_codewords(version: u8) -> usize {
    let (blocks, ec) = blocks(version);
    (raw_modules(version) / 8).saturating_sub(blocks * ec)
}

/// The data codewords split into blocks, each given its error correction codewords, then
/// read out column by column: every block's first data codeword, every block's second and
/// so on, then the error correction codewords the same way (§7.5.2, §7.6).
fn interleave(data: &[u8], version: u8) -> Vec<u8> {
    let (count, ec) = blocks(version);
    let total = raw_modules(version) / 8;
    let short_len = (total / count.max(1)).saturating_sub(ec);
    let shorts = count - total % count.max(1);
    let divisor = generator(ec);
    let mut rest = data;
    let mut blocks = Vec::with_capacity(count);
    for i in 0..count {
        let (block, after) = rest.split_at(rest.len().min(short_len + usize::from(i >= shorts)));
        rest = after;
        blocks.push((block, remainder(block, &divisor)));
    }
    let mut out = Vec::with_capacity(total);
    for i in 0..=short_len {
        out.extend(blocks.iter().filter_map(|(block, _)| block.get(i)));
    }
    for i in 0..ec {
        out.extend(blocks.iter().filter_map(|(_, correction)| correction.get(i)));
    }
    out
}

/// The product of two elements of GF(2⁸) modulo QR's field polynomial
/// x⁸ + x⁴ + x³ + x² + 1 (§7.5.2).
fn multiply(x: u8, y: u8) -> u8 {
    let mut z = 0u8;
    for i in (0..8).rev() {
        z = (z << 1) ^ ((z >> 7) * 0x1D);
        z ^= ((y >> i) & 1) * x;
    }
    z
}

/// The generator polynomial of degree `degree`, (x − α⁰)(x − α¹)…(x − α^(degree−1)) with
/// α = 2 (§7.5.2, Annex A), its coefficients highest degree first, the leading 1 left out.
fn generator(degree: usize) -> Vec<u8> {
    let mut poly = vec![0u8; degree];
    if let Some(last) = poly.last_mut() {
        *last = 1;
    }
    let mut root = 1u8;
    for _ in 0..degree {
        // Multiply by (x − root): each coefficient times root, plus the next one.
        for j in 0..degree {
            let next = poly.get(j + 1).copied().unwrap_or(0);
            if let Some(c) = poly.get_mut(j) {
                *c = multiply(*c, root) ^ next;
            }
        }
        root = multiply(root, 2);
    }
    poly
}

/// The error correction codewords of a block: the remainder of the block's polynomial,
/// times x^degree, divided by the generator polynomial (§7.5.2).
fn remainder(block: &[u8], generator: &[u8]) -> Vec<u8> {
    let mut rem = vec![0u8; generator.len()];
    for &byte in block {
        let factor = byte ^ rem.first().copied().unwrap_or(0);
        for j in 0..rem.len() {
            let next = rem.get(j + 1).copied().unwrap_or(0);
            let term = multiply(generator.get(j).copied().unwrap_or(0), factor);
            if let Some(r) = rem.get_mut(j) {
                *r = next ^ term;
            }
        }
    }
    rem
}

/// Centres of the alignment patterns on either axis (§6.3.6, Annex E): 6, then evenly
/// spaced (by an even step) up to `size − 7`; none for version 1.
fn alignment_centres(version: u8) -> Vec<usize> {
    let v = usize::from(version);
    if v < 2 {
        return Vec::new();
    }
    let count = v / 7 + 2;
    let last = 4 * v + 10;
    let step = if v == 32 { 26 } else { (v * 4 + count * 2 + 1) / (count * 2 - 2) * 2 };
    let mut centres: Vec<usize> = (0..count - 1).map(|i| last - i * step).collect();
    centres.push(6);
    centres.reverse();
    centres
}

/// The symbol being drawn: its modules, and which of them belong to function patterns (or
/// the format and version information) and so take no data and no mask.
struct Grid {
    version: u8,
    size: usize,
    modules: Vec<bool>,
    function: Vec<bool>,
}

impl Grid {
    fn new(version: u8) -> Self {
        let size = 4 * usize::from(version) + 17;
        Self { version, size, modules: vec![false; size * size], function: vec![false; size * size] }
    }

    /// Sets a function module; coordinates outside the symbol are left alone.
    fn set(&mut self, x: usize, y: usize, dark: bool) {
        if x < self.size && y < self.size {
            let at = y * self.size + x;
            if let Some(module) = self.modules.get_mut(at) {
                *module = dark;
            }
            if let Some(function) = self.function.get_mut(at) {
                *function = true;
            }
        }
    }

    fn is_function(&self, x: usize, y: usize) -> bool {
        self.function.get(y * self.size + x).copied().unwrap_or(true)
    }

    /// Timing patterns (§6.3.5), finder patterns with their separators (§6.3.3, §6.3.4),
    /// alignment patterns (§6.3.6), the version information (§7.10) and, reserved for now,
    /// the format information (§7.9).
    fn draw_function_patterns(&mut self) {
        for i in 0..self.size {
            self.set(6, i, i % 2 == 0);
            self.set(i, 6, i % 2 == 0);
        }
        let far = self.size - 4;
        for (cx, cy) in [(3, 3), (far, 3), (3, far)] {
            // 9 × 9 around the centre: rings at distance 2 (light) and 4 (the separator).
            for dy in 0..9usize {
                for dx in 0..9usize {
                    let distance = dx.abs_diff(4).max(dy.abs_diff(4));
                    if let (Some(x), Some(y)) = ((cx + dx).checked_sub(4), (cy + dy).checked_sub(4)) {
                        self.set(x, y, distance != 2 && distance != 4);
                    }
                }
            }
        }
        let centres = alignment_centres(self.version);
        let last = centres.len().saturating_sub(1);
        for (i, &cx) in centres.iter().enumerate() {
            for (j, &cy) in centres.iter().enumerate() {
                // Not where a finder pattern is.
                if (i == 0 && (j == 0 || j == last)) || (i == last && j == 0) {
                    continue;
                }
                for dy in 0..5usize {
                    for dx in 0..5usize {
                        let distance = dx.abs_diff(2).max(dy.abs_diff(2));
                        self.set(cx + dx - 2, cy + dy - 2, distance != 1);
                    }
                }
            }
        }
        self.draw_format(0);
        self.draw_version();
    }

    /// Both copies of the format information (§7.9): level M (`00`) and the mask pattern,
    /// with its BCH (15, 5) code, masked with 0x5412; and the dark module beside the lower
    /// left finder pattern (§7.9.1).
    fn draw_format(&mut self, mask: u8) {
        let data = u32::from(mask);
        let mut rem = data;
        for _ in 0..10 {
            rem = (rem << 1) ^ ((rem >> 9) * 0x537);
        }
        let bits = ((data << 10) | rem) ^ FORMAT_MASK;
        let bit = |i: usize| (bits >> i) & 1 == 1;
        let size = self.size;
        // Around the upper left finder pattern, skipping the timing patterns.
        for i in 0..6 {
            self.set(8, i, bit(i));
        }
        self.set(8, 7, bit(6));
        self.set(8, 8, bit(7));
        self.set(7, 8, bit(8));
        for i in 9..15 {
            self.set(14 - i, 8, bit(i));
        }
        // Split between the upper right and lower left finder patterns.
        for i in 0..8 {
            self.set(size - 1 - i, 8, bit(i));
        }
        for i in 8..15 {
            self.set(8, size - 15 + i, bit(i));
        }
        self.set(8, size - 8, true);
    }

    /// Both copies of the version information, for version 7 and up (§7.10): the version
    /// in 6 bits with its BCH (18, 6) code, beside the upper right and lower left finder
    /// patterns.
    fn draw_version(&mut self) {
        if self.version < 7 {
            return;
        }
        let data = u32::from(self.version);
        let mut rem = data;
        for _ in 0..12 {
            rem = (rem << 1) ^ ((rem >> 11) * 0x1F25);
        }
        let bits = (data << 12) | rem;
        for i in 0..18 {
            let dark = (bits >> i) & 1 == 1;
            let (a, b) = (self.size - 11 + i % 3, i / 3);
            self.set(a, b, dark);
            self.set(b, a, dark);
        }
    }

    /// The codewords' bits, most significant first, up and down two-module-wide columns
    /// from the lower right corner, right module before left, skipping the function
    /// modules and the vertical timing pattern's column (§7.7.3). Modules left over (the
    /// remainder bits) stay light.
    fn place(&mut self, codewords: &[u8]) {
        let mut bits = codewords.iter().flat_map(|&byte| (0..8).rev().map(move |i| (byte >> i) & 1 == 1));
        let size = self.size;
        let columns = (8..size).rev().step_by(2).chain([5, 3, 1]);
        for right in columns {
            let upward = (right + 1) & 2 == 0;
            for step in 0..size {
                let y = if upward { size - 1 - step } else { step };
                for x in [right, right - 1] {
                    if !self.is_function(x, y) {
                        let dark = bits.next().unwrap_or(false);
                        if let Some(module) = self.modules.get_mut(y * size + x) {
                            *module = dark;
                        }
                    }
                }
            }
        }
    }

    /// Flips every module outside the function patterns where the mask pattern's
    /// condition holds, `i` being the row and `j` the column (§7.8.2, Table 10).
    fn apply_mask(&mut self, mask: u8) {
        let size = self.size;
        for (at, (module, function)) in self.modules.iter_mut().zip(&self.function).enumerate() {
            let (i, j) = (at / size, at % size);
            let flip = match mask {
                0 => (i + j) % 2 == 0,
                1 => i % 2 == 0,
                2 => j % 3 == 0,
                3 => (i + j) % 3 == 0,
                4 => (i / 2 + j / 3) % 2 == 0,
                5 => (i * j) % 2 + (i * j) % 3 == 0,
                6 => ((i * j) % 2 + (i * j) % 3) % 2 == 0,
                _ => ((i + j) % 2 + (i * j) % 3) % 2 == 0,
            };
            if flip && !function {
                *module = !*module;
            }
        }
    }
}

/// A masked symbol's penalty (§7.8.3, Table 11): the lower, the easier to read.
pub(super) fn penalty(matrix: &Matrix) -> u32 {
    let dark = matrix.modules.iter().filter(|&&m| m).count();
    pattern_penalty(matrix) + balance_penalty(dark, matrix.modules.len())
}

/// Penalties N1 to N3 (§7.8.3, Table 11), over rows and columns alike:
/// - N1: 3 points for five modules of a colour in a row, and 1 more for each further one;
/// - N2: 3 points for each 2 × 2 block of one colour (blocks may overlap);
/// - N3: 40 points for each dark-light-dark-dark-dark-light-dark (1:1:3:1:1) run with four
///   light modules before or after it, outside the symbol counting as light.
pub(super) fn pattern_penalty(matrix: &Matrix) -> u32 {
    let size = matrix.size.max(1);
    let rows = || matrix.modules.chunks(size);
    let columns: Vec<bool> = (0..size).flat_map(|x| matrix.modules.iter().skip(x).step_by(size).copied()).collect();
    let mut score: u32 = rows().chain(columns.chunks(size)).map(line_penalty).sum();
    // N2: 2 × 2 blocks, as two rows' pairs of neighbours.
    for (upper, lower) in rows().zip(rows().skip(1)) {
        let blocks = upper.windows(2).zip(lower.windows(2)).filter(|(a, b)| a == b && matches!(a, [x, y] if x == y));
        score += 3 * blocks.count() as u32;
    }
    score
}

/// Penalties N1 and N3 of one row or column.
fn line_penalty(line: &[bool]) -> u32 {
    const FINDER: [bool; 7] = [true, false, true, true, true, false, true];
    let runs = line.chunk_by(|a, b| a == b).map(<[bool]>::len).filter(|&len| len >= 5);
    let mut score = runs.map(|len| len as u32 - 2).sum();
    for (j, window) in line.windows(7).enumerate() {
        if window == FINDER {
            let light = |from: usize, to: usize| line.get(from..to.min(line.len())).is_none_or(|s| !s.contains(&true));
            if light(j.saturating_sub(4), j) || light(j + 7, j + 11) {
                score += 40;
            }
        }
    }
    score
}

/// Penalty N4 (§7.8.3, Table 11): 10 points for each full 5 % the share of dark modules
/// is away from half.
pub(super) fn balance_penalty(dark: usize, total: usize) -> u32 {
    // |dark / total − 1/2| in steps of 1/20, rounded down.
    let steps = (dark * 20).abs_diff(total * 10) / total.max(1);
    10 * steps as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_field_and_the_generator_polynomials_are_qrs() {
        // α⁸ = α⁴ + α³ + α² + 1 = 0x1D.
        assert_eq!(multiply(0x80, 2), 0x1D);
        // α = 2 generates the field: α²⁵⁵ = 1, and no smaller power is 1.
        let powers: Vec<u8> = (0..255).scan(1u8, |p, _| Some(std::mem::replace(p, multiply(*p, 2)))).collect();
        assert_eq!(powers.iter().filter(|&&p| p == 1).count(), 1);
        assert_eq!(multiply(*powers.last().unwrap(), 2), 1);
        // Annex A: the generator polynomial of degree 7 is
        // x⁷ + α⁸⁷x⁶ + α²²⁹x⁵ + α¹⁴⁶x⁴ + α¹⁴⁹x³ + α²³⁸x² + α¹⁰²x + α²¹.
        let power = |n: u32| (0..n).fold(1u8, |p, _| multiply(p, 2));
        let expected: Vec<u8> = [87, 229, 146, 149, 238, 102, 21].into_iter().map(power).collect();
        assert_eq!(generator(7), expected);
    }

    #[test]
    fn annex_i_error_correction() {
        // ISO/IEC 18004 Annex I: "01234567" as 1-M has data codewords
        // 10 20 0C 56 61 80 EC 11 EC 11 EC 11 EC 11 EC 11 and these 10 EC codewords.
        let data = [0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11];
        assert_eq!(remainder(&data, &generator(10)), [0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55]);
    }

    #[test]
    fn tables_match_the_standards_capacities() {
        // Table 7, level M: data codewords for a few versions.
        for (version, expected) in [(1, 16), (2, 28), (7, 124), (10, 216), (25, 1000), (40, 2334)] {
            assert_eq!(data_codewords(version), expected, "version {version}");
        }
        // Table 1: total codewords.
        for (version, expected) in [(1, 26), (7, 196), (14, 581), (40, 3706)] {
            assert_eq!(raw_modules(version) / 8, expected, "version {version}");
        }
        assert_eq!(alignment_centres(7), [6, 22, 38]);
        assert_eq!(alignment_centres(32), [6, 34, 60, 86, 112, 138]);
        assert_eq!(alignment_centres(40), [6, 30, 58, 86, 114, 142, 170]);
    }

    #[test]
    fn format_and_version_information_match_the_standards_examples() {
        // §7.9.1: level M, mask 101 gives 100000011001110 after masking.
        let mut grid = Grid::new(1);
        grid.draw_format(0b101);
        let read: String = (0..6)
            .map(|i| grid.modules.get(i * grid.size + 8).copied().unwrap_or(false))
            .map(|d| if d { '1' } else { '0' })
            .collect();
        // Bits 0 to 5 (least significant first) of 100000011001110.
        assert_eq!(read, "011100");
        // Annex D: version 7's information is 000111110010010100.
        let mut grid = Grid::new(7);
        grid.draw_version();
        let bits: u32 = (0..18)
            .map(|i| u32::from(grid.modules.get((i / 3) * grid.size + grid.size - 11 + i % 3) == Some(&true)) << i)
            .sum();
        assert_eq!(bits, 0b000111110010010100);
    }

    #[test]
    fn balance_counts_whole_steps_of_five_percent() {
        assert_eq!(balance_penalty(50, 100), 0);
        assert_eq!(balance_penalty(54, 100), 0);
        assert_eq!(balance_penalty(55, 100), 10);
        assert_eq!(balance_penalty(39, 100), 20);
        assert_eq!(balance_penalty(0, 100), 100);
    }

    #[test]
    fn too_long_is_none() {
        assert!(matrix(&[b'9'; 8000]).is_none());
        assert!(matrix(&[b'a'; 3000]).is_none());
        assert_eq!(matrix(&[b'A'; 3391]).map(|m| m.version()), Some(40));
        assert!(matrix(&[b'A'; 3392]).is_none());
        assert_eq!(matrix(&[b'a'; 2331]).map(|m| m.version()), Some(40));
        assert!(matrix(&[b'a'; 2332]).is_none());
    }
}
