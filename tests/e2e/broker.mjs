// The live room's brokers for the end-to-end tests, each a child process on free ports of
// this machine, killed by stop() and when the test process exits: Debian's Mosquitto
// (installed by ./x setup) with a configuration of its own, and `judgement-call room`, whose
// printed presenter and join links a test opens. mqtt() is a tiny MQTT 3.1.1 client over a
// WebSocket (subprotocol mqtt), written out by hand as tests/it/room.rs does it, so a test
// can publish and listen from Node without a library.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { DIST, cliBinary, freePort } from "./support.mjs";

/** Resolves once `port` on this machine accepts a connection, trying for 10 s. */
async function listening(port, child) {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`${child.spawnfile} stopped (exit ${child.exitCode})`);
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => { socket.destroy(); resolve(true); });
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nothing listens on port ${port}`);
}

/** Kills `child` when the test process exits, and returns a stop() that kills it now. */
function stopper(child, cleanup = async () => {}) {
  const running = () => child.exitCode === null && child.signalCode === null;
  const kill = () => { if (running()) child.kill("SIGKILL"); };
  process.on("exit", kill);
  return async () => {
    process.off("exit", kill);
    if (running()) {
      await new Promise((resolve) => { child.on("exit", resolve); child.kill("SIGTERM"); });
    }
    await cleanup();
  };
}

/**
 * Starts Debian's Mosquitto: a plain MQTT listener first (Mosquitto 2.0 refuses a
 * configuration whose only listener speaks WebSockets), then the WebSocket one; resolves to
 * { url: 'ws://127.0.0.1:PORT', stop() }.
 */
export async function startMosquitto({ port: wanted } = {}) {
  const binary = ["/usr/sbin/mosquitto", "/usr/bin/mosquitto"].find(existsSync);
  if (!binary) throw new Error("Mosquitto is not installed: run ./x setup");
  const dir = await mkdtemp(path.join(os.tmpdir(), "jc-mosquitto-"));
  const [tcp, port] = [await freePort(), wanted ?? (await freePort())];
  const config = path.join(dir, "mosquitto.conf");
  await writeFile(config, [
    `listener ${tcp} 127.0.0.1`,
    `listener ${port} 127.0.0.1`,
    "protocol websockets",
    "allow_anonymous true",
    "max_packet_size 16384",
    "persistence false",
    "log_dest stderr",
    "log_type error",
    "log_type warning",
    "",
  ].join("\n"));
  const child = spawn(binary, ["-c", config], { stdio: ["ignore", "ignore", "inherit"] });
  const stop = stopper(child, () => rm(dir, { recursive: true, force: true }));
  try {
    await listening(port, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `ws://127.0.0.1:${port}`, port, stop };
}

/**
 * Starts `judgement-call room <scenario>` on free ports (or on `ports`, those of a room
 * stopped before), serving the built app in dist/; resolves, once it has printed its links,
 * to { presenterLink, joinLink, url (its broker), ports, stop() }.
 */
export async function startRoom(scenario, { dist = DIST, ports } = {}) {
  const port = ports?.port ?? (await freePort());
  const brokerPort = ports?.brokerPort ?? (await freePort());
  const child = spawn(cliBinary(), [
    "room", scenario, "--host", "127.0.0.1", "--port", String(port), "--broker-port", String(brokerPort), "--dist", dist,
  ], { stdio: ["ignore", "pipe", "inherit"] });
  const stop = stopper(child);
  const printed = [];
  const lines = readline.createInterface({ input: child.stdout });
  const opened = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), 30_000);
    lines.on("line", (line) => {
      printed.push(line.trim());
      if (line.includes("Ctrl-C")) { clearTimeout(timer); resolve(true); }
    });
    child.on("exit", () => { clearTimeout(timer); resolve(false); });
  });
  const link = (text) => printed.find((line) => line.startsWith("http://") && line.includes(text));
  const [presenterLink, joinLink] = [link("#/facilitate/"), link("#/vote/")];
  if (!opened || !presenterLink || !joinLink) {
    await stop();
    throw new Error(`judgement-call room did not open its room:\n${printed.join("\n")}`);
  }
  return { presenterLink, joinLink, url: `ws://127.0.0.1:${brokerPort}`, ports: { port, brokerPort }, stop };
}

/** An MQTT packet: its first byte, the remaining length and `body`. */
function packet(first, body) {
  const length = [];
  let n = body.length;
  do {
    length.push((n % 128) | (n >= 128 ? 0x80 : 0));
    n = Math.floor(n / 128);
  } while (n > 0);
  return Buffer.concat([Buffer.from([first, ...length]), body]);
}

/** The remaining length at the start of an MQTT packet in `bytes`: { length, size } (the fixed
 * header's size), or null while it is incomplete. */
