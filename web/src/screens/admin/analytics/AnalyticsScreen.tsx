import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Field } from '../../../components/Field';
import { Loading, ProblemBanner } from '../../../components/Feedback';
import { exactCredits } from '../../../lib/money';
import { problemFromCombined } from '../../../lib/errors';
import { formatCredits, formatNumber } from '../../../lib/format';
import { Bars } from './Bars';
import { ChartCard, type Cell } from './ChartCard';
import { AnalyticsQuery } from './documents';
import { everyDay, isReportable, lastDays, rangeInstants, type DayRange } from './range';
import { useClassUsage } from './useClassUsage';

const COLORS = {
  charged: '#2f5bd3',
  finalized: '#1d7a3e',
  aborted: '#b42318',
  expired: '#8a5a00',
  active: '#6b3fa0',
};
const TOP_STUDENTS = 12;

/** The numbers every usage row has. */
interface UsageNumbers {
  readonly streams: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly charged: { readonly credits: number; readonly microCredits: string };
}

/** Admins: usage and streaming analytics by day, model, student and class, with CSV export. */
export function AnalyticsScreen() {
  const { t } = useTranslation();
  const [range, setRange] = useState<DayRange>(() => lastDays(30));
  const valid = isReportable(range);
  const instants = rangeInstants(valid ? range : lastDays(30));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AnalyticsQuery,
    variables: instants,
    pause: !valid,
    requestPolicy: 'cache-and-network',
  });
  const classes = useClassUsage(
    data?.classes.edges.map((edge) => edge.node),
    instants.from,
    instants.to,
  );
  const csvSuffix = `${range.from}_${range.to}`;
  const usageHeads = [
    t('admin:analytics.streams'),
    t('admin:analytics.inputTokens'),
    t('admin:analytics.outputTokens'),
    t('admin:analytics.charged'),
  ];
  const usageCells = (r: UsageNumbers): Cell[] => [
    r.streams,
    r.inputTokens,
    r.outputTokens,
    { shown: formatCredits(r.charged.credits), exact: exactCredits(r.charged.microCredits) },
  ];

  const days = data
    ? everyDay(range, data.byDay.rows, (day) => ({
        day,
        streams: 0,
        inputTokens: 0,
        outputTokens: 0,
        charged: { credits: 0, microCredits: '0' },
      }))
    : [];
  const streaming = data
    ? everyDay(range, data.streaming, (day) => ({
        day,
        streams: 0,
        active: 0,
        finalized: 0,
        aborted: 0,
        expired: 0,
        abortedShare: 0,
        averageReserved: { credits: 0 },
        averageCharged: { credits: 0 },
      }))
    : [];
  const students = data
    ? [...data.byStudent.rows].sort((a, b) => b.charged.credits - a.charged.credits)
    : [];
  const totals = data?.byDay.totals;
  const classRows = classes.usage?.filter((c) => c.streams > 0) ?? [];

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t('admin:analytics.title')}</h1>
      </div>
      <form
        className="card filters-row"
        aria-label={t('admin:analytics.period')}
        onSubmit={(e) => e.preventDefault()}
      >
        <Field
          label={t('admin:analytics.from')}
          error={valid ? undefined : t('admin:analytics.badRange')}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              value={range.from}
              max={range.to}
              onChange={(e) => setRange({ ...range, from: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('admin:analytics.to')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={range.to}
              min={range.from}
              onChange={(e) => setRange({ ...range, to: e.target.value })}
            />
          )}
        </Field>
        <button
          type="button"
          className="secondary"
          onClick={() => refetch({ requestPolicy: 'network-only' })}
        >
          {t('admin:analytics.refresh')}
        </button>
      </form>
      {error && (
        <ProblemBanner
          problem={problemFromCombined(error)}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      )}
      {fetching && !data && <Loading what={t('admin:analytics.loading')} />}
      {totals && (
        <section aria-labelledby="totals-title">
          <h2 id="totals-title" className="visually-hidden">
            {t('admin:analytics.totals')}
          </h2>
          <dl className="stat-tiles">
            <div className="card">
              <dt>{t('admin:analytics.streams')}</dt>
              <dd data-testid="total-streams">{formatNumber(totals.streams)}</dd>
            </div>
            <div className="card">
              <dt>{t('admin:analytics.charged')}</dt>
              <dd data-testid="total-charged">{formatCredits(totals.charged.credits)}</dd>
            </div>
            <div className="card">
              <dt>{t('admin:analytics.inputTokens')}</dt>
              <dd>{formatNumber(totals.inputTokens)}</dd>
            </div>
            <div className="card">
              <dt>{t('admin:analytics.outputTokens')}</dt>
              <dd>{formatNumber(totals.outputTokens)}</dd>
            </div>
          </dl>
        </section>
      )}
      {data && (
        <div className="chart-grid">
          <ChartCard
            title={t('admin:analytics.byDay')}
            csvName={`usage-by-day_${csvSuffix}`}
            columns={[t('admin:analytics.day'), ...usageHeads]}
            rows={data.byDay.rows.map((r) => [r.day ?? '', ...usageCells(r)])}
            chart={
              <Bars
                data={days.map((d) => ({ day: d.day?.slice(5), charged: d.charged.credits }))}
                category="day"
                series={[
                  { key: 'charged', name: t('admin:analytics.charged'), color: COLORS.charged },
                ]}
              />
            }
          />
          <ChartCard
            title={t('admin:analytics.streaming')}
            csvName={`streaming-by-day_${csvSuffix}`}
            columns={[
              t('admin:analytics.day'),
              t('admin:analytics.streams'),
              t('admin:analytics.finalized'),
              t('admin:analytics.aborted'),
              t('admin:analytics.expired'),
              t('admin:analytics.active'),
              t('admin:analytics.averageReserved'),
              t('admin:analytics.averageCharged'),
            ]}
            rows={data.streaming.map((d) => [
              d.day,
              d.streams,
              d.finalized,
              d.aborted,
              d.expired,
              d.active,
              formatCredits(d.averageReserved.credits),
              formatCredits(d.averageCharged.credits),
            ])}
            chart={
              <Bars
                data={streaming.map((d) => ({
                  day: d.day.slice(5),
                  finalized: d.finalized,
                  aborted: d.aborted,
                  expired: d.expired,
                  active: d.active,
                }))}
                category="day"
                integers
                series={(['finalized', 'aborted', 'expired', 'active'] as const).map((key) => ({
                  key,
                  name: t(`admin:analytics.${key}`),
                  color: COLORS[key],
                  stack: 'outcome',
                }))}
              />
            }
          />
          <ChartCard
            title={t('admin:analytics.byModel')}
            csvName={`usage-by-model_${csvSuffix}`}
            columns={[t('admin:analytics.model'), ...usageHeads]}
            rows={data.byModel.rows.map((r) => [r.modelId ?? '', ...usageCells(r)])}
            chart={
              <Bars
                horizontal
                categoryWidth={210}
                data={data.byModel.rows.map((r) => ({
                  model: r.modelId,
                  charged: r.charged.credits,
                }))}
                category="model"
                series={[
                  { key: 'charged', name: t('admin:analytics.charged'), color: COLORS.charged },
                ]}
              />
            }
          />
          <ChartCard
            title={t('admin:analytics.byStudent')}
            csvName={`usage-by-person_${csvSuffix}`}
            columns={[t('admin:analytics.person'), t('admin:analytics.email'), ...usageHeads]}
            rows={students.map((r) => [
              r.user?.displayName ?? '',
              r.user?.email ?? '',
              ...usageCells(r),
            ])}
            chart={
              <Bars
                horizontal
                data={students
                  .slice(0, TOP_STUDENTS)
                  .map((r) => ({ name: r.user?.displayName, charged: r.charged.credits }))}
                category="name"
                series={[
                  { key: 'charged', name: t('admin:analytics.charged'), color: COLORS.charged },
                ]}
              />
            }
          />
          {classes.problem && <ProblemBanner problem={classes.problem} />}
          {!classes.usage && !classes.problem && (
            <Loading what={t('admin:analytics.loadingClasses')} />
          )}
          {classes.usage && (
            <ChartCard
              title={t('admin:analytics.byClass')}
              csvName={`usage-by-class_${csvSuffix}`}
              columns={[t('admin:analytics.class'), ...usageHeads]}
              rows={classRows.map((c) => [c.name, ...usageCells(c)])}
              chart={
                <Bars
                  data={classRows.map((c) => ({ name: c.name, charged: c.charged.credits }))}
                  category="name"
                  series={[
                    { key: 'charged', name: t('admin:analytics.charged'), color: COLORS.charged },
                  ]}
                />
              }
            />
          )}
        </div>
      )}
    </div>
  );
}
