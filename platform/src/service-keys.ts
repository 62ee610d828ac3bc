/**
 * `npm run service-keys`: prints a fresh signing identity for every service as lines for a
 * docker compose `.env` file: `SERVICE_PUBLIC_KEYS` (every service reads it) and one
 * `<NAME>_SERVICE_PRIVATE_KEY` per service (docker-compose.yml hands each container its own
 * as `SERVICE_PRIVATE_KEY`). Keep the private keys secret; never give one service another's.
 */
import { generateServiceKeys } from '@aula/runtime';

const keys = generateServiceKeys();
console.log(`SERVICE_PUBLIC_KEYS=${keys.SERVICE_PUBLIC_KEYS}`);
for (const [name, key] of Object.entries(keys.perService)) {
  console.log(`${name.toUpperCase()}_SERVICE_PRIVATE_KEY=${key}`);
}
