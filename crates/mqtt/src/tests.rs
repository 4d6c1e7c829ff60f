//! The codec's tests: byte-exact packets worked out from the MQTT 3.1.1 spec's figures, the
//! remaining length at each of its boundaries, partial and concatenated input, malformed
//! input, and properties: every packet survives a round trip, and no bytes make `decode` or
//! `Stream` panic or claim more bytes than they were given.

use proptest::prelude::{Just, Strategy, any, prop, prop_assert, prop_assert_eq, prop_oneof, proptest};

use crate::{Connect, Error, Packet, Publish, QoS, Stream, decode};

const MAX: usize = 1 << 20;

fn publish(topic: &str, payload: &[u8], id: Option<u16>) -> Packet {
    Packet::Publish(Publish { topic: topic.into(), payload: payload.to_vec(), id, retain: false, dup: false })
}

/// Each packet with its bytes.
fn vectors() -> Vec<(Packet, Vec<u8>)> {
    let connect = Connect {
        client_id: "jc".into(),
        clean_session: true,
        keep_alive: 60,
        username: Some("u".into()),
        password: Some(b"p".to_vec()),
    };
    let anonymous =
        Connect { client_id: String::new(), clean_session: true, keep_alive: 0, username: None, password: None };
    let kept = Connect { client_id: "c".into(), clean_session: false, keep_alive: 10, username: None, password: None };
    let mut retained = Publish { topic: "a/b".into(), payload: b"hi".to_vec(), id: Some(10), retain: true, dup: false };
    let mut vectors = vec![
        // §3.1: protocol name "MQTT", level 4, flags (user name, password, clean session),
        // keep-alive 60, then the client identifier, user name and password.
        (
            Packet::Connect(connect),
            vec![
                0x10, 0x14, 0x00, 0x04, b'M', b'Q', b'T', b'T', 0x04, 0xC2, 0x00, 0x3C, 0x00, 0x02, b'j', b'c', 0x00,
                0x01, b'u', 0x00, 0x01, b'p',
            ],
        ),
        (
            Packet::Connect(anonymous),
            vec![0x10, 0x0C, 0x00, 0x04, b'M', b'Q', b'T', b'T', 0x04, 0x02, 0x00, 0x00, 0x00, 0x00],
        ),
        (
            Packet::Connect(kept),
            vec![0x10, 0x0D, 0x00, 0x04, b'M', b'Q', b'T', b'T', 0x04, 0x00, 0x00, 0x0A, 0x00, 0x01, b'c'],
        ),
        (Packet::ConnAck { session_present: true, code: 0 }, vec![0x20, 0x02, 0x01, 0x00]),
        (Packet::ConnAck { session_present: false, code: 5 }, vec![0x20, 0x02, 0x00, 0x05]),
        // §3.3.2.3's topic "a/b", at QoS 0 and at QoS 1 with packet identifier 10.
        (publish("a/b", b"hi", None), vec![0x30, 0x07, 0x00, 0x03, b'a', b'/', b'b', b'h', b'i']),
        (publish("a/b", b"", None), vec![0x30, 0x05, 0x00, 0x03, b'a', b'/', b'b']),
        (publish("a/b", b"hi", Some(10)), vec![0x32, 0x09, 0x00, 0x03, b'a', b'/', b'b', 0x00, 0x0A, b'h', b'i']),
        (Packet::Publish(retained.clone()), vec![0x33, 0x09, 0x00, 0x03, b'a', b'/', b'b', 0x00, 0x0A, b'h', b'i']),
        (Packet::PubAck(10), vec![0x40, 0x02, 0x00, 0x0A]),
        // §3.8.3's example, with "c/d" at QoS 0.
        (
            Packet::Subscribe {
                id: 10,
                filters: vec![("a/b".into(), QoS::AtLeastOnce), ("c/d".into(), QoS::AtMostOnce)],
            },
            vec![0x82, 0x0E, 0x00, 0x0A, 0x00, 0x03, b'a', b'/', b'b', 0x01, 0x00, 0x03, b'c', b'/', b'd', 0x00],
        ),
        (
            Packet::Subscribe { id: 1, filters: vec![("#".into(), QoS::AtMostOnce)] },
            vec![0x82, 0x06, 0x00, 0x01, 0x00, 0x01, b'#', 0x00],
        ),
        // §3.9.3's example: success at QoS 0, 1 and 2, then a failure.
        (
            Packet::SubAck { id: 10, codes: vec![0x00, 0x01, 0x02, 0x80] },
            vec![0x90, 0x06, 0x00, 0x0A, 0x00, 0x01, 0x02, 0x80],
        ),
        (
            Packet::Unsubscribe { id: 10, filters: vec!["a/b".into(), "c/+".into()] },
            vec![0xA2, 0x0C, 0x00, 0x0A, 0x00, 0x03, b'a', b'/', b'b', 0x00, 0x03, b'c', b'/', b'+'],
        ),
        (Packet::UnsubAck(10), vec![0xB0, 0x02, 0x00, 0x0A]),
        (Packet::PingReq, vec![0xC0, 0x00]),
        (Packet::PingResp, vec![0xD0, 0x00]),
        (Packet::Disconnect, vec![0xE0, 0x00]),
    ];
    retained.dup = true;
    retained.retain = false;
    retained.id = Some(0x1234);
    vectors.push((Packet::Publish(retained), vec![0x3A, 0x09, 0x00, 0x03, b'a', b'/', b'b', 0x12, 0x34, b'h', b'i']));
    vectors
}

