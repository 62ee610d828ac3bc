import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { Notice, ProblemBanner } from '../../components/Feedback';
import type { Problem } from '../../lib/errors';
import { formatNumber } from '../../lib/format';
import { uploadMaterialFile, type UploadedMaterial } from '../../lib/upload';
import { byteSize, checkMaterialFile, type FileRefusal } from './fileCheck';

/** What the server announces about uploads (`materialUploadLimits`). */
export interface UploadLimits {
  readonly maxFileBytes: number;
  readonly maxTextBytes: number;
  readonly fileExtensions: readonly string[];
}

/** The `reason`s of upload refusals that have their own wording. */
const reasons = [
  'TOO_LARGE',
  'UNPACKS_TOO_LARGE',
  'UNSUPPORTED_TYPE',
  'UNREADABLE',
  'ENCRYPTED',
  'NO_TEXT',
] as const;
type Reason = (typeof reasons)[number];

const size = (bytes: number) => byteSize(bytes, (n) => formatNumber(n));

/**
 * Uploads one course document (PDF, Word, Markdown, text or HTML) with a title and source.
 * The chosen file is checked against the announced limits at once; while it is sent a
 * progress bar shows how much has gone, then that the text is being extracted; a refusal
 * from the server is explained by its reason.
 */
export function UploadMaterialForm({
  limits,
  onUploaded,
}: {
  limits: UploadLimits | undefined;
  onUploaded: (material: UploadedMaterial) => void;
}) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [source, setSource] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<UploadedMaterial | null>(null);
  const refusal: FileRefusal | null = file && limits ? checkMaterialFile(file, limits) : null;
  const accept = limits?.fileExtensions.map((e) => `.${e}`).join(',');
  const busy = progress !== null;

  const refusalText = (r: FileRefusal) => {
    switch (r.reason) {
      case 'TOO_LARGE':
        return t('materials:upload.tooLarge', { size: size(r.sizeBytes), max: size(r.maxBytes) });
      case 'OLD_WORD':
        return t('materials:upload.oldWord');
      case 'EMPTY':
        return t('materials:upload.empty');
      default:
        return t('materials:upload.wrongType', { types: r.extensions.join(', ') });
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || refusal || busy) return;
    setProblem(null);
    setDone(null);
    setProgress(0);
    const result = await uploadMaterialFile(file, { title: title.trim(), source }, setProgress);
    setProgress(null);
    if (result.problem) {
      setProblem(result.problem);
      return;
    }
    setDone(result.material);
    setFile(null);
    setTitle('');
    setSource('');
    if (fileInput.current) fileInput.current.value = '';
    onUploaded(result.material);
  };

  const reason = problem?.extensions.reason;
  const knownReason = (reasons as readonly unknown[]).includes(reason) ? (reason as Reason) : null;
  const maxBytes = Number(problem?.extensions.maxBytes ?? limits?.maxFileBytes ?? 0);
  // A file small enough to send can still hold more text than one document may: the server
  // then names the text limit, and the teacher is told it is the text, not the file.
  const textTooLarge =
    knownReason === 'TOO_LARGE' &&
    maxBytes === limits?.maxTextBytes &&
    maxBytes !== limits.maxFileBytes;

  return (
    <section className="card" aria-labelledby="upload-material-title">
      <h2 id="upload-material-title">{t('materials:upload.title')}</h2>
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <Field
          label={t('materials:upload.file')}
          hint={
            limits
              ? t('materials:upload.hint', { max: size(limits.maxFileBytes) })
              : t('materials:upload.hintLoading')
          }
          error={refusal ? refusalText(refusal) : undefined}
          required
        >
          {(control) => (
            <input
              {...control}
              ref={fileInput}
              type="file"
              accept={accept}
              disabled={busy}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setProblem(null);
                setDone(null);
              }}
            />
          )}
        </Field>
        <Field label={t('materials:upload.titleLabel')} hint={t('materials:upload.titleHint')}>
          {(control) => (
            <input
              {...control}
              value={title}
              maxLength={200}
              disabled={busy}
              onChange={(e) => setTitle(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('materials:upload.source')} optional={t('materials:optional')}>
          {(control) => (
            <input
              {...control}
              value={source}
              maxLength={500}
              disabled={busy}
              onChange={(e) => setSource(e.target.value)}
            />
          )}
        </Field>
        <div className="row">
          <button type="submit" disabled={!file || !!refusal || busy}>
            {t('materials:upload.submit')}
          </button>
          {busy && (
            <span className="row" role="status">
              <progress
                value={progress ?? 0}
                max={1}
                aria-label={t('materials:upload.progressLabel')}
              />
              <span className="small muted">
                {(progress ?? 0) < 1
                  ? t('materials:upload.sending', {
                      percent: formatNumber(progress ?? 0, { style: 'percent' }),
                    })
                  : t('materials:upload.extracting')}
              </span>
            </span>
          )}
        </div>
      </form>
      {done && (
        <Notice>{t('materials:upload.done', { title: done.title, count: done.chunkCount })}</Notice>
      )}
      {problem && knownReason && (
        <div className="banner error" role="alert" data-reason={knownReason}>
          <strong>{t('materials:upload.refused')}</strong>{' '}
          {textTooLarge
            ? t('materials:upload.textTooLarge', {
                size: size(Number(problem.extensions.sizeBytes ?? 0)),
                max: size(maxBytes),
              })
            : t(`materials:upload.reasons.${knownReason}`, { max: size(maxBytes) })}
          {problem.message && (
            <details className="problem-details">
              <summary>{t('common:problems.details')}</summary>
              <p>{problem.message}</p>
            </details>
          )}
        </div>
      )}
      {problem && !knownReason && <ProblemBanner problem={problem} />}
    </section>
  );
}
