import { useTranslation } from 'react-i18next';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ProblemBanner } from '../../../components/Feedback';
import { problemFromCombined } from '../../../lib/errors';
import { ImportUsersMutation } from './documents';

/** The CSV header the server expects (column names, not words to translate). */
const HEADER = 'email,displayName,role,password';
const EXAMPLE = 'email,displayName,role,password\nada@school.example,Ada Lovelace,STUDENT,\n';

/** Bulk-creates accounts from CSV text (pasted or read from a file) and shows each row's outcome. */
export function ImportUsersForm({ onImported }: { onImported?: () => void }) {
  const { t } = useTranslation();
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
      <h2 id="import-title">{t('admin:import.title')}</h2>
      <p className="small muted">
        {t('admin:import.header')} <code>{HEADER}</code>. {t('admin:import.intro')}
      </p>
      {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
      <div className="field">
        <label htmlFor="import-file">{t('admin:import.file')}</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => void readFile(e)}
        />
      </div>
      <div className="field">
        <label htmlFor="import-csv">{t('admin:import.text')}</label>
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
        {result.fetching ? t('admin:import.importing') : t('admin:import.submit')}
      </button>
      {report && (
        <div className="import-report" aria-live="polite">
          <p>
            <span className="badge ok">
              {t('admin:import.created', { count: report.createdCount })}
            </span>{' '}
            <span className={`badge ${report.failedCount ? 'danger' : ''}`}>
              {t('admin:import.refused', { count: report.failedCount })}
            </span>
          </p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('admin:import.line')}</th>
                  <th scope="col">{t('admin:email')}</th>
                  <th scope="col">{t('admin:import.outcome')}</th>
                  <th scope="col">{t('admin:import.generated')}</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((row) => (
                  <tr key={row.line}>
                    <td>{row.line}</td>
                    <td>
                      {row.email ?? <span className="muted">{t('admin:import.noEmail')}</span>}
                    </td>
                    <td>
                      {row.error ? (
                        // The server's message says what is wrong; its code is for programs.
                        <span className="text-danger" data-code={row.error.code}>
                          {row.error.message}
                        </span>
                      ) : (
                        <span className="text-ok">
                          {t('admin:import.createdOne', { name: row.user?.displayName ?? '' })}
                        </span>
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