#[test]
fn packets_are_the_spec_bytes_both_ways() {
    for (packet, bytes) in vectors() {
        assert_eq!(packet.to_bytes(), Ok(bytes.clone()), "{packet:?}");
        assert_eq!(decode(&bytes, MAX), Ok(Some((packet, bytes.len()))));
    }
}

#[test]
fn every_prefix_of_a_packet_needs_more_bytes() {
    for (_, bytes) in vectors() {
        for end in 0..bytes.len() {
            assert_eq!(decode(bytes.get(..end).unwrap(), MAX), Ok(None), "{bytes:02X?} cut at {end}");
        }
    }
}

#[test]
fn a_buffer_of_several_packets_is_read_one_at_a_time() {
    let vectors = vectors();
    let all: Vec<u8> = vectors.iter().flat_map(|(_, bytes)| bytes.clone()).collect();
    let mut at = 0;
    for (packet, bytes) in &vectors {
        assert_eq!(decode(&all[at..], MAX), Ok(Some((packet.clone(), bytes.len()))));
        at += bytes.len();
    }
    assert_eq!(at, all.len());
    assert_eq!(decode(&all[at..], MAX), Ok(None));
}

#[test]
fn a_stream_reads_packets_however_the_frames_cut_them() {
    let vectors = vectors();
    let all: Vec<u8> = vectors.iter().flat_map(|(_, bytes)| bytes.clone()).collect();
    for size in [1, 2, 3, 7, 64, all.len()] {
        let mut stream = Stream::new(MAX);
        let mut read = Vec::new();
        for frame in all.chunks(size) {
            stream.push(frame);
            while let Some(packet) = stream.next_packet().unwrap() {
                read.push(packet);
            }
        }
        assert_eq!(read, vectors.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>(), "frames of {size}");
        assert_eq!(stream.buffered(), 0);
    }
}

#[test]
fn a_stream_stops_at_a_bad_packet() {
    let mut stream = Stream::new(MAX);
    stream.push(&[0xC0, 0x00, 0xF0, 0x00, 0xD0, 0x00]);
    assert_eq!(stream.next_packet(), Ok(Some(Packet::PingReq)));
    assert_eq!(stream.next_packet(), Err(Error::PacketType));
    assert_eq!(stream.next_packet(), Err(Error::PacketType));
    assert_eq!(stream.buffered(), 4);
}

/// A PUBLISH whose remaining length is `len`: topic "t" and `len - 3` bytes of payload.
fn publish_of(len: usize) -> Packet {
    publish("t", &vec![7; len - 3], None)
}

