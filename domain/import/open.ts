// The one CSV of an import as a stream of bytes: the file itself, or the one report entry of the
// zip the Partner Reports API downloads. A zip is read with yauzl from its central directory:
// only the report entry is inflated (the others are skipped without inflating), as a stream,
// bounded by the size limit and by a compression ratio no report reaches, so a zip bomb is
// refused after at most `maxBytes` of inflating, never held in memory.
import { createReadStream } from "node:fs";
import { open as openFile } from "node:fs/promises";
import { Readable } from "node:stream";
import yauzl from "yauzl";
import type { Dialect } from "./dialect.js";
import type { ImportLimits, Refusal, ReportKind } from "./types.js";

/** Where an import's bytes are: in memory (tests, sync) or in a file (a dropped file, the CLI). */
export type ImportInput = { bytes: Uint8Array; path?: undefined } | { path: string; bytes?: undefined };

/** A file refused while it is opened or read; importReport turns it into the refused outcome. */
export class RefusedFile extends Error {
  /** How the file was read, when it got that far (set by the reader). */
  dialect?: Dialect;

  constructor(readonly refusal: Refusal, readonly details: Record<string, string | number> = {}, readonly kind: ReportKind | null = null) {
    super(`refused: ${refusal}`);
  }
}

export interface OpenedCsv {
  /** The CSV's name: the file's, or the zip entry's. */
  csvName: string;
  /** Bytes the CSV holds (inflated size for a zip entry): the progress estimate divides by it. */
  size: number;
  chunks: AsyncIterable<Buffer>;
  close(): void;
}

/** No Partner Hub CSV deflates better than this; a zero-filled bomb deflates ~1000 to 1. */
export const MAX_ZIP_RATIO = 100;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
export const megabytes = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);

async function firstBytes(input: ImportInput): Promise<{ head: Buffer; size: number }> {
  if (input.bytes) return { head: Buffer.from(input.bytes.subarray(0, 4)), size: input.bytes.length };
  const handle = await openFile(input.path, "r");
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return { head: head.subarray(0, bytesRead), size: (await handle.stat()).size };
  } finally {
    await handle.close();
  }
}

/** Counts bytes as they pass and stops at the limit, whatever a header declared. */
async function* bounded(source: AsyncIterable<Buffer>, limit: number, overLimit: (seen: number) => RefusedFile): AsyncIterable<Buffer> {
  let seen = 0;
  for await (const chunk of source) {
    seen += chunk.length;
    if (seen > limit) throw overLimit(seen);
    yield chunk;
  }
}

export async function openCsv(input: ImportInput, fileName: string, limits: ImportLimits): Promise<OpenedCsv> {
  const { head, size } = await firstBytes(input);
  if (size === 0) throw new RefusedFile("empty");
  if (size > limits.maxBytes) throw new RefusedFile("tooLarge", { size: megabytes(size), limit: megabytes(limits.maxBytes) });
  if (ZIP_MAGIC.every((b, i) => head[i] === b)) return openZipEntry(input, limits);
  const stream = input.bytes ? Readable.from([Buffer.from(input.bytes)]) : createReadStream(input.path, { highWaterMark: 256 * 1024 });
  const tooLarge = (seen: number) => new RefusedFile("tooLarge", { size: megabytes(seen), limit: megabytes(limits.maxBytes) });
  return { csvName: fileName, size, chunks: bounded(stream, limits.maxBytes, tooLarge), close: () => stream.destroy() };
}

const isReportEntry = (name: string): boolean =>
  !name.endsWith("/") && !/(^|\/)(__MACOSX|\.)/.test(name) && (/\.csv$/i.test(name) || !/\.[a-z0-9]{1,5}$/i.test(name));

function openZip(input: ImportInput): Promise<yauzl.ZipFile> {
  const options = { lazyEntries: true, autoClose: false, validateEntrySizes: true };
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, zip?: yauzl.ZipFile) => (error || !zip ? reject(error) : resolve(zip));
    if (input.bytes) yauzl.fromBuffer(Buffer.from(input.bytes), options, done);
    else yauzl.open(input.path, options, done);
  });
}

/** Every entry's header, read from the central directory: nothing is inflated here. */
function listEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on("entry", (entry: yauzl.Entry) => {
      entries.push(entry);
      // A central directory of thousands of entries is not a report: stop listing early.
      if (entries.length > 1000) resolve(entries);
      else zip.readEntry();
    });
    zip.once("end", () => resolve(entries));
    zip.once("error", reject);
    zip.readEntry();
  });
}

async function openZipEntry(input: ImportInput, limits: ImportLimits): Promise<OpenedCsv> {
  let zip: yauzl.ZipFile;
  let entries: yauzl.Entry[];
  try {
    zip = await openZip(input);
    entries = (await listEntries(zip)).filter((e) => isReportEntry(e.fileName));
  } catch {
    throw new RefusedFile("zipUnreadable");
  }
  const fail = (refused: RefusedFile): never => {
    zip.close();
    throw refused;
  };
  if (entries.length === 0) fail(new RefusedFile("zipEmpty"));
  if (entries.length > 1) fail(new RefusedFile("zipSeveral", { count: entries.length, names: entries.slice(0, 5).map((e) => e.fileName).join(", ") }));
  const entry = entries[0]!;
  const tooLarge = (bytes: number | "?") => new RefusedFile("tooLarge", { size: bytes === "?" ? "?" : megabytes(bytes), limit: megabytes(limits.maxBytes) });
  const suspicious = () => new RefusedFile("zipSuspicious", { name: entry.fileName, ratio: MAX_ZIP_RATIO });
  if (entry.uncompressedSize === 0) fail(new RefusedFile("empty"));
  if (entry.uncompressedSize > limits.maxBytes) fail(tooLarge(entry.uncompressedSize));
  if (entry.uncompressedSize > MAX_ZIP_RATIO * Math.max(entry.compressedSize, 1024)) fail(suspicious());
  let stream: Readable;
  try {
    stream = await new Promise<Readable>((resolve, reject) => zip.openReadStream(entry, (error, s) => (error || !s ? reject(error) : resolve(s))));
  } catch {
    return fail(new RefusedFile("zipUnreadable"));
  }
  // yauzl already stops at the declared size; these bounds hold even for a lying header.
  const ratioLimit = MAX_ZIP_RATIO * Math.max(entry.compressedSize, 1024);
  async function* inflated(): AsyncIterable<Buffer> {
    try {
      yield* bounded(bounded(stream, limits.maxBytes, (seen) => tooLarge(seen)), ratioLimit, suspicious);
    } catch (error) {
      if (error instanceof RefusedFile) throw error;
      throw new RefusedFile("zipUnreadable");
    }
  }
  return { csvName: entry.fileName, size: entry.uncompressedSize, chunks: inflated(), close: () => { stream.destroy(); zip.close(); } };
}
