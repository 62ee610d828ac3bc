import { useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExtraProps } from 'react-markdown';

/** The language a fenced block was written in (`language-python`), if it said. */
function languageOf(node: ExtraProps['node']): string | null {
  const code = node?.children.find((child) => child.type === 'element' && child.tagName === 'code');
  if (!code || code.type !== 'element') return null;
  const classes = code.properties.className;
  const list = Array.isArray(classes) ? classes : [];
  const found = list.find((c) => typeof c === 'string' && c.startsWith('language-'));
  return typeof found === 'string' ? found.slice('language-'.length) : null;
}

/** A fenced code block with its language and a button that copies its text. */
export function CodeBlock({
  node,
  children,
  ...props
}: ComponentPropsWithoutRef<'pre'> & ExtraProps) {
  const { t } = useTranslation();
  const pre = useRef<HTMLPreElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const language = languageOf(node);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(pre.current?.textContent ?? '');
      setCopied('yes');
    } catch {
      setCopied('no');
    }
    setTimeout(() => setCopied(null), 2500);
  };
  return (
    <div className="code-block">
      <div className="code-head">
        <span className="code-lang">{language ?? t('chat:code.plain')}</span>
        <button type="button" className="code-copy" onClick={() => void copy()}>
          {copied === 'yes'
            ? t('chat:code.copied')
            : copied === 'no'
              ? t('chat:code.copyFailed')
              : t('chat:code.copy')}
        </button>
        <span className="visually-hidden" role="status">
          {copied === 'yes' ? t('chat:code.copiedAnnouncement') : ''}
        </span>
      </div>
      <pre ref={pre} {...props} tabIndex={0}>
        {children}
      </pre>
    </div>
  );
}
