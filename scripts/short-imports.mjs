// Short import names for a WebAssembly module and its wasm-bindgen glue (scripts/minify.mjs
// applies it to a release build; tests/e2e/size-gate.test.mjs checks a build has it).

/** Reads an unsigned LEB128 number at `at`: `[value, next]`. */
function leb(bytes, at) {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
  }
}

/** `n` as unsigned LEB128. */
function toLeb(n) {
  const out = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    out.push(byte);
  } while (n > 0);
  return out;
}

/**
 * A module's WebAssembly and its glue with every import renamed short. wasm-bindgen names
 * each function a module imports from its glue `__wbg_<what>_<16 hex digits>`, written out
 * in the glue (a key of its imports object) and in the WebAssembly's import section; both
 * get the same names, `$0`, `$1`, … Returns null, changing nothing, when the module has an
 * import other than a function or one the glue does not name.
 */
export function shortenImports(wasm, js) {
  const bytes = new Uint8Array(wasm);
  const text = new TextDecoder();
  const utf8 = new TextEncoder();
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, body] = leb(bytes, at + 1);
    if (id !== 2) {
      at = body + size;
      continue;
    }
    let [count, i] = leb(bytes, body);
    const entries = [];
    let glue = js;
    for (let n = 0; n < count; n++) {
      const [moduleLength, m] = leb(bytes, i);
      const [fieldLength, f] = leb(bytes, m + moduleLength);
      const field = text.decode(bytes.subarray(f, f + fieldLength));
      const kind = bytes[f + fieldLength];
      if (kind !== 0) return null;
      const [, next] = leb(bytes, f + fieldLength + 1);
      const name = `$${n}`;
      const pattern = new RegExp(`(?<![\\w$])${field.replace(/\$/g, "\\$")}(?![\\w$])`, "g");
      let found = false;
      glue = glue.replace(pattern, () => { found = true; return name; });
      if (!found) return null;
      entries.push([...bytes.subarray(i, m + moduleLength)], toLeb(utf8.encode(name).length), [...utf8.encode(name)], [...bytes.subarray(f + fieldLength, next)]);
      i = next;
    }
    const section = [...toLeb(count), ...entries.flat()];
    const out = new Uint8Array([...bytes.subarray(0, at), 2, ...toLeb(section.length), ...section, ...bytes.subarray(body + size)]);
    return { wasm: out, js: glue };
  }
  return null;
}
