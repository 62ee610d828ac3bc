import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
import isEmail from 'validator/lib/isEmail';
import type { Detection } from './detector';

/** One personal-data finding before it becomes a {@link Detection}. */
interface Found {
  readonly signal: string;
  readonly start: number;
  readonly end: number;
  readonly severity?: Detection['severity'];
}

/** Regions whose national phone formats are tried when a number has no `+` prefix. */
export const DEFAULT_PHONE_REGIONS: readonly CountryCode[] = [
  'US',
  'GB',
  'ES',
  'FR',
  'MX',
  'CA',
  'AU',
  'IE',
];

const PHONE_CONTEXT =
  /\b(?:call|text|txt|number|num|phone|cell|mobile|whats\s?app|reach|ring|tel|hmu|sms|dm|contact|digits|m[oó]vil|n[uú]mero|tel[eé]fono|llama|portable|num[eé]ro|appelle|t[eé]l[eé]phone)\b/i;

/**
 * A national-format number without `+` counts when it is written like a phone number
 * (brackets, dashes or dots, a leading trunk 0, or one unbroken run of digits) or when a
 * word like "call" or "número" comes just before it; "22 1914 1914" in a history answer
 * is a list of years, not a number to ring.
 */
function looksLikePhone(text: string, start: number, written: string): boolean {
  const digits = written.replace(/\D/g, '');
  if (digits.length < 9) return false;
  if (/[-.()]/.test(written) || digits.startsWith('0') || !/\s/.test(written.trim())) return true;
  return PHONE_CONTEXT.test(text.slice(Math.max(0, start - 40), start));
}

/** Whether a run of digits passes the Luhn check card numbers carry. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** A Spanish DNI/NIE whose control letter matches its number. */
function validSpanishId(id: string): boolean {
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(id.toUpperCase());
  if (!m) return false;
  const prefix = { '': '', X: '0', Y: '1', Z: '2' }[m[1]!] ?? '';
  const n = Number(prefix + m[2]);
  return DNI_LETTERS[n % 23] === m[3];
}

/** A French NIR (social security number) whose two-digit key matches. */
function validFrenchNir(raw: string): boolean {
  const s = raw.replace(/\s/g, '').toUpperCase().replace('2A', '19').replace('2B', '18');
  if (!/^[12]\d{14}$/.test(s)) return false;
  const key = 97 - Number(BigInt(s.slice(0, 13)) % 97n);
  return key === Number(s.slice(13));
}

const STREET_TYPES =
  'street|st|road|rd|avenue|ave|lane|ln|drive|boulevard|blvd|terrace|crescent|gardens|grove|parkway|pkwy|highway|hwy|mews|kingsway';
const FOREIGN_STREETS = 'calle|c\\/|avenida|avda|paseo|plaza|rue|chemin|allee|allée|impasse|quai';
const ADDRESS_PATTERNS: ReadonlyArray<[string, RegExp]> = [
  // "1600 Maple Avenue", "22 Baker Street", "88 Kingsway"
  [
    'street_address',
    new RegExp(
      `\\b\\d{1,5}[a-z]?,?\\s+(?:[a-z][a-z'’.-]*\\s+){0,4}(?:${STREET_TYPES})\\b\\.?`,
      'gi',
    ),
  ],
  // "calle Mayor 12", "12 rue de la Paix", "avenida Reforma 222"
  [
    'street_address',
    new RegExp(
      `\\b(?:\\d{1,5},?\\s+(?:${FOREIGN_STREETS})\\s+[\\p{L}'’ -]{2,40}|(?:${FOREIGN_STREETS})\\s+(?:de\\s+(?:la\\s+|los\\s+|las\\s+)?|del\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,3},?\\s*(?:n[º°o.]?\\s*)?\\d{1,5})`,
      'giu',
    ),
  ],
  // "apt 4B", "flat 3", "piso 2", "appartement 12"
  [
    'street_address',
    /\b(?:apt|apartment|depto|departamento|appartement|appt)\.?\s*#?\s*\d{1,4}[a-z]?\b/gi,
  ],
  // UK postcodes: "NW1 2AB"
  ['postcode', /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/g],
];

