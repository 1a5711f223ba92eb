// Bytes in, CSV text out: size limit, the zip the Partner Reports API downloads (one CSV
// inside), the encoding and BOM detectDialect finds. Each way it can fail is a Refusal with its placeholders.
import { unzipSync } from "fflate";
import iconv from "iconv-lite";
import { bomBytes, detectDialect, DIALECT_HEAD_BYTES, type Dialect } from "./dialect.js";
import type { ImportLimits, Refusal } from "./types.js";

export type Decoded =
  | { ok: true; text: string; csvName: string; dialect: Dialect }
  | { ok: false; refusal: Refusal; details: Record<string, string | number> };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);

function isUtf8Text(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

export function decodeReportBytes(bytes: Uint8Array, fileName: string, limits: ImportLimits): Decoded {
  if (bytes.length === 0) return { ok: false, refusal: "empty", details: {} };
  if (bytes.length > limits.maxBytes) return { ok: false, refusal: "tooLarge", details: { size: mb(bytes.length), limit: mb(limits.maxBytes) } };
  let csv = bytes;
  let csvName = fileName;
  if (isZip(bytes)) {
    let entries: Record<string, Uint8Array>;
    let tooBig = false;
    try {
      // The filter sees each entry's declared size first, so a zip bomb is refused before inflating.
      entries = unzipSync(bytes, {
        filter: (file) => {
          if (file.name.endsWith("/") || /(^|\/)(__MACOSX|\.)/.test(file.name)) return false;
          if (file.originalSize > limits.maxBytes) tooBig = true;
          return !tooBig;
        },
      });
    } catch {
      return { ok: false, refusal: "zipUnreadable", details: {} };
    }
    if (tooBig) return { ok: false, refusal: "tooLarge", details: { size: "?", limit: mb(limits.maxBytes) } };
    const names = Object.keys(entries).filter((name) => /\.csv$/i.test(name) || !/\.[a-z0-9]{1,5}$/i.test(name));
    if (names.length === 0) return { ok: false, refusal: "zipEmpty", details: {} };
    if (names.length > 1) return { ok: false, refusal: "zipSeveral", details: { count: names.length, names: names.slice(0, 5).join(", ") } };
    csvName = names[0]!;
    csv = entries[csvName]!;
    if (csv.length === 0) return { ok: false, refusal: "empty", details: {} };
    if (csv.length > limits.maxBytes) return { ok: false, refusal: "tooLarge", details: { size: mb(csv.length), limit: mb(limits.maxBytes) } };
  }
  const dialect = detectDialect(csv.subarray(0, DIALECT_HEAD_BYTES));
  const body = Buffer.from(csv.buffer, csv.byteOffset, csv.byteLength).subarray(bomBytes(dialect));
  const text = iconv.decode(body, dialect.encoding, { stripBOM: false });
  // A NUL is no character of a CSV in any of the encodings read: the file is not text. A
  // replacement character in UTF-8 means bytes past the head are not UTF-8 (a file that mixes
  // encodings): refused rather than landed with names garbled.
  if (text.includes("\u0000") || (dialect.encoding === "utf-8" && text.includes("\ufffd") && !isUtf8Text(body))) {
    return { ok: false, refusal: "notUtf8", details: {} };
  }
  if (text.trim() === "") return { ok: false, refusal: "empty", details: {} };
  return { ok: true, text, csvName, dialect };
}
