// The live room's brokers from Node, no browser: Debian's Mosquitto (as tests/e2e/broker.mjs
// configures it) and `judgement-call room` each deliver a retained QoS 1 message to a client
// that subscribes after it was published, as a phone joining late hears the room's state;
// the room's printed links name its broker.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mqtt, startMosquitto, startRoom } from "./broker.mjs";

/** Publishes a retained message on `url` and checks a later subscriber hears it. */
async function retained(url) {
  const topic = `jc/v1/test-${process.pid}/state`;
  const presenter = await mqtt(url, "presenter");
  presenter.publish(topic, "sealed state", 1);
  assert.deepEqual(await presenter.next(), { type: 4, flags: 0, body: Buffer.from([0, 1]) }, "PUBACK for packet 1");
  const phone = await mqtt(url, "phone");
  phone.subscribe(`jc/v1/test-${process.pid}/#`, 7);
  assert.deepEqual(await phone.next(), { type: 9, flags: 0, body: Buffer.from([0, 7, 1]) }, "SUBACK granting QoS 1");
  const message = await phone.next();
  assert.equal(message.type, 3, "a PUBLISH");
  assert.equal(message.flags & 0x01, 1, "retained");
  assert.equal((message.flags >> 1) & 0x03, 1, "at QoS 1");
  const length = message.body.readUInt16BE(0);
  assert.equal(message.body.subarray(2, 2 + length).toString(), topic);
  assert.equal(message.body.subarray(2 + length + 2).toString(), "sealed state", "the payload, after the packet id");
  presenter.close();
  phone.close();
}

test("Mosquitto delivers a retained message to a later subscriber", async () => {
  const broker = await startMosquitto();
  try {
    await retained(broker.url);
  } finally {
    await broker.stop();
  }
});

test("judgement-call room prints its links and its broker delivers a retained message", async () => {
  const room = await startRoom("launch-support-scripts");
  try {
    const broker = `?broker=${encodeURIComponent(room.url)}`;
    assert.ok(room.presenterLink.includes(broker) && room.presenterLink.includes("#/facilitate/launch-support-scripts/live/"), room.presenterLink);
    assert.ok(room.joinLink.includes(`${broker}&room=`) && room.joinLink.endsWith("#/vote/launch-support-scripts"), room.joinLink);
    await retained(room.url);
  } finally {
    await room.stop();
  }
});