#[test]
fn the_remaining_length_takes_one_to_four_bytes() {
    // §2.2.3, table 2.4: the boundaries of each width.
    for (len, encoded) in [
        (3, vec![0x03]),
        (127, vec![0x7F]),
        (128, vec![0x80, 0x01]),
        (16_383, vec![0xFF, 0x7F]),
        (16_384, vec![0x80, 0x80, 0x01]),
        (2_097_151, vec![0xFF, 0xFF, 0x7F]),
        (2_097_152, vec![0x80, 0x80, 0x80, 0x01]),
    ] {
        let packet = publish_of(len);
        let bytes = packet.to_bytes().unwrap();
        assert_eq!(bytes[1..=encoded.len()], encoded, "{len}");
        assert_eq!(bytes.len(), 1 + encoded.len() + len);
        assert_eq!(decode(&bytes, bytes.len()), Ok(Some((packet, bytes.len()))));
        assert_eq!(decode(&bytes, bytes.len() - 1), Err(Error::TooLarge));
        assert_eq!(decode(&bytes[..bytes.len() - 1], bytes.len()), Ok(None));
    }
    // The largest, 268,435,455, is known from its four bytes: too large for the limit at
    // once, or waited for under a limit that allows it.
    let header = [0x30, 0xFF, 0xFF, 0xFF, 0x7F];
    assert_eq!(decode(&header, MAX), Err(Error::TooLarge));
    assert_eq!(decode(&header, 268_435_460), Ok(None));
    // A fifth byte is never read.
    assert_eq!(decode(&[0x30, 0xFF, 0xFF, 0xFF, 0xFF], usize::MAX), Err(Error::RemainingLength));
    assert_eq!(decode(&[0x30, 0x80, 0x80, 0x80, 0x80, 0x01], usize::MAX), Err(Error::RemainingLength));
    assert_eq!(decode(&[0x30, 0xFF, 0xFF, 0xFF], usize::MAX), Ok(None));
}

#[test]
fn the_limit_refuses_a_packet_as_soon_as_its_length_is_known() {
    assert_eq!(decode(&[0x30, 0x80, 0x01], 130), Err(Error::TooLarge));
    assert_eq!(decode(&[0x30, 0x80, 0x01], 131), Ok(None));
    assert_eq!(decode(&[0xC0, 0x00], 2), Ok(Some((Packet::PingReq, 2))));
    assert_eq!(decode(&[0xC0, 0x00], 1), Err(Error::TooLarge));
    let mut stream = Stream::new(100);
    stream.push(&[0x30, 0x7F]);
    assert_eq!(stream.next_packet(), Err(Error::TooLarge));
}

