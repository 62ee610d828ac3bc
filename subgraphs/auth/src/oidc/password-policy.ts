import { appError, ErrorCode } from '@aula/runtime';
import { emailDomain } from './provider-input';
import type { IdentityProviderRegistry } from './providers';

/**
 * Refuses a password sign-in (or self-registration) for an e-mail whose domain an enabled
 * identity provider took over: PASSWORD_SIGN_IN_DISABLED, naming the providers to use. It
 * depends only on the domain typed, so it reveals nothing about which accounts exist.
 */
export function passwordSignInGate(providers: IdentityProviderRegistry) {
  return async (email: string): Promise<void> => {
    const domain = emailDomain(email.trim());
    if (!domain) return;
    const blockers = await providers.passwordBlockersFor(domain);
    if (blockers.length === 0) return;
    throw appError(
      ErrorCode.PASSWORD_SIGN_IN_DISABLED,
      `People of ${domain} sign in with ${blockers.map((b) => b.name).join(' or ')}, not with a password.`,
      { providers: blockers.map((b) => ({ id: b.id, name: b.name })) },
    );
  };
}
