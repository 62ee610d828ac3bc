import type { NotificationSettingsResolvers } from '../generated/graphql';

/** A person's flag-alert settings, with the platform's escalation delay. */
export const NotificationSettings: NotificationSettingsResolvers = {
  escalationMinutes: (_settings, _a, ctx) => ctx.escalationMinutes,
};
