import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Notice, ProblemBanner } from '../../../components/Feedback';
import { Field, TextField } from '../../../components/Field';
import type { CustomToolFieldsFragment, CustomToolKind } from '../../../generated/graphql';
import { problemWithFields } from '../../../lib/errors';
import { exactCredits, microFromCredits } from '../../../lib/money';
import { RegisterCustomToolMutation, UpdateCustomToolMutation } from './documents';

/** What a new tool's schema starts as: an object taking no arguments yet. */
const EMPTY_SCHEMA = '{\n  "type": "object",\n  "properties": {}\n}';

/**
 * Registers a custom tool (an MCP server's tool or a Lambda function), or edits `current`. The
 * kind is fixed once registered; the MCP authorization header is write-only (left empty when
 * editing, the stored one stays). The server checks every value, the schema included, and asks
 * an MCP server whether it lists the tool; a problem with one value is shown under its field.
 */
export function CustomToolForm({
  current,
  onSaved,
}: {
  current?: CustomToolFieldsFragment;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<CustomToolKind>(current?.kind ?? 'MCP');
  const [name, setName] = useState(current?.name ?? '');
  const [description, setDescription] = useState(current?.description ?? '');
  const [serverUrl, setServerUrl] = useState(current?.serverUrl ?? '');
  const [mcpToolName, setMcpToolName] = useState(current?.mcpToolName ?? '');
  const [authHeader, setAuthHeader] = useState('');
  const [removeAuth, setRemoveAuth] = useState(false);
  const [functionName, setFunctionName] = useState(current?.functionName ?? '');
  const [region, setRegion] = useState(current?.region ?? '');
  const [endpoint, setEndpoint] = useState(current?.endpoint ?? '');
  const [inputSchema, setInputSchema] = useState(current?.inputSchema ?? EMPTY_SCHEMA);
  const [timeoutMs, setTimeoutMs] = useState(String(current?.timeoutMs ?? 5000));
  const [cost, setCost] = useState(current ? exactCredits(current.cost.microCredits) : '0');
  const [costError, setCostError] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [created, create] = useMutation(RegisterCustomToolMutation);
  const [updated, update] = useMutation(UpdateCustomToolMutation);
  const outcome = current ? updated : created;
  const { problem, fieldError } = problemWithFields(outcome.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const costMicroCredits = microFromCredits(cost);
    setCostError(costMicroCredits === null);
    if (costMicroCredits === null) return;
    const common = {
      name: name.trim(),
      description,
      inputSchema,
      timeoutMs: Number(timeoutMs),
      costMicroCredits,
    };
    const where =
      kind === 'MCP'
        ? {
            serverUrl: serverUrl.trim(),
            mcpToolName: mcpToolName.trim(),
            ...(authHeader ? { authHeader } : removeAuth ? { authHeader: '' } : {}),
          }
        : {
            functionName: functionName.trim(),
            region: region.trim(),
            // Editing: an emptied endpoint returns to AWS's; registering: none means AWS's.
            ...(endpoint.trim() ? { endpoint: endpoint.trim() } : current ? { endpoint: '' } : {}),
          };
    const result = current
      ? await update({ id: current.id, input: { ...common, ...where } })
      : await create({ input: { ...common, kind, ...where } });
    if (!result.data) return;
    setSaved(name.trim());
    setAuthHeader('');
    setRemoveAuth(false);
    // A new tool is in the list now: empty the form so a second click adds no duplicate.
    if (!current) {
      for (const clear of [
        setName,
        setDescription,
        setServerUrl,
        setMcpToolName,
        setFunctionName,
        setRegion,
        setEndpoint,
      ])
        clear('');
      setInputSchema(EMPTY_SCHEMA);
      setTimeoutMs('5000');
      setCost('0');
    }
    onSaved();
  };

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby="tool-form-title">
      <h2 id="tool-form-title">
        {current ? t('admin:tools.editTitle', { name: current.name }) : t('admin:tools.addTitle')}
      </h2>
      {problem && <ProblemBanner problem={problem} />}
      {saved && <Notice>{t('admin:tools.saved', { name: saved })}</Notice>}
      {!current && (
        <fieldset className="scope-list">
          <legend>{t('admin:tools.kind')}</legend>
          {(['MCP', 'LAMBDA'] as const).map((k) => (
            <label key={k} className="check">
              <input
                type="radio"
                name="tool-kind"
                checked={kind === k}
                onChange={() => setKind(k)}
              />{' '}
              {t(`admin:tools.kinds.${k}`)}
            </label>
          ))}
        </fieldset>
      )}
      <div className="form-grid">
        <TextField
          label={t('admin:tools.name')}
          hint={t('admin:tools.nameHint')}
          error={fieldError('name')}
          required
          maxLength={64}
          value={name}
          onValue={setName}
        />
        {kind === 'MCP' ? (
          <>
            <TextField
              label={t('admin:tools.serverUrl')}
              hint={t('admin:tools.serverUrlHint')}
              error={fieldError('serverUrl')}
              required
              value={serverUrl}
              onValue={setServerUrl}
            />
            <TextField
              label={t('admin:tools.mcpToolName')}
              hint={t('admin:tools.mcpToolNameHint')}
              error={fieldError('mcpToolName')}
              required
              value={mcpToolName}
              onValue={setMcpToolName}
            />
            <TextField
              label={t('admin:tools.authHeader')}
              hint={
                current?.hasAuthHeader
                  ? t('admin:tools.authHeaderKept')
                  : t('admin:tools.authHeaderHint')
              }
              optional={t('common:optional')}
              error={fieldError('authHeader')}
              type="password"
              autoComplete="off"
              value={authHeader}
              onValue={setAuthHeader}
            />
          </>
        ) : (
          <>
            <TextField
              label={t('admin:tools.functionName')}
              hint={t('admin:tools.functionNameHint')}
              error={fieldError('functionName')}
              required
              value={functionName}
              onValue={setFunctionName}
            />
            <TextField
              label={t('admin:tools.region')}
              hint={t('admin:tools.regionHint')}
              error={fieldError('region')}
              required
              value={region}
              onValue={setRegion}
            />
            <TextField
              label={t('admin:tools.endpoint')}
              hint={t('admin:tools.endpointHint')}
              optional={t('common:optional')}
              error={fieldError('endpoint')}
              value={endpoint}
              onValue={setEndpoint}
            />
          </>
        )}
        <TextField
          label={t('admin:tools.timeout')}
          hint={t('admin:tools.timeoutHint')}
          error={fieldError('timeoutMs')}
          required
          type="number"
          inputMode="numeric"
          value={timeoutMs}
          onValue={setTimeoutMs}
        />
        <TextField
          label={t('admin:tools.cost')}
          hint={t('admin:tools.costHint')}
          error={costError ? t('admin:tools.costInvalid') : fieldError('costMicroCredits')}
          required
          inputMode="decimal"
          value={cost}
          onValue={setCost}
        />
      </div>
      {current?.kind === 'MCP' && current.hasAuthHeader && (
        <label className="check">
          <input
            type="checkbox"
            checked={removeAuth}
            disabled={!!authHeader}
            onChange={(e) => setRemoveAuth(e.target.checked)}
          />{' '}
          {t('admin:tools.removeAuth')}
        </label>
      )}
      <Field
        label={t('admin:tools.description')}
        hint={t('admin:tools.descriptionHint')}
        error={fieldError('description')}
        required
      >
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={1000}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('admin:tools.inputSchema')}
        hint={t('admin:tools.inputSchemaHint')}
        error={fieldError('inputSchema')}
        required
      >
        {(control) => (
          <textarea
            {...control}
            className="code"
            rows={6}
            spellCheck={false}
            value={inputSchema}
            onChange={(e) => setInputSchema(e.target.value)}
          />
        )}
      </Field>
      <div className="row">
        <button type="submit" disabled={outcome.fetching}>
          {outcome.fetching
            ? t('admin:tools.checking')
            : current
              ? t('admin:tools.saveChanges')
              : t('admin:tools.add')}
        </button>
      </div>
    </form>
  );
}
