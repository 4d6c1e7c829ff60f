//! A live room's keys. The presenter's device makes a [`Secret`] (32 random bytes, never sent
//! anywhere) and the room is known by its public half, the [`Room`] (an Ed25519 public key),
//! which the join link carries. The presenter seals every control message with the secret;
//! phones and projectors open it with the room, so nobody without the secret can advance,
//! reveal, lock or follow a branch. Keys and signatures travel as lowercase hex.

use ed25519_compact::{KeyPair, PublicKey, Seed, Signature};

/// The presenter's secret: the seed of the room's key pair.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret([u8; 32]);

/// A room: the public key of its presenter's secret.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Room([u8; 32]);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

impl Secret {
    /// The secret made of 32 random bytes, which the caller draws (the crate reads no
    /// random source).
    pub fn from_bytes(bytes: [u8; 32]) -> Secret {
        Secret(bytes)
    }

    pub fn to_hex(&self) -> String {
        hex(&self.0)
    }

    /// Reads what [`Secret::to_hex`] wrote.
    pub fn from_hex(text: &str) -> Option<Secret> {
        unhex(text).map(Secret)
    }

    /// The room this secret presents.
    pub fn room(&self) -> Room {
        Room(*KeyPair::from_seed(Seed::new(self.0)).pk)
    }

    /// `body` with a last line `sig <signature>` that [`Room::open`] checks.
    pub fn seal(&self, body: &str) -> String {
        let pair = KeyPair::from_seed(Seed::new(self.0));
        let signature = pair.sk.sign(body.as_bytes(), None);
        format!("{body}\nsig {}", hex(signature.as_ref()))
    }
}

impl Room {
    pub fn to_hex(&self) -> String {
        hex(&self.0)
    }

    /// Reads what [`Room::to_hex`] wrote.
    pub fn from_hex(text: &str) -> Option<Room> {
        unhex(text).map(Room)
    }

    /// The body of a text [`Secret::seal`]ed with this room's secret; `None` when the last
    /// line is not a signature of the rest by that secret.
    pub fn open<'t>(&self, text: &'t str) -> Option<&'t str> {
        let (body, signature) = unsealed(text)?;
        let key = PublicKey::new(self.0);
        key.verify(body.as_bytes(), &Signature::new(signature)).ok().map(|()| body)
    }

    /// The public key's 32 bytes, for a host that checks seals itself (a browser's Web
    /// Crypto, which spares a phone's download the Ed25519 code).
    pub fn bytes(&self) -> [u8; 32] {
        self.0
    }
}

/// A sealed text's body and signature, unchecked: [`Room::open`] checks them, or the host
/// does with [`Room::bytes`] (an Ed25519 signature of the body's bytes).
pub fn unsealed(text: &str) -> Option<(&str, [u8; 64])> {
    let (body, line) = text.rsplit_once('\n')?;
    Some((body, unhex(line.strip_prefix("sig ")?)?))
}

/// Bytes as lowercase hex.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        for nibble in [byte >> 4, byte & 15] {
            out.push(char::from(DIGITS.get(usize::from(nibble)).copied().unwrap_or(b'0')));
        }
    }
    out
}

/// Reads exactly `N` bytes of lowercase hex; `None` for anything else.
pub fn unhex<const N: usize>(text: &str) -> Option<[u8; N]> {
    if text.len() != N * 2 {
        return None;
    }
    let digit = |b: u8| match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        _ => None,
    };
    let mut out = [0u8; N];
    for (slot, pair) in out.iter_mut().zip(text.as_bytes().chunks(2)) {
        let [high, low] = pair else { return None };
        *slot = digit(*high)? << 4 | digit(*low)?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_text_opens_with_its_room_only() {
        let secret = Secret::from_bytes([7; 32]);
        let room = secret.room();
        let sealed = secret.seal("jcl1 state\nseq 3");
        assert_eq!(room.open(&sealed), Some("jcl1 state\nseq 3"));
        assert_eq!(Room::from_hex(&room.to_hex()), Some(room));
        assert_eq!(Secret::from_hex(&secret.to_hex()), Some(secret.clone()));
        // Another secret, an edited body, a cut signature or none at all: refused.
        let other = Secret::from_bytes([8; 32]).room();
        assert_eq!(other.open(&sealed), None);
        assert_eq!(room.open(&sealed.replace("seq 3", "seq 4")), None);
        assert_eq!(room.open(&sealed[..sealed.len() - 2]), None);
        assert_eq!(room.open("jcl1 state\nseq 3"), None);
        assert_eq!(room.open(""), None);
        assert_eq!(format!("{secret:?}"), "Secret(…)");
    }

    #[test]
    fn hex_reads_exactly_what_it_writes() {
        assert_eq!(hex(&[0, 15, 16, 255]), "000f10ff");
        assert_eq!(unhex::<4>("000f10ff"), Some([0, 15, 16, 255]));
        for bad in ["000f10f", "000f10ffa", "000F10ff", "000g10ff", "ééé"] {
            assert_eq!(unhex::<4>(bad), None, "{bad}");
        }
    }
}
