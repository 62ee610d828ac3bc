import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ProblemBanner } from '../../../components/Feedback';
import { problemFromCombined } from '../../../lib/errors';
import { ImportUsersMutation } from './documents';

const EXAMPLE = 'email,displayName,role,password\nada@school.example,Ada Lovelace,STUDENT,\n';

/** Bulk-creates accounts from CSV text (pasted or read from a file) and shows each row's outcome. */
export function ImportUsersForm({ onImported }: { onImported?: () => void }) {
  const [csv, setCsv] = useState('');
  const [result, importUsers] = useMutation(ImportUsersMutation);

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) setCsv(await file.text());
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await importUsers({ csv });
    if (outcome.data && outcome.data.importUsers.createdCount > 0) onImported?.();
  };
  const report = result.data?.importUsers;

  return (
    <form className="card" onSubmit={submit} aria-labelledby="import-title">
      <h2 id="import-title">Import users from CSV</h2>
      <p className="small muted">
        Header <code>email,displayName,role,password</code>. An empty role means Student; an empty
        password is generated and shown once below.
      </p>
      {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
      <div className="field">
        <label htmlFor="import-file">CSV file</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => void readFile(e)}
        />
      </div>
      <div className="field">
        <label htmlFor="import-csv">CSV text</label>
        <textarea
          id="import-csv"
          className="code"
          rows={6}
          placeholder={EXAMPLE}
          value={csv}
          onChange={(e) => setCsv(e.target.value)}
        />
      </div>
      <button type="submit" disabled={result.fetching || !csv.trim()}>
        {result.fetching ? 'Importing…' : 'Import'}
      </button>
      {report && (
        <div className="import-report" aria-live="polite">
          <p>
            <span className="badge ok">{report.createdCount} created</span>{' '}
            <span className={`badge ${report.failedCount ? 'danger' : ''}`}>
              {report.failedCount} refused
            </span>
          </p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Email</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Generated password</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((row) => (
                  <tr key={row.line}>
                    <td>{row.line}</td>
                    <td>{row.email ?? <span className="muted">none</span>}</td>
                    <td>
                      {row.error ? (
                        <span className="text-danger">
                          {row.error.code}: {row.error.message}
                        </span>
                      ) : (
                        <span className="text-ok">Created {row.user?.displayName}</span>
                      )}
                    </td>
                    <td>{row.generatedPassword ? <code>{row.generatedPassword}</code> : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </form>
  );
}