const SELF_DISCLOSURE: ReadonlyArray<[string, RegExp, Detection['severity']?]> = [
  [
    'address_disclosure',
    /\b(?:i live (?:at|on)|my (?:home |house )?address(?: is|:)|(?:vivo|vivimos) en (?:la )?(?:calle|avenida|c\/|av)|mi direcci[oó]n es|j'?\s?habite (?:au|à|a|rue|avenue)|mon adresse (?:est|c'est))\b/gi,
  ],
  [
    'password',
    /\b(?:my|our|the|mi|mon|ma)\s+(?:\w+\s+){0,4}(?:password|passcode|passwd|pass word|pin|pin code|contrase[nñ]a|clave|mot de passe|mdp)\s+(?:\w+\s+){0,4}(?:is|=|:|es|est|c'est)\s*[:=]?\s*(?!(?:too|not|weak|strong|wrong|the|a|an|very|so|really|easy|hard|long|short|secure|safe|expired|incorrect|invalid|same|different|still|also|just|based|private|secret|leaked|hacked|stolen|changed|reset|saved|stored|broken|my|your|muy|demasiado|trop|pas|tr[eè]s)\b)\S{3,}/gi,
    'HIGH',
  ],
  [
    'password',
    /\b(?:password|passcode|pwd|pw|pass|contrase[nñ]a|mot de passe|mdp)\s*[:=]\s*\S{3,}/gi,
    'HIGH',
  ],
  [
    'social_handle',
    /\b(?:my|mi|mon|ma)\s+(?:snap(?:chat)?|insta(?:gram)?|ig|tik\s?tok|discord|telegram|kik|twitter|threads|facebook|fb|whats\s?app|twitch|youtube|roblox|psn|xbox|gamertag|steam|user\s?name|handle|@)(?:\s+(?:name|id|user(?:name)?|handle|account|tag|is|es|est|c'est|:|-)){0,3}\s*:?\s*@?[a-z0-9][\w.]{2,29}\b/gi,
  ],
  [
    'social_handle',
    /\b(?:add|follow|dm|message|text|hmu|find|hit)\s+me\s+(?:up\s+)?(?:on|at|@)\s+(?:snap(?:chat)?|sc|insta(?:gram)?|ig|tik\s?tok|discord|telegram|kik|twitter|whats\s?app)\b/gi,
  ],
  ['social_handle', /(?<![\w@])@[a-z0-9_][\w.]{2,29}\b(?!\.[a-z]{2,})/gi],
  [
    'national_id',
    /\b(?:ssn|social security (?:number|no|#)|national insurance (?:number|no)|ni (?:number|no)|passport (?:number|no)|dni|nie|nif|curp|n[uú]mero de (?:seguro social|pasaporte|identidad)|num[eé]ro de (?:s[eé]curit[eé] sociale|passeport)|s[eé]cu|id number|student id)(?:\s+(?:is|es|est|c'est))?\s*[:#]?\s*(?=[A-Z0-9 -]*\d{2})[A-Z0-9][A-Z0-9 -]{5,}/gi,
    'HIGH',
  ],
  [
    'phone_disclosure',
    /\b(?:my (?:phone|cell|mobile|number|digits|whatsapp)(?: number| no\.?| #)?(?: is|:)|(?:call|text|txt|ring|phone|whatsapp|message|sms) (?:me|my (?:cell|phone|mobile|number|digits))(?: (?:on|at))?|mi (?:n[uú]mero|tel[eé]fono|m[oó]vil|celular|cel) es|mon (?:num[eé]ro|t[eé]l[eé]phone|portable|06) (?:est|c'est))\s*:?\s*[+(]?\d[\d\s().-]{5,}/gi,
  ],
];

/** Card numbers: 13–19 digits, optionally grouped by spaces or dashes. */
const CARD = /(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])/g;
const SSN = /(?<!\d)(?!000|666|9\d\d)\d{3}[- ](?!00)\d{2}[- ](?!0000)\d{4}(?!\d)/g;
// Any two letters: documentation examples such as "QQ 12 34 56 C" are what students copy too.
const UK_NINO = /\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/gi;
const ES_ID = /\b[XYZ]?\d{7,8}-?[A-Z]\b/gi;
const FR_NIR = /\b[12]\s?\d{2}\s?\d{2}\s?(?:\d{2}|2A|2B)\s?\d{3}\s?\d{3}\s?\d{2}\b/gi;
/** Seven or more digits within one run of digits, spaces, dots, dashes and brackets. */
const PHONE_LIKE = /\+?\(?\d(?:[\d\s().-]*\d){6,}/;
const EMAIL_CANDIDATE = /[^\s<>()[\]{},;:"']+@[^\s<>()[\]{},;:"']+/g;

/**
 * Finds personal data: phone numbers (libphonenumber-js, any region given with `+`, or
 * the listed regions' national formats), e-mail addresses (validator's `isEmail`), card
 * numbers (Luhn), US SSNs, UK National Insurance numbers, Spanish DNI/NIE and French NIR
 * (with their check digits), street addresses and postcodes, social handles and passwords.
 */
export function findPersonalData(
  text: string,
  regions: readonly CountryCode[] = DEFAULT_PHONE_REGIONS,
): Detection[] {
  const found: Found[] = [];
  const digits = text.replace(/\D/g, '').length;

  // libphonenumber is thorough but not cheap: ask it only about runs that could be a number.
  if (digits >= 7 && PHONE_LIKE.test(text)) {
    const seen = new Set<string>();
    for (const region of regions) {
      for (const match of findPhoneNumbersInText(text, { defaultCountry: region })) {
        // A short national number ("1914 1914") is too often something else; `+` numbers are explicit.
        const written = text.slice(match.startsAt, match.endsAt);
        if (!written.trimStart().startsWith('+') && !looksLikePhone(text, match.startsAt, written))
          continue;
        const key = `${match.startsAt}:${match.endsAt}`;
        if (seen.has(key)) continue;
        seen.add(key);
        found.push({ signal: 'phone', start: match.startsAt, end: match.endsAt });
      }
      if (seen.size) break;
    }
  }
  // Each pattern with the check its match must pass.
  const collect = (
    regex: RegExp,
    signal: string,
    valid: (match: string) => boolean,
    severity: Detection['severity'] = 'HIGH',
  ) => {
    for (const m of text.matchAll(regex))
      if (valid(m[0])) found.push({ signal, start: m.index, end: m.index + m[0].length, severity });
  };
  if (digits >= 7) {
    collect(CARD, 'card_number', (m) => {
      const run = m.replace(/\D/g, '');
      return run.length >= 13 && run.length <= 19 && luhnValid(run) && !/^(\d)\1+$/.test(run);
    });
    collect(SSN, 'national_id:us_ssn', () => true);
    collect(FR_NIR, 'national_id:fr_nir', validFrenchNir);
    collect(ES_ID, 'national_id:es_dni', (m) => validSpanishId(m.replace('-', '')));
  }
  if (digits >= 6) collect(UK_NINO, 'national_id:uk_nino', () => true);

  if (text.includes('@')) {
    for (const m of text.matchAll(EMAIL_CANDIDATE)) {
      const candidate = m[0].replace(/[.!?]+$/, '');
      if (isEmail(candidate, { allow_utf8_local_part: true, require_tld: true }))
        found.push({ signal: 'email', start: m.index, end: m.index + candidate.length });
    }
  }
  for (const [signal, regex] of ADDRESS_PATTERNS) {
    if (signal === 'postcode' ? !/\d/.test(text) : false) continue;
    for (const m of text.matchAll(regex))
      found.push({ signal, start: m.index, end: m.index + m[0].length });
  }
  for (const [signal, regex, severity] of SELF_DISCLOSURE) {
    for (const m of text.matchAll(regex)) {
      // An @handle inside an e-mail address is the address, already reported.
      if (signal === 'social_handle' && m[0].startsWith('@') && /\S$/.test(text.slice(0, m.index)))
        continue;
      found.push({ signal, start: m.index, end: m.index + m[0].length, severity });
    }
  }
  return found.map((f) => ({
    category: 'PERSONAL_DATA',
    severity: f.severity ?? 'MEDIUM',
    rule: `local:personal_data.${f.signal}`,
    layer: 'local',
    certain: true,
    start: f.start,
    end: f.end,
  }));
}