#[test]
fn malformed_packets_are_errors() {
    let cases: &[(&[u8], Error)] = &[
        // Reserved packet types (§2.2.1).
        (&[0x00, 0x00], Error::PacketType),
        (&[0xF0, 0x00], Error::PacketType),
        // Reserved flags (§2.2.2): SUBSCRIBE needs 0010, the others 0000.
        (&[0x80, 0x02, 0x00, 0x01], Error::Flags),
        (&[0xA0, 0x02, 0x00, 0x01], Error::Flags),
        (&[0xC1, 0x00], Error::Flags),
        (&[0x22, 0x02, 0x00, 0x00], Error::Flags),
        (&[0x48, 0x02, 0x00, 0x01], Error::Flags),
        // QoS 3, and QoS 2 which this client does not speak (§3.3.1.2), however short.
        (&[0x36], Error::QoS),
        (&[0x34, 0x05, 0x00, 0x01, b't', 0x00, 0x01], Error::Unsupported),
        (&[0x50, 0x02, 0x00, 0x01], Error::Unsupported),
        (&[0x62, 0x02, 0x00, 0x01], Error::Unsupported),
        (&[0x70], Error::Unsupported),
        // A topic that is not UTF-8, holds U+0000, a wildcard, or nothing.
        (&[0x30, 0x04, 0x00, 0x02, 0xC3, 0x28], Error::Utf8),
        (&[0x30, 0x05, 0x00, 0x03, 0xED, 0xA0, 0x80], Error::Utf8),
        (&[0x30, 0x04, 0x00, 0x02, b'a', 0x00], Error::Utf8),
        (&[0x30, 0x04, 0x00, 0x02, b'a', b'#'], Error::Topic),
        (&[0x30, 0x02, 0x00, 0x00], Error::Topic),
        // Lengths that disagree with the fields.
        (&[0x30, 0x02, 0x00, 0x05], Error::Malformed),
        (&[0x30, 0x01, 0x00], Error::Malformed),
        (&[0x40, 0x03, 0x00, 0x01, 0x00], Error::Malformed),
        (&[0x40, 0x01, 0x01], Error::Malformed),
        (&[0xC0, 0x01, 0x00], Error::Malformed),
        (&[0x20, 0x03, 0x00, 0x00, 0x00], Error::Malformed),
        // A packet identifier of zero (§2.3.1).
        (&[0x40, 0x02, 0x00, 0x00], Error::PacketId),
        (&[0x32, 0x05, 0x00, 0x01, b't', 0x00, 0x00], Error::PacketId),
        // CONNACK's reserved bits (§3.2.2.1).
        (&[0x20, 0x02, 0x02, 0x00], Error::Malformed),
        // SUBSCRIBE: no filter, a bad filter, QoS 2, reserved QoS bits (§3.8.3).
        (&[0x82, 0x02, 0x00, 0x01], Error::Malformed),
        (&[0x82, 0x07, 0x00, 0x01, 0x00, 0x02, b'a', b'#', 0x00], Error::Topic),
        (&[0x82, 0x06, 0x00, 0x01, 0x00, 0x01, b'a', 0x02], Error::Unsupported),
        (&[0x82, 0x06, 0x00, 0x01, 0x00, 0x01, b'a', 0x04], Error::QoS),
        (&[0x82, 0x05, 0x00, 0x01, 0x00, 0x01, b'a'], Error::Malformed),
        // SUBACK's reserved return codes (§3.9.3); UNSUBSCRIBE without a filter (§3.10.3).
        (&[0x90, 0x03, 0x00, 0x01, 0x03], Error::Malformed),
        (&[0xA2, 0x02, 0x00, 0x01], Error::Malformed),
        // CONNECT: another protocol, a will, the reserved flag, a password without a user
        // name, an empty client identifier without a clean session (§3.1).
        (&[0x10, 0x0C, 0x00, 0x04, b'M', b'Q', b'T', b'X', 0x04, 0x02, 0x00, 0x00, 0x00, 0x00], Error::Unsupported),
        (&[0x10, 0x0C, 0x00, 0x04, b'M', b'Q', b'T', b'T', 0x03, 0x02, 0x00, 0x00, 0x00, 0x00], Error::Unsupported),
        (&[0x10, 0x0C, 0x00, 0x04, b'M', b'Q', b'T', b'T', 0x04, 0x06, 0x00, 0x00, 0x00, 0x00], Error::Unsupported),
        (&[0x10, 0x0C, 0x00, 0x04, b'M', b'Q', b'T', b'T', 0x04, 0x03, 0x00, 0x00, 0x00, 0x00], Error::Malformed),
        (&[0x10, 0x0C, 0x00, 0x04, b'M', b'Q', b'T', b'T', 0x04, 0x12, 0x00, 0x00, 0x00, 0x00], Error::Malformed),
        (&[0x10, 0x0C, 0x00, 0x04, b'M', b'Q', b'T', b'T', 0x04, 0x42, 0x00, 0x00, 0x00, 0x00], Error::Malformed),
        (&[0x10, 0x0C, 0x00, 0x04, b'M', b'Q', b'T', b'T', 0x04, 0x00, 0x00, 0x00, 0x00, 0x00], Error::Malformed),
        (&[0x10, 0x0C, 0x00, 0x04, b'M', b'Q', b'T', b'T', 0x04, 0x82, 0x00, 0x00, 0x00, 0x00], Error::Malformed),
    ];
    for (bytes, error) in cases {
        assert_eq!(decode(bytes, MAX), Err(*error), "{bytes:02X?}");
    }
}

