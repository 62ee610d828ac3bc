import { badInput } from '@aula/runtime';
import busboy from 'busboy';
import type { IncomingMessage } from 'node:http';

/** One file and the text fields sent with it in a `multipart/form-data` body. */
export interface MultipartUpload {
  readonly fields: Readonly<Record<string, string>>;
  readonly fileName: string;
  readonly bytes: Buffer;
}

/** Room for the form's boundaries, headers and text fields around the file. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/**
 * Reads a `multipart/form-data` body with busboy: text fields and exactly one file in the
 * part named `file`. A file over `maxFileBytes` is refused with the numbers once its size
 * is known to be too large, without keeping more than the limit in memory.
 */
export function readMultipartUpload(
  req: IncomingMessage,
  maxFileBytes: number,
): Promise<MultipartUpload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // Browsers send file names as UTF-8.
        defParamCharset: 'utf8',
        limits: { files: 1, fields: 10, fieldSize: 2_000, fileSize: maxFileBytes, parts: 11 },
      });
    } catch {
      reject(
        badInput('Send the file as multipart/form-data, in a part named "file".', {
          field: 'file',
        }),
      );
      return;
    }
    const fields: Record<string, string> = {};
    let file: { name: string; chunks: Buffer[]; size: number; truncated: boolean } | undefined;
    let failure: Error | undefined;
    const fail = (error: Error) => {
      failure ??= error;
    };
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || file) {
        stream.resume();
        fail(badInput('Send exactly one file, in the part named "file".', { field: 'file' }));
        return;
      }
      const current = {
        name: info.filename ?? '',
        chunks: [] as Buffer[],
        size: 0,
        truncated: false,
      };
      file = current;
      stream.on('data', (chunk: Buffer) => {
        current.size += chunk.length;
        current.chunks.push(chunk);
      });
      stream.on('limit', () => {
        current.truncated = true;
      });
    });
    parser.on('filesLimit', () =>
      fail(badInput('Send exactly one file, in the part named "file".', { field: 'file' })),
    );
    parser.on('error', () =>
      fail(
        badInput('The upload was cut off or is not valid multipart/form-data.', { field: 'file' }),
      ),
    );
    parser.on('close', () => {
      if (failure) return reject(failure);
      if (!file) {
        return reject(
          badInput('Choose a file to upload (a part named "file").', { field: 'file' }),
        );
      }
      if (file.truncated) {
        return reject(
          badInput(
            `"${file.name}" is larger than the limit of ${maxFileBytes.toLocaleString('en')} bytes. Split it into smaller documents.`,
            { field: 'file', maxBytes: maxFileBytes, reason: 'TOO_LARGE' },
          ),
        );
      }
      resolve({ fields, fileName: file.name, bytes: Buffer.concat(file.chunks, file.size) });
    });
    // busboy drops a file's bytes past the limit but reads on; a body far past it is cut off.
    let read = 0;
    const cap = 8 * maxFileBytes + MULTIPART_OVERHEAD_BYTES;
    req.on('data', (chunk: Buffer) => {
      read += chunk.length;
      if (read > cap) req.destroy();
    });
    req.on('error', (error) => fail(error));
    req.pipe(parser);
  });
}
