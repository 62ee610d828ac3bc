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
        <h1>GraphQL playground</h1>
        <span className="muted small">Operations run as you, with your permissions.</span>
      </div>
      <div className="playground">
        <section className="card stack" aria-label="Editor">
          <div>
            <label htmlFor="pg-query">Operation</label>
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
            <label htmlFor="pg-vars">Variables (JSON)</label>
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
              Run
            </button>
            {running && (
              <button type="button" className="secondary" onClick={() => stopRef.current()}>
                Stop
              </button>
            )}
          </div>
        </section>
        <section className="card" aria-label="Result" aria-live="polite">
          <h2>Result</h2>
          {running && results.length === 0 && <Loading what="Running" />}
          {!running && results.length === 0 && (
            <p className="muted">Run an operation to see its result here.</p>
          )}
          {results.map((result, index) => (
            <pre key={index} className="result">
              {JSON.stringify(result, null, 2)}
            </pre>
          ))}
        </section>
      </div>
      <section className="card" aria-label="Schema documentation">
        <h2>Schema</h2>
        {schemaProblem && <ProblemBanner problem={schemaProblem} />}
        {!schema && !schemaProblem && <Loading what="Reading the schema" />}
        {schema && <SchemaDocs schema={schema} />}
      </section>
    </div>
  );
}
