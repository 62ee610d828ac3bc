import {
  checkDefaultRole,
  checkDomains,
  checkIssuer,
  emailDomain,
  mappedRole,
} from './provider-input';
import { SecretBox } from './secret-box';

const mappings = [
  { value: 'teachers', role: 'SUPERVISOR' as const },
  { value: 'it-admins', role: 'ADMIN' as const },
];

describe('identity provider settings', () => {
  it('maps the highest role any claim value gives, else the default', () => {
    expect(mappedRole({ groups: ['staff', 'teachers'] }, 'groups', mappings, 'STUDENT')).toBe(
      'SUPERVISOR',
    );
    expect(mappedRole({ groups: ['teachers', 'it-admins'] }, 'groups', mappings, 'STUDENT')).toBe(
      'ADMIN',
    );
    expect(mappedRole({ roles: 'teachers' }, 'roles', mappings, 'STUDENT')).toBe('SUPERVISOR');
    expect(mappedRole({ groups: ['pupils'] }, 'groups', mappings, 'STUDENT')).toBe('STUDENT');
    expect(mappedRole({ groups: [{ name: 'teachers' }] }, 'groups', mappings, 'STUDENT')).toBe(
      'STUDENT',
    );
    expect(mappedRole({ groups: ['teachers'] }, null, mappings, 'SUPERVISOR')).toBe('SUPERVISOR');
  });

  it('never lets ADMIN be the default role', () => {
    expect(() => checkDefaultRole('ADMIN')).toThrow(/cannot be administrators/);
    expect(checkDefaultRole('SUPERVISOR')).toBe('SUPERVISOR');
  });

  it('accepts https issuers and plain http only on loopback', () => {
    expect(checkIssuer('https://accounts.google.com/')).toBe('https://accounts.google.com');
    expect(checkIssuer('http://127.0.0.1:4444')).toBe('http://127.0.0.1:4444');
    expect(() => checkIssuer('http://idp.school.example')).toThrow(/https/);
    expect(() => checkIssuer('https://idp.example/?x=1')).toThrow(/https/);
    expect(() => checkIssuer('not a url')).toThrow(/not a URL/);
  });

  it('cleans allowed domains and refuses what is not one', () => {
    expect(checkDomains([' School.Example ', '@school.example', 'kids.school.example'])).toEqual([
      'school.example',
      'kids.school.example',
    ]);
    expect(() => checkDomains([])).toThrow(/1 to 50/);
    expect(() => checkDomains(['*.school.example'])).toThrow(/not an e-mail domain/);
    expect(emailDomain('Ada@School.Example')).toBe('school.example');
    expect(emailDomain('nobody')).toBeNull();
  });
});

describe('SecretBox', () => {
  const box = new SecretBox('k'.repeat(32));

  it('opens what it sealed, for the same provider only', () => {
    const sealed = box.seal('client-secret', 'provider-a');
    expect(sealed).not.toContain('client-secret');
    expect(box.open(sealed, 'provider-a')).toBe('client-secret');
    expect(() => box.open(sealed, 'provider-b')).toThrow();
    expect(() =>
      new SecretBox('k'.repeat(32).replace('k', 'j')).open(sealed, 'provider-a'),
    ).toThrow();
  });

  it('refuses a short key', () => {
    expect(() => new SecretBox('short')).toThrow(/32 bytes/);
  });
});
