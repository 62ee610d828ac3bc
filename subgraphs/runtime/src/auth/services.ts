/**
 * Every Aula service that calls others with a service token. Each has its own signing
 * identity; a service-only operation names which of these it accepts.
 */
export const SERVICE_NAMES = [
  'gateway',
  'auth',
  'accounting',
  'chat',
  'monitoring',
  'content',
] as const;

/** One of {@link SERVICE_NAMES}. */
export type ServiceName = (typeof SERVICE_NAMES)[number];
