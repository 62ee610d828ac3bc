import { badInput } from '@aula/runtime';
import { inflateRawSync } from 'node:zlib';

/** How far a Word file's ZIP archive may unpack before it is refused. */
export interface ArchiveLimits {
  /** Most bytes all entries together may unpack to. */
  readonly maxUnpackedBytes: number;
  /** Most entries (files) the archive may hold. */
  readonly maxEntries: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_MARK = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;

/** One entry as the central directory describes it. */
interface Entry {
  readonly method: number;
  readonly compressedSize: number;
  readonly unpackedSize: number;
  readonly localOffset: number;
}

/**
 * Refuses a `.docx` that would unpack to more than `limits` allow — a "zip bomb", a few
 * kilobytes that inflate to gigabytes — before mammoth (through JSZip, which inflates a whole
 * entry before it checks its size) ever sees it. The central directory's entry count and
 * declared sizes are checked first; then every entry is inflated with zlib's
 * `maxOutputLength` set to what is left of the budget, so a lying header cannot get past.
 * An archive these checks cannot follow (no end record, entries not where the directory
 * says, methods other than stored and deflated, damaged data) is refused as unreadable.
 */
export function checkDocxArchive(fileName: string, bytes: Buffer, limits: ArchiveLimits): void {
  const unreadable = () =>
    badInput(
      `"${fileName}" could not be read as a Word document; it may be damaged. Save it again as .docx and upload the new file.`,
      { field: 'file', reason: 'UNREADABLE' },
    );
  const entries = centralDirectory(bytes);
  if (!entries) throw unreadable();
  const refuse = (detail: string) =>
    badInput(
      `"${fileName}" unpacks to ${detail}; a Word document may unpack to at most ${limits.maxUnpackedBytes.toLocaleString('en')} bytes in ${limits.maxEntries.toLocaleString('en')} parts. Save it again in Word (images compressed) or split it.`,
      {
        field: 'file',
        reason: 'UNPACKS_TOO_LARGE',
        maxUnpackedBytes: limits.maxUnpackedBytes,
        maxEntries: limits.maxEntries,
      },
    );
  if (entries.count > limits.maxEntries)
    throw refuse(`${entries.count.toLocaleString('en')} parts`);
  let declared = 0;
  for (const entry of entries.list) {
    declared += entry.unpackedSize;
    if (entry.unpackedSize === ZIP64_MARK || declared > limits.maxUnpackedBytes) {
      throw refuse('more bytes than allowed');
    }
  }
  let left = limits.maxUnpackedBytes;
  for (const entry of entries.list) {
    const data = entryData(bytes, entry);
    if (!data) throw unreadable();
    if (entry.method === STORED) {
      left -= data.length;
    } else if (entry.method === DEFLATED) {
      try {
        // One byte over what is left proves the budget is exceeded without inflating more.
        left -= inflateRawSync(data, { maxOutputLength: Math.max(1, left + 1) }).length;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          throw refuse('more bytes than allowed');
        }
        throw unreadable();
      }
    } else {
      throw unreadable();
    }
    if (left < 0) throw refuse('more bytes than allowed');
  }
}

/** The entries of the archive's central directory, or null when it cannot be found. */
function centralDirectory(bytes: Buffer): { count: number; list: Entry[] } | null {
  const earliest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  let eocd = -1;
  for (let at = bytes.length - EOCD_SIZE; at >= earliest; at--) {
    if (bytes.readUInt32LE(at) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = bytes.readUInt16LE(eocd + 10);
  const offset = bytes.readUInt32LE(eocd + 16);
  const list: Entry[] = [];
  let at = offset;
  // Walks every header actually present: the count in the end record may understate them.
  while (at + 46 <= bytes.length && bytes.readUInt32LE(at) === CENTRAL_SIGNATURE) {
    list.push({
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      unpackedSize: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    });
    at +=
      46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return { count: Math.max(count, list.length), list };
}

/** The compressed bytes of one entry, or null when its local header is not where it says. */
function entryData(bytes: Buffer, entry: Entry): Buffer | null {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_SIGNATURE) return null;
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (entry.compressedSize === ZIP64_MARK || end > bytes.length) return null;
  return bytes.subarray(start, end);
}
