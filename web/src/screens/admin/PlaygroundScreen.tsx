import { useTranslation } from 'react-i18next';
import {
  buildClientSchema,
  getIntrospectionQuery,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Loading, ProblemBanner } from '../../components/Feedback';
import { networkProblem, problemFromWire, type Problem } from '../../lib/errors';
import { postOperation } from '../../lib/http';
import { getSession } from '../../lib/session';
import { runOperation } from './runOperation';
import { SchemaDocs } from './SchemaDocs';

const EXAMPLE = `# Runs with your signed-in token. Ctrl+Enter runs.
query Me {
  me {
    id
    displayName
    role
  }
}
`;

/** A small GraphQL editor for admins: query, variables, result, and the schema's docs. */
export function PlaygroundScreen() {
  const { t } = useTranslation();
  const [query, setQuery] = useState(EXAMPLE);
  const [variables, setVariables] = useState('{}');
  const [results, setResults] = useState<unknown[]>([]);
  const [running, setRunning] = useState(false);
  const stopRef = useRef<() => void>(() => undefined);
  const [schema, setSchema] = useState<GraphQLSchema | null>(null);
  const [schemaProblem, setSchemaProblem] = useState<Problem | null>(null);

  useEffect(() => {
    void postOperation(getIntrospectionQuery(), undefined, getSession()?.accessToken).then(
      (raw) => {
        if (!raw.ok) return setSchemaProblem(raw.problem);
        if (raw.body.errors?.length) return setSchemaProblem(problemFromWire(raw.body.errors));
        if (!raw.body.data) return setSchemaProblem(networkProblem('empty introspection result'));
        setSchema(buildClientSchema(raw.body.data as IntrospectionQuery));
      },
    );
    return () => stopRef.current();
  }, []);

  const run = () => {
    const token = getSession()?.accessToken;
    if (!token) return;
    stopRef.current();
    setResults([]);
    setRunning(true);
    stopRef.current = runOperation(query, variables, token, {
      onResult: (result) => setResults((previous) => [...previous, result]),
      onDone: () => setRunning(false),
    });
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  };

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t('admin:playground.title')}</h1>
        <span className="muted small">{t('admin:playground.intro')}</span>
      </div>
      <div className="playground">
        <section className="card stack" aria-label={t('admin:playground.editor')}>
          <div>
            <label htmlFor="pg-query">{t('admin:playground.operation')}</label>
            <textarea
              id="pg-query"
              className="code"
              rows={16}
              spellCheck={false}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={onKey}
            />
          </div>
          <div>
            <label htmlFor="pg-vars">{t('admin:playground.variables')}</label>
            <textarea
              id="pg-vars"
              className="code"
              rows={4}
              spellCheck={false}
              value={variables}
              onChange={(e) => setVariables(e.target.value)}
              onKeyDown={onKey}
            />
          </div>
          <div className="row">
            <button type="button" onClick={run} disabled={running && results.length === 0}>
              {t('admin:playground.run')}
            </button>
            {running && (
              <button type="button" className="secondary" onClick={() => stopRef.current()}>
                {t('admin:playground.stop')}
              </button>
            )}
          </div>
        </section>
        <section className="card" aria-label={t('admin:playground.result')} aria-live="polite">
          <h2>{t('admin:playground.result')}</h2>
          {running && results.length === 0 && <Loading what={t('admin:playground.running')} />}
          {!running && results.length === 0 && (
            <p className="muted">{t('admin:playground.empty')}</p>
          )}
          {results.map((result, index) => (
            <pre key={index} className="result">
              {JSON.stringify(result, null, 2)}
            </pre>
          ))}
        </section>
      </div>
      <section className="card" aria-label={t('admin:playground.docs')}>
        <h2>{t('admin:playground.schema')}</h2>
        {schemaProblem && <ProblemBanner problem={schemaProblem} />}
        {!schema && !schemaProblem && <Loading what={t('admin:playground.readingSchema')} />}
        {schema && <SchemaDocs schema={schema} />}
      </section>
    </div>
  );
}
