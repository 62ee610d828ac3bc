const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `value` is a UUID, the shape of every row id on the platform (users, classes,
 * sessions, reservations …). Lookups test ids first so a malformed one never reaches SQL,
 * where PostgreSQL would refuse it with an error instead of finding nothing.
 */
export const isUuid = (value: string): boolean => UUID.test(value);
