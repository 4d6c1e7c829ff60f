// The interface's words in the learner's language: a catalogue in Fluent's syntax (the
// subset docs/translating.md lists) read into phrases, and a phrase formatted with its
// arguments by the browser's own Intl rules, for plurals and numbers in that language.
//
// A catalogue is `id = pattern` lines; `-id` is a term, used inside other phrases as
// `{ -id }`; `#` starts a comment; an indented line continues the phrase above. A pattern is
// text with placeables: `{ $name }` (an argument; a number is written the language's way),
// `{ other-id }` and `{ -term }` (another phrase), `{ "{" }` (a literal), and
// `{ $name -> [one] … [0] … *[other] … }`, which picks a variant by the number's exact value
// or its plural category (Intl.PluralRules), or by the text's value, else the `*` default.

/**
 * A catalogue's entries in order, as written: `{ id, text, body }`, `text` with the comment
 * lines right above the entry and `body` without them. An entry is an `id =` line and the
 * lines continuing it: indented ones, or one closing a placeable (`}`), blank lines between
 * them included; a comment or any other line ends it.
 */
export function entries(catalogue) {
  const found = [];
  let comments = [];
  let open = false;
  for (const line of catalogue.split(/\r?\n/)) {
    const entry = /^(-?[A-Za-z][\w-]*) *=/.exec(line);
    if (entry) {
      found.push({ id: entry[1], text: [...comments, line].join("\n"), body: line });
      comments = [];
      open = true;
    } else if (open && (/^[ \t]+\S/.test(line) || line.startsWith("}"))) {
      const last = found[found.length - 1];
      last.text += `\n${line}`;
      last.body += `\n${line}`;
    } else if (line.startsWith("#")) {
      comments.push(line);
      open = false;
    } else if (line.trim() === "") {
      comments = [];
    } else {
      comments = [];
      open = false;
    }
  }
  return found;
}

/** Reads a catalogue's text: a Map of id to pattern. Phrases it cannot read are left out. */
export function parse(text) {
  const phrases = new Map();
  for (const { id, body } of entries(text)) {
    const [first, ...rest] = body.split("\n");
    const source = [first.slice(first.indexOf("=") + 1), ...rest].map((line) => line.trim()).join("\n").trim();
    try {
      phrases.set(id, pattern(source, { at: 0 }, ""));
    } catch {
      // A phrase that cannot be read is left out; the id is shown instead.
    }
  }
  return phrases;
}

/**
 * A pattern read from `source` at `cursor.at` up to the first of `stops` outside a
 * placeable: an array of text and placeables.
 */
function pattern(source, cursor, stops) {
  const parts = [];
  let text = "";
  while (cursor.at < source.length && !stops.includes(source[cursor.at])) {
    const c = source[cursor.at];
    if (c === "{") {
      if (text) parts.push(text);
      text = "";
      cursor.at++;
      parts.push(placeable(source, cursor));
    } else {
      text += c;
      cursor.at++;
    }
  }
  if (text) parts.push(text);
  return parts;
}

function space(source, cursor) {
  while (/\s/.test(source[cursor.at] ?? "")) cursor.at++;
}

function expect(source, cursor, c) {
  space(source, cursor);
  if (source[cursor.at] !== c) throw new Error(`expected ${c}`);
  cursor.at++;
}

/** A placeable, after its `{`, through its `}`. */
function placeable(source, cursor) {
  space(source, cursor);
  let found;
  if (source[cursor.at] === '"') {
    const end = source.indexOf('"', cursor.at + 1);
    if (end < 0) throw new Error("unclosed string");
    found = { literal: source.slice(cursor.at + 1, end) };
    cursor.at = end + 1;
  } else {
    const name = /^\$?-?[A-Za-z][\w-]*/.exec(source.slice(cursor.at));
    if (!name) throw new Error("expected a name");
    cursor.at += name[0].length;
    found = name[0].startsWith("$") ? { argument: name[0].slice(1) } : { phrase: name[0] };
  }
  space(source, cursor);
  if (source.startsWith("->", cursor.at)) {
    cursor.at += 2;
    const variants = [];
    let fallback = null;
    for (;;) {
      space(source, cursor);
      if (source[cursor.at] === "}") break;
      const star = source[cursor.at] === "*";
      if (star) cursor.at++;
      expect(source, cursor, "[");
      const close = source.indexOf("]", cursor.at);
      if (close < 0) throw new Error("unclosed variant key");
      const key = source.slice(cursor.at, close).trim();
      cursor.at = close + 1;
      // A variant's pattern runs to the next variant or the end of the select.
      const value = trim(pattern(source, cursor, "[*}"));
      variants.push({ key, value });
      if (star) fallback = value;
    }
    found = { select: found, variants, fallback: fallback ?? variants[variants.length - 1]?.value ?? [] };
  }
  expect(source, cursor, "}");
  return found;
}

/** A variant's pattern without the line breaks and indentation around it. */
function trim(parts) {
  if (typeof parts[0] === "string") parts[0] = parts[0].replace(/^\s+/, "");
  const last = parts.length - 1;
  if (typeof parts[last] === "string") parts[last] = parts[last].replace(/\s+$/, "");
  return parts.filter((p) => p !== "");
}

const plurals = new Map();
const numbers = new Map();
const cached = (cache, locale, make) => {
  if (!cache.has(locale)) cache.set(locale, make());
  return cache.get(locale);
};

/** A cached Intl formatter or plural rules for numbers with exactly `digits` decimals. */
const fixed = (cache, locale, digits, Kind, signed = false) =>
  cached(cache, `${locale}/${digits}${signed ? "+" : ""}`, () => new Kind(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, ...(signed ? { signDisplay: "exceptZero" } : {}) }));

/**
 * The phrase `id` of `phrases` in `locale`, with `args` (a Map of name to a number, a
 * `{ number, digits, signed }` written with exactly that many decimals, and its sign but on
 * zero when `signed`, or a text); the id itself when the catalogue has no such phrase, so a
 * gap shows rather than hides.
 */
export function format(phrases, locale, id, args, depth = 0) {
  const found = phrases.get(id);
  if (!found || depth > 8) return id;
  const write = (parts) => parts.map((part) => {
    if (typeof part === "string") return part;
    if ("literal" in part) return part.literal;
    if ("phrase" in part) return format(phrases, locale, part.phrase, args, depth + 1);
    if ("argument" in part) {
      const value = args.get(part.argument);
      if (value === undefined) return `{$${part.argument}}`;
      if (typeof value === "number") return cached(numbers, locale, () => new Intl.NumberFormat(locale)).format(value);
      if (typeof value === "object") return fixed(numbers, locale, value.digits, Intl.NumberFormat, value.signed).format(value.number);
      return value;
    }
    const value = "argument" in part.select ? args.get(part.select.argument) : format(phrases, locale, part.select.phrase, args, depth + 1);
    const number = typeof value === "object" ? value.number : value;
    let chosen = part.variants.find((v) => String(number) === v.key || (typeof number === "number" && Number(v.key) === number));
    if (!chosen && typeof number === "number") {
      const rules = typeof value === "object" ? fixed(plurals, locale, value.digits, Intl.PluralRules) : cached(plurals, locale, () => new Intl.PluralRules(locale));
      chosen = part.variants.find((v) => v.key === rules.select(number));
    }
    return write(chosen ? chosen.value : part.fallback);
  }).join("");
  return write(found);
}
