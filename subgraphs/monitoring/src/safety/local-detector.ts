import type { CountryCode } from 'libphonenumber-js/max';
import type { Detection, InspectRequest, SafetyDetector } from './detector';
import { strongestPerCategory } from './detector';
import { BULLYING } from './lexicon/bullying';
import { compileEntries, compilePattern, type CompiledEntry } from './lexicon/compile';
import { ACADEMIC_FRAMES } from './lexicon/frames';
import { MACROS } from './lexicon/macros';
import { SELF_HARM } from './lexicon/self-harm';
import { SEXUAL } from './lexicon/sexual';
import { VIOLENCE } from './lexicon/violence';
import { normalize, type NormalizedText } from '@aula/runtime';
import { DEFAULT_PHONE_REGIONS, findPersonalData } from './personal-data';

/** Options for {@link createLocalDetector}. */
export interface LocalDetectorOptions {
  /** Regions whose national phone formats are recognised. @default US GB ES FR MX CA AU IE */
  readonly phoneRegions?: readonly CountryCode[];
}

let compiled: { entries: CompiledEntry[]; frames: RegExp[] } | undefined;

/** The lexicons compiled once per process (about 200 patterns; a few milliseconds). */
function lexicons(): { entries: CompiledEntry[]; frames: RegExp[] } {
  compiled ??= {
    entries: compileEntries([...SELF_HARM, ...VIOLENCE, ...SEXUAL, ...BULLYING], MACROS),
    frames: ACADEMIC_FRAMES.map((frame) => compilePattern(frame, MACROS)),
  };
  return compiled;
}

/**
 * Runs every lexicon entry over the normalised text. Each category reports its most
 * severe certain hit; a weak entry inside an academic frame is reported as uncertain.
 */
export function scanLexicons(normalized: NormalizedText): Detection[] {
  const { entries, frames } = lexicons();
  const text = normalized.text;
  let framed: boolean | undefined;
  const out: Detection[] = [];
  for (const entry of entries) {
    entry.regex.lastIndex = 0;
    const match = entry.regex.exec(text);
    if (!match) continue;
    if (entry.unless.some((u) => ((u.lastIndex = 0), u.test(text)))) continue;
    let certain = true;
    if (entry.strength === 'weak') {
      framed ??= frames.some((f) => ((f.lastIndex = 0), f.test(text)));
      certain = !framed;
    }
    const start = normalized.origin[match.index] ?? 0;
    const last = normalized.origin[match.index + match[0].length - 1] ?? start;
    out.push({
      category: entry.category,
      severity: entry.severity,
      rule: `local:${entry.id}`,
      layer: 'local',
      certain,
      start,
      end: last + 1,
    });
  }
  return out;
}

/** Class and chatbot keywords: whole words or phrases, case- and accent-insensitive. */
export function scanKeywords(normalized: NormalizedText, keywords: readonly string[]): Detection[] {
  const out: Detection[] = [];
  const seen = new Set<string>();
  for (const raw of keywords) {
    const keyword = normalize(raw.trim()).text.trim();
    if (keyword.length < 2 || seen.has(keyword)) continue;
    seen.add(keyword);
    const escaped = keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    const regex = new RegExp(`(?<![a-z0-9])${escaped}(?![a-z0-9])`);
    const match = regex.exec(normalized.text);
    if (!match) continue;
    const start = normalized.origin[match.index] ?? 0;
    const last = normalized.origin[match.index + match[0].length - 1] ?? start;
    out.push({
      category: 'KEYWORD',
      severity: 'MEDIUM',
      rule: `keyword:${raw.trim().toLowerCase()}`,
      layer: 'local',
      certain: true,
      start,
      end: last + 1,
    });
  }
  return out.slice(0, 1);
}

/**
 * The always-on local detector: normalisation, phrase lexicons in English, Spanish and
 * French with context, personal data through maintained libraries, and the class's and
 * chatbot's keywords. Synchronous underneath; wrapped in the async layer interface.
 */
export function createLocalDetector(options: LocalDetectorOptions = {}): SafetyDetector & {
  inspectSync(request: InspectRequest): Detection[];
} {
  const regions = options.phoneRegions ?? DEFAULT_PHONE_REGIONS;
  const inspectSync = (request: InspectRequest): Detection[] => {
    const normalized = normalize(request.text);
    return strongestPerCategory([
      ...scanLexicons(normalized),
      ...findPersonalData(request.text, regions),
      ...(request.keywords?.length ? scanKeywords(normalized, request.keywords) : []),
    ]);
  };
  return {
    name: 'local',
    inspectSync,
    inspect: async (request) => inspectSync(request),
  };
}