function remaining(bytes) {
  let length = 0;
  for (let i = 1; i < Math.min(bytes.length, 5); i++) {
    length += (bytes[i] & 0x7f) * 128 ** (i - 1);
    if ((bytes[i] & 0x80) === 0) return { length, size: i + 1 };
  }
  return null;
}

/** A string as MQTT writes it: its length in two bytes, then its bytes. */
function string(text) {
  const bytes = Buffer.from(text);
  return Buffer.concat([Buffer.from([bytes.length >> 8, bytes.length & 0xff]), bytes]);
}

/**
 * Connects to the broker at `url` (`ws://host:port`) as `client`; resolves, once the broker
 * has accepted it, to { publish(topic, payload, id), subscribe(filter, id), next(), close() },
 * where publish is retained at QoS 1, subscribe asks for QoS 1 and next() resolves to the
 * next packet the broker sends, { type, flags, body }.
 */
export async function mqtt(url, client) {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  await new Promise((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  socket.write([
    "GET /mqtt HTTP/1.1", `Host: ${hostname}:${port}`, "Upgrade: websocket", "Connection: Upgrade",
    `Sec-WebSocket-Key: ${randomBytes(16).toString("base64")}`, "Sec-WebSocket-Version: 13",
    "Sec-WebSocket-Protocol: mqtt", "", "",
  ].join("\r\n"));
  let bytes = Buffer.alloc(0);
  let stream = Buffer.alloc(0);
  let handshake = null;
  let upgraded;
  const answered = new Promise((resolve) => { upgraded = resolve; });
  const packets = [];
  const waiting = [];
  const deliver = () => {
    while (packets.length && waiting.length) waiting.shift().resolve(packets.shift());
  };
  socket.on("data", (data) => {
    bytes = Buffer.concat([bytes, data]);
    if (handshake === null) {
      const end = bytes.indexOf("\r\n\r\n");
      if (end < 0) return;
      handshake = bytes.subarray(0, end).toString().toLowerCase();
      bytes = bytes.subarray(end + 4);
      if (!handshake.startsWith("http/1.1 101") || !handshake.includes("sec-websocket-protocol: mqtt")) {
        socket.destroy();
        return;
      }
      upgraded();
    }
    // The broker's frames are unmasked; their payloads are one MQTT byte stream.
    while (bytes.length >= 2) {
      let [length, start] = [bytes[1] & 0x7f, 2];
      if (length === 126) [length, start] = [bytes.length >= 4 ? bytes.readUInt16BE(2) : Infinity, 4];
      if (length === 127) [length, start] = [bytes.length >= 10 ? Number(bytes.readBigUInt64BE(2)) : Infinity, 10];
      if (bytes.length < start + length) break;
      if ((bytes[0] & 0x0f) <= 2) stream = Buffer.concat([stream, bytes.subarray(start, start + length)]);
      bytes = bytes.subarray(start + length);
    }
    for (let header; (header = remaining(stream)) && stream.length >= header.size + header.length;) {
      const { size, length } = header;
      packets.push({ type: stream[0] >> 4, flags: stream[0] & 0x0f, body: stream.subarray(size, size + length) });
      stream = stream.subarray(size + length);
    }
    deliver();
  });
  socket.on("close", () => {
    const error = new Error(handshake?.startsWith("http/1.1 101") ? "the broker closed the socket" : `no WebSocket: ${handshake}`);
    waiting.splice(0).forEach(({ reject }) => reject(error));
    upgraded(error);
  });
  const send = (mqttBytes) => {
    const mask = randomBytes(4);
    const n = mqttBytes.length;
    const head = n < 126 ? Buffer.from([0x82, 0x80 | n]) : Buffer.from([0x82, 0x80 | 126, n >> 8, n & 0xff]);
    socket.write(Buffer.concat([head, mask, mqttBytes.map((byte, i) => byte ^ mask[i % 4])]));
  };
  const next = () => new Promise((resolve, reject) => { waiting.push({ resolve, reject }); deliver(); });

  // Nothing goes before the broker's answer, as in a browser: rumqttd drops bytes that come
  // with the request.
  const refused = await answered;
  if (refused) throw refused;
  // CONNECT: protocol "MQTT" level 4, a clean session, keep-alive 60 s, the client id.
  send(packet(0x10, Buffer.concat([string("MQTT"), Buffer.from([4, 0x02, 0, 60]), string(client)])));
  const connack = await next();
  if (connack.type !== 2 || connack.body[1] !== 0) throw new Error(`the broker refused ${client}`);
  return {
    publish: (topic, payload, id) =>
      send(packet(0x33, Buffer.concat([string(topic), Buffer.from([id >> 8, id & 0xff]), Buffer.from(payload)]))),
    subscribe: (filter, id) => send(packet(0x82, Buffer.concat([Buffer.from([id >> 8, id & 0xff]), string(filter), Buffer.from([1])]))),
    next,
    close: () => socket.destroy(),
  };
}