#[test]
fn packets_that_break_the_rules_are_not_written() {
    let long = "a".repeat(65_536);
    let connect = |client_id: &str, clean_session, username: Option<&str>, password: Option<&[u8]>| {
        Packet::Connect(Connect {
            client_id: client_id.into(),
            clean_session,
            keep_alive: 0,
            username: username.map(Into::into),
            password: password.map(<[u8]>::to_vec),
        })
    };
    let dup = Packet::Publish(Publish { topic: "t".into(), payload: Vec::new(), id: None, retain: false, dup: true });
    let cases = [
        (publish("a/+", b"", None), Error::Topic),
        (publish("a/#", b"", None), Error::Topic),
        (publish("", b"", None), Error::Topic),
        (publish("a\0", b"", None), Error::Topic),
        (publish(&long, b"", None), Error::TooLong),
        (publish("t", b"", Some(0)), Error::PacketId),
        (dup, Error::Malformed),
        (Packet::PubAck(0), Error::PacketId),
        (Packet::UnsubAck(0), Error::PacketId),
        (Packet::Subscribe { id: 1, filters: Vec::new() }, Error::Malformed),
        (Packet::Subscribe { id: 0, filters: vec![("a".into(), QoS::AtMostOnce)] }, Error::PacketId),
        (Packet::Subscribe { id: 1, filters: vec![("a/#/b".into(), QoS::AtMostOnce)] }, Error::Topic),
        (Packet::Subscribe { id: 1, filters: vec![(long.clone(), QoS::AtMostOnce)] }, Error::TooLong),
        (Packet::Unsubscribe { id: 1, filters: Vec::new() }, Error::Malformed),
        (Packet::Unsubscribe { id: 1, filters: vec!["a+".into()] }, Error::Topic),
        (Packet::SubAck { id: 1, codes: vec![3] }, Error::Malformed),
        (connect("", false, None, None), Error::Malformed),
        (connect("c", true, None, Some(b"p")), Error::Malformed),
        (connect(&long, true, None, None), Error::TooLong),
        (connect("c", true, Some(&long), None), Error::TooLong),
        (connect("c", true, Some("u"), Some(long.as_bytes())), Error::TooLong),
        (connect("c\0", true, None, None), Error::Utf8),
    ];
    for (packet, error) in cases {
        let mut out = vec![1, 2, 3];
        assert_eq!(packet.encode(&mut out), Err(error));
        assert_eq!(out, [1, 2, 3], "a packet that cannot be written leaves the buffer as it was");
    }
    // The longest string there is still goes.
    let topic = "a".repeat(65_535);
    assert!(publish(&topic, b"", None).to_bytes().is_ok());
}

#[test]
fn errors_say_what_went_wrong() {
    assert_eq!(Error::RemainingLength.to_string(), "MQTT remaining length longer than four bytes");
    assert_eq!(Error::Unsupported.to_string(), "unsupported MQTT feature (QoS 2, will, protocol version)");
}

fn text() -> impl Strategy<Value = String> {
    "[^\u{0}]{0,12}"
}

fn topic() -> impl Strategy<Value = String> {
    "[^\u{0}+#]{1,12}"
}

fn filter() -> impl Strategy<Value = String> {
    let level = prop_oneof![Just("+".to_string()), "[^\u{0}+#/]{0,4}"];
    (prop::collection::vec(level, 1..4), any::<bool>())
        .prop_map(|(levels, rest)| {
            let filter = levels.join("/");
            if rest { format!("{filter}/#") } else { filter }
        })
        .prop_filter("a filter is not empty", |filter| !filter.is_empty())
}

fn qos() -> impl Strategy<Value = QoS> {
    prop_oneof![Just(QoS::AtMostOnce), Just(QoS::AtLeastOnce)]
}

fn id() -> impl Strategy<Value = u16> {
    1..=u16::MAX
}

fn packet() -> impl Strategy<Value = Packet> {
    let connect = (text(), any::<bool>(), any::<u16>(), prop::option::of((text(), prop::option::of(any::<Vec<u8>>()))))
        .prop_map(|(client_id, clean, keep_alive, login)| {
            let clean_session = clean || client_id.is_empty();
            let (username, password) = login.map_or((None, None), |(u, p)| (Some(u), p));
            Packet::Connect(Connect { client_id, clean_session, keep_alive, username, password })
        });
    let publish = (topic(), any::<Vec<u8>>(), prop::option::of(id()), any::<bool>(), any::<bool>()).prop_map(
        |(topic, payload, id, retain, dup)| {
            Packet::Publish(Publish { topic, payload, id, retain, dup: dup && id.is_some() })
        },
    );
    let suback_code = prop::sample::select(vec![0u8, 1, 2, 0x80]);
    prop_oneof![
        connect,
        (any::<bool>(), any::<u8>()).prop_map(|(session_present, code)| Packet::ConnAck { session_present, code }),
        publish,
        id().prop_map(Packet::PubAck),
        (id(), prop::collection::vec((filter(), qos()), 1..4))
            .prop_map(|(id, filters)| Packet::Subscribe { id, filters }),
        (id(), prop::collection::vec(suback_code, 0..4)).prop_map(|(id, codes)| Packet::SubAck { id, codes }),
        (id(), prop::collection::vec(filter(), 1..4)).prop_map(|(id, filters)| Packet::Unsubscribe { id, filters }),
        id().prop_map(Packet::UnsubAck),
        Just(Packet::PingReq),
        Just(Packet::PingResp),
        Just(Packet::Disconnect),
    ]
}

