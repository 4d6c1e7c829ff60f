//! Fuzzes the MQTT codec: any bytes given to `mqtt::decode` or an `mqtt::Stream` must come
//! back as packets, a need for more bytes or an error, never a panic; a packet is read only
//! from bytes that are there and within the limit, reads back as itself once written, and
//! a stream fed the same bytes in frames reads the same packets.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte sets the limit, the second the frames' size; the rest is the input.
    let [limit, frame, bytes @ ..] = data else { return };
    let max = if *limit == u8::MAX { usize::MAX } else { usize::from(*limit) * 4 };
    let mut read = Vec::new();
    let mut at = 0;
    while let Ok(Some((packet, consumed))) = mqtt::decode(&bytes[at..], max) {
        assert!(consumed >= 2 && consumed <= bytes.len() - at && consumed <= max, "consumed {consumed}");
        let again = packet.to_bytes().expect("a packet read can be written");
        assert_eq!(mqtt::decode(&again, again.len()), Ok(Some((packet.clone(), again.len()))));
        read.push(packet);
        at += consumed;
    }
    let mut stream = mqtt::Stream::new(max);
    let mut streamed = Vec::new();
    for chunk in bytes.chunks(usize::from(*frame).max(1)) {
        stream.push(chunk);
        while let Ok(Some(packet)) = stream.next_packet() {
            streamed.push(packet);
        }
    }
    assert_eq!(streamed, read, "a stream reads what decode reads");
});
