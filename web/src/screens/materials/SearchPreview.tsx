import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Empty, Loading, ProblemBanner } from '../../components/Feedback';
import { Field } from '../../components/Field';
import { problemFromCombined } from '../../lib/errors';
import { formatNumber } from '../../lib/format';
import { SearchPreviewQuery } from './documents';

/**
 * What the chatbot's `search_course_materials` tool would find for a question: the passages
 * `searchMaterials` returns for the draft's materials, best first, with the matches marked.
 */
export function SearchPreview({ chatbotId }: { chatbotId: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [{ data, fetching, error }] = useQuery({
    query: SearchPreviewQuery,
    variables: { chatbotId, query },
    pause: !query,
    requestPolicy: 'network-only',
  });
  const hits = data?.searchMaterials ?? [];
  return (
    <section className="stack" aria-labelledby="search-preview-title">
      <h3 id="search-preview-title">{t('materials:preview.title')}</h3>
      <form
        className="row"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setQuery(text.trim());
        }}
      >
        <Field label={t('materials:preview.query')} hint={t('materials:preview.hint')} inline>
          {(control) => (
            <input
              {...control}
              type="search"
              value={text}
              maxLength={500}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" disabled={!text.trim()}>
          {t('materials:preview.search')}
        </button>
      </form>
      {error && <ProblemBanner problem={problemFromCombined(error)} />}
      {fetching && <Loading />}
      {query && data && hits.length === 0 && (
        <Empty>{t('materials:preview.noHits', { query })}</Empty>
      )}
      {hits.length > 0 && (
        <ol className="search-hits" aria-label={t('materials:preview.results', { query })}>
          {hits.map((hit) => (
            <li key={hit.chunkId}>
              <strong>{hit.title}</strong>{' '}
              <span className="small muted">
                {t('materials:preview.rank', {
                  rank: formatNumber(hit.rank, { maximumFractionDigits: 3 }),
                })}
              </span>
              {/* The server escapes the passage and adds only <mark> around the matches. */}
              <p className="small" dangerouslySetInnerHTML={{ __html: hit.highlight }} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
