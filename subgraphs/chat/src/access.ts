import {
  forbidden,
  operations,
  type Logger,
  type Principal,
  type ServiceClient,
  type SupervisionDirectory,
} from '@aula/runtime';

/** How someone other than the owner looked at a conversation (monitoring's audit kinds). */
export type AccessKind = 'OPENED' | 'WATCHED';

/** Why a viewer may read a conversation. */
export type ReadGrant = 'owner' | 'supervisor' | 'admin' | 'service';

/**
 * Who may read a person's conversations: the person, their supervisors (monitoring's
 * answer, failing closed), admins, and internal services. Looks by anyone but the owner
 * are reported to monitoring's audit log.
 */
export class ConversationAccess {
  constructor(
    private readonly directory: SupervisionDirectory,
    private readonly monitoring: ServiceClient,
    private readonly monitoringAvailable: () => boolean,
    private readonly logger: Logger,
  ) {}

  /** The grant `principal` has on `ownerId`'s conversations, or null. */
  async grant(principal: Principal | null, ownerId: string): Promise<ReadGrant | null> {
    if (!principal) return null;
    if (principal.kind === 'service') return 'service';
    if (principal.userId === ownerId) return 'owner';
    if (principal.role === 'ADMIN') return 'admin';
    if (
      principal.role === 'SUPERVISOR' &&
      (await this.directory.canSupervise(principal.userId, ownerId))
    )
      return 'supervisor';
    return null;
  }

  /** As {@link grant}, throwing `FORBIDDEN` when there is none. */
  async require(
    principal: Principal | null,
    ownerId: string,
    what = 'this conversation',
  ): Promise<ReadGrant> {
    const grant = await this.grant(principal, ownerId);
    if (!grant)
      throw forbidden(`You may not see ${what}: it belongs to someone you do not supervise.`);
    return grant;
  }

  /** Reports a supervisor's or admin's look at a student's conversation; failures are logged, never thrown. */
  record(
    principal: Principal | null,
    grant: ReadGrant,
    ownerId: string,
    sessionId: string,
    kind: AccessKind,
  ): void {
    if (
      !principal ||
      principal.kind === 'service' ||
      grant === 'owner' ||
      !this.monitoringAvailable()
    )
      return;
    const input = { viewerId: principal.userId, studentId: ownerId, sessionId, kind };
    this.monitoring
      .request(operations.monitoring.RecordConversationAccess, { input })
      .catch((error: unknown) =>
        this.logger.warn(
          { err: error, ...input },
          'could not record a conversation access for audit',
        ),
      );
  }
}