/// What every input must give, whatever it holds: no panic, and a packet read only from
/// bytes that are there, which reads back the same once written. The fuzz target checks
/// the same (fuzz/fuzz_targets/mqtt.rs).
fn check_any_bytes(bytes: &[u8], max: usize) -> Result<(), proptest::test_runner::TestCaseError> {
    let mut at = 0;
    let mut read = Vec::new();
    while let Ok(Some((packet, consumed))) = decode(bytes.get(at..).unwrap_or_default(), max) {
        prop_assert!((2..=bytes.len() - at).contains(&consumed) && consumed <= max);
        let again = packet.to_bytes().unwrap();
        prop_assert_eq!(decode(&again, again.len()), Ok(Some((packet.clone(), again.len()))));
        read.push(packet);
        at += consumed;
    }
    let mut stream = Stream::new(max);
    let mut streamed = Vec::new();
    for frame in bytes.chunks(3) {
        stream.push(frame);
        while let Ok(Some(packet)) = stream.next_packet() {
            streamed.push(packet);
        }
    }
    prop_assert_eq!(streamed, read);
    Ok(())
}

proptest! {
    #[test]
    fn every_packet_reads_back_as_itself(packet in packet()) {
        let bytes = packet.to_bytes().unwrap();
        prop_assert_eq!(decode(&bytes, bytes.len()), Ok(Some((packet.clone(), bytes.len()))));
        for end in 0..bytes.len() {
            prop_assert_eq!(decode(&bytes[..end], bytes.len()), Ok(None));
        }
        let mut longer = bytes.clone();
        longer.extend_from_slice(&bytes);
        prop_assert_eq!(decode(&longer, MAX), Ok(Some((packet, bytes.len()))));
    }

    #[test]
    fn packets_stream_through_any_cut_of_frames(
        packets in prop::collection::vec(packet(), 0..6),
        cuts in prop::collection::vec(1usize..20, 1..8),
    ) {
        let bytes: Vec<u8> = packets.iter().flat_map(|p| p.to_bytes().unwrap()).collect();
        let mut stream = Stream::new(MAX);
        let mut read = Vec::new();
        let mut rest = bytes.as_slice();
        for size in cuts.iter().cycle() {
            if rest.is_empty() {
                break;
            }
            let (frame, after) = rest.split_at((*size).min(rest.len()));
            rest = after;
            stream.push(frame);
            while let Some(packet) = stream.next_packet().unwrap() {
                read.push(packet);
            }
        }
        prop_assert_eq!(read, packets);
        prop_assert_eq!(stream.buffered(), 0);
    }

    #[test]
    fn any_bytes_are_read_without_panic(bytes in any::<Vec<u8>>(), max in 0usize..300) {
        check_any_bytes(&bytes, max)?;
    }

    #[test]
    fn a_packet_with_a_byte_changed_is_read_without_panic(
        packet in packet(),
        at in any::<prop::sample::Index>(),
        byte in any::<u8>(),
    ) {
        let mut bytes = packet.to_bytes().unwrap();
        let i = at.index(bytes.len());
        bytes[i] = byte;
        check_any_bytes(&bytes, MAX)?;
    }
}

/// DUP at QoS 0 breaks §3.3.1.1, but rumqttd sends a resent message's DUP on to QoS 0
/// subscribers: it reads as the plain message.
#[test]
fn dup_at_qos_0_reads_as_the_plain_message() {
    let plain = Publish { topic: "t".into(), payload: Vec::new(), id: None, retain: false, dup: false };
    assert_eq!(crate::decode(&[0x38, 0x03, 0x00, 0x01, b't'], 64), Ok(Some((Packet::Publish(plain), 5))));
}
