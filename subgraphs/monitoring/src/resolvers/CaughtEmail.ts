import type { CaughtEmailResolvers } from '../generated/graphql';

/** An e-mail the built-in catcher received, over its row. */
export const CaughtEmail: CaughtEmailResolvers = {
  to: (mail) => mail.recipients,
  text: (mail) => mail.body,
};
