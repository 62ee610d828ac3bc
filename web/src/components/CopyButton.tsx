import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Copies `value` to the clipboard and says so ("Copied") until the value changes. `what` names
 * the value for screen readers, so a list of copy buttons reads "Copy JWKS URL", not "Copy".
 */
export function CopyButton({ value, what }: { value: string; what: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <button
      type="button"
      className="secondary small-button"
      onClick={() =>
        void navigator.clipboard
          ?.writeText(value)
          .then(() => setCopied(value))
          .catch(() => setCopied(null))
      }
    >
      {copied === value ? t('common:copied') : t('common:copy')}
      <span className="visually-hidden"> {what}</span>
    </button>
  );
}
