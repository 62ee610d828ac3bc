import { useTranslation } from 'react-i18next';
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Notice, ProblemBanner } from '../../../components/Feedback';
import { problemFromCombined } from '../../../lib/errors';
import { SetModelPriceMutation } from './documents';

/** What a Bedrock model id looks like (an identifier, not words to translate). */
const MODEL_ID_EXAMPLE = 'anthropic.claude-3-haiku-20240307-v1:0';

/** Sets a model's price from now on; past usage keeps the price it was charged at. */
export function PriceForm({
  initial,
  onSaved,
}: {
  initial: { modelId: string; input: number; output: number } | null;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [modelId, setModelId] = useState('');
  const [input, setInput] = useState('');
  const [output, setOutput] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [result, save] = useMutation(SetModelPriceMutation);

  useEffect(() => {
    if (!initial) return;
    setModelId(initial.modelId);
    setInput(String(initial.input));
    setOutput(String(initial.output));
    setSaved(null);
  }, [initial]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await save({
      modelId: modelId.trim(),
      inputPer1k: Number(input),
      outputPer1k: Number(output),
    });
    if (!outcome.data) return;
    setSaved(t('admin:priceForm.saved', { model: outcome.data.setModelPrice.modelId }));
    onSaved();
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="price-form-title">
      <h2 id="price-form-title">{t('admin:priceForm.title')}</h2>
      <p className="small muted">{t('admin:priceForm.intro')}</p>
      {result.error && <ProblemBanner problem={problemFromCombined(result.error)} />}
      {saved && <Notice>{saved}</Notice>}
      <div className="form-grid">
        <div className="field">
          <label htmlFor="price-model">{t('admin:priceForm.model')}</label>
          <input
            id="price-model"
            required
            value={modelId}
            onChange={(e) => setModelId(e.target.value)}
            placeholder={MODEL_ID_EXAMPLE}
          />
        </div>
        <div className="field">
          <label htmlFor="price-input">{t('admin:priceForm.input')}</label>
          <input
            id="price-input"
            type="number"
            min="0"
            step="any"
            required
            value={input}
            onChange={(e) => setInput(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="price-output">{t('admin:priceForm.output')}</label>
          <input
            id="price-output"
            type="number"
            min="0"
            step="any"
            required
            value={output}
            onChange={(e) => setOutput(e.target.value)}
          />
        </div>
      </div>
      <button
        type="submit"
        disabled={result.fetching || !modelId.trim() || input === '' || output === ''}
      >
        {result.fetching ? t('admin:priceForm.saving') : t('admin:priceForm.save')}
      </button>
    </form>
  );
}
