import type { MaterialResolvers } from '../generated/graphql';
import { chunkCount } from '../materials';

/** A course material over its row. */
export const Material: MaterialResolvers = {
  id: (m) => m.id,
  title: (m) => m.title,
  source: (m) => m.source,
  format: (m) => m.format,
  fileName: (m) => m.fileName,
  sizeBytes: (m) => m.sizeBytes,
  chunkCount: (m, _args, ctx) => chunkCount(ctx.db, m.id),
  owner: (m) => ({ id: m.ownerId }),
  createdAt: (m) => m.createdAt,
};
