import type { BaseContext, Db } from '@aula/runtime';
import type { Viewer } from './access';
import type { ClassDirectory } from './class-directory';
import type { ContentConfig } from './config';
import type { UploadStorage } from './material-uploads';
import type { ModelCatalog } from './model-catalog';
import type { RoleDirectory } from './people';

/** What content's resolvers receive. */
export interface ContentContext extends BaseContext {
  readonly db: Db;
  readonly config: ContentConfig;
  readonly classes: ClassDirectory;
  readonly models: ModelCatalog;
  /** Roles of users a service acts for (it passes only their id). */
  readonly roles: RoleDirectory;
  /** The classes a viewer belongs to, asked of monitoring at most once per request. */
  readonly viewerClasses: (viewer: Viewer) => Promise<readonly string[]>;
  /** Where uploaded files are kept: PostgreSQL, or the configured S3 bucket. */
  readonly storage: UploadStorage;
}
