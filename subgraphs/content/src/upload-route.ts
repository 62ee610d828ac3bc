import {
  ErrorCode,
  isUuid,
  notFound,
  requireRole,
  type Logger,
  type TokenVerifier,
} from '@aula/runtime';
import { GraphQLError } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AUTHORS, requireManager } from './access';
import { chunkCount, findMaterial } from './materials';
import {
  readMaterialFile,
  uploadFile,
  type UploadLimits,
  type UploadStorage,
} from './material-uploads';
import { MULTIPART_OVERHEAD_BYTES, readMultipartUpload } from './multipart-upload';

/** The path files are uploaded to, on the content subgraph and (proxied) on the gateway. */
export const MATERIAL_UPLOAD_PATH = '/uploads/materials';

/** Options for {@link materialUploadRoutes}. */
export interface MaterialUploadRouteOptions {
  readonly verifier: TokenVerifier;
  readonly storage: UploadStorage;
  readonly limits: UploadLimits;
  readonly logger: Logger;
}

const statusOf: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/**
 * `POST /uploads/materials` (multipart/form-data: `file`, optional `title` and `source`)
 * stores a course document and answers `201 { material }`; `GET /uploads/materials/<id>`
 * returns the file as it was uploaded. Both take the same bearer token as `/graphql`, for
 * supervisors and admins signed in as themselves, and answer errors in GraphQL's shape
 * (`{ errors: [{ message, extensions: { code } }] }`) with a matching HTTP status.
 */
export function materialUploadRoutes(options: MaterialUploadRouteOptions) {
  const { storage, limits, logger } = options;

  async function upload(req: IncomingMessage, res: ServerResponse) {
    const author = requireRole(
      { principal: options.verifier.principalFromHeader(req.headers.authorization) },
      ...AUTHORS,
    );
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limits.maxFileBytes + MULTIPART_OVERHEAD_BYTES) {
      // Read and dropped rather than cut off: an HTTP/1.1 client (and the gateway) still
      // writing its body would see a reset instead of this answer. Far larger bodies are cut.
      await drain(req, DRAIN_FACTOR * limits.maxFileBytes + MULTIPART_OVERHEAD_BYTES);
      throw new GraphQLError(
        `The upload is ${declared.toLocaleString('en')} bytes; the limit is ${limits.maxFileBytes.toLocaleString('en')} bytes. Split it into smaller documents.`,
        {
          extensions: {
            code: ErrorCode.BAD_USER_INPUT,
            field: 'file',
            maxBytes: limits.maxFileBytes,
            sizeBytes: declared,
            reason: 'TOO_LARGE',
          },
        },
      );
    }
    const form = await readMultipartUpload(req, limits.maxFileBytes);
    const material = await uploadFile(
      storage,
      author.userId,
      {
        title: form.fields.title,
        source: form.fields.source,
        fileName: form.fileName,
        bytes: form.bytes,
      },
      limits,
    );
    send(res, 201, {
      material: {
        id: material.id,
        title: material.title,
        source: material.source,
        format: material.format,
        fileName: material.fileName,
        sizeBytes: material.sizeBytes,
        chunkCount: await chunkCount(storage.db, material.id),
        createdAt: material.createdAt.toISOString(),
      },
    });
  }

  async function download(req: IncomingMessage, res: ServerResponse, id: string) {
    const author = requireRole(
      { principal: options.verifier.principalFromHeader(req.headers.authorization) },
      ...AUTHORS,
    );
    const material = isUuid(id) ? await findMaterial(storage.db, id) : null;
    if (!material) throw notFound('The material');
    requireManager(author, material.ownerId, 'material');
    const file = await readMaterialFile(storage, material);
    if (!file) throw notFound('An uploaded file for this material');
    res.statusCode = 200;
    res.setHeader('content-type', file.contentType);
    res.setHeader('content-length', file.bytes.length);
    res.setHeader(
      'content-disposition',
      `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    );
    res.setHeader('cache-control', 'private, no-store');
    res.end(file.bytes);
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const isUpload = pathname === MATERIAL_UPLOAD_PATH && req.method === 'POST';
    const fileId =
      pathname.startsWith(`${MATERIAL_UPLOAD_PATH}/`) && req.method === 'GET'
        ? decodeURIComponent(pathname.slice(MATERIAL_UPLOAD_PATH.length + 1))
        : null;
    if (!isUpload && fileId === null) return false;
    try {
      if (isUpload) await upload(req, res);
      else await download(req, res, fileId ?? '');
    } catch (error) {
      sendError(res, error, logger);
    }
    return true;
  };
}

function sendError(res: ServerResponse, error: unknown, logger: Logger) {
  const coded = error instanceof GraphQLError ? error.extensions.code : undefined;
  const status = typeof coded === 'string' ? statusOf[coded] : undefined;
  if (!(error instanceof GraphQLError) || status === undefined) {
    logger.error({ err: error }, 'material upload failed');
    send(res, 500, {
      errors: [
        {
          message: 'Something went wrong on our side. Please try again.',
          extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
        },
      ],
    });
    return;
  }
  const { http: _http, ...extensions } = error.extensions;
  const reason = extensions.reason;
  const shown = reason === 'TOO_LARGE' ? 413 : reason === 'UNSUPPORTED_TYPE' ? 415 : status;
  // A body refused before it was read is not drained: the connection is closed after the answer.
  if (shown === 413) res.setHeader('connection', 'close');
  send(res, shown, { errors: [{ message: error.message, extensions }] });
}

/** How many times the file limit a refused body may be before it is cut off instead of read. */
const DRAIN_FACTOR = 8;

/** Reads and drops a request body; one longer than `capBytes` is cut off (the socket is closed). */
function drain(req: IncomingMessage, capBytes: number): Promise<void> {
  return new Promise((resolve) => {
    let read = 0;
    req.on('data', (chunk: Buffer) => {
      read += chunk.length;
      if (read > capBytes) {
        req.destroy();
        resolve();
      }
    });
    req.on('end', () => resolve());
    req.on('error', () => resolve());
  });
}

function send(res: ServerResponse, status: number, payload: unknown) {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(payload));
}
