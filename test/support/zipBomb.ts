// Zip bombs written by the tests: entries of zeros, deflated about 1,000 to 1, with honest
// headers (sizes and CRC as a real zip tool writes them), so only the bounds can stop them.
import { deflateRawSync } from "node:zlib";

/** A zip of entries of `size` zero bytes each; `declaredSize` makes its headers lie about it. */
export function zeroZip(entries: ReadonlyArray<{ name: string; size: number; declaredSize?: number }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const deflated = new Map<number, { data: Buffer; crc: number }>();
  for (const { name, size, declaredSize = size } of entries) {
    // Entries of one size share their deflated bytes: a 40-entry bomb costs one deflate.
    if (!deflated.has(size)) deflated.set(size, { data: deflateRawSync(Buffer.alloc(size), { level: 9 }), crc: crcOfZeros(size) });
    const { data, crc } = deflated.get(size)!;
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14); local.writeUInt32LE(data.length, 18); local.writeUInt32LE(declaredSize, 22); local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16); central.writeUInt32LE(data.length, 20); central.writeUInt32LE(declaredSize, 24); central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
function crcOfZeros(size: number): number {
  let crc = 0xffffffff;
  for (let i = 0; i < size; i++) crc = CRC_TABLE[crc & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
