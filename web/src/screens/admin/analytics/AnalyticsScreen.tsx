import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { Field } from '../../../components/Field';
import { Loading, ProblemBanner } from '../../../components/Feedback';
import { LoadMore } from '../../../components/LoadMore';
import type { UsageDimension, UsageFilter } from '../../../generated/graphql';
import { exactCredits } from '../../../lib/money';
import { problemFromCombined } from '../../../lib/errors';
import type { InfiniteList } from '../../../lib/useInfiniteList';
import { formatCredits, formatNumber } from '../../../lib/format';
import { Bars } from './Bars';
import { ChartCard, type Cell } from './ChartCard';
import { shortModelName } from './labels';
import { AnalyticsQuery } from './documents';
import { everyDay, isReportable, lastDays, rangeInstants, type DayRange } from './range';
import {
  readAllUsageRows,
  useAllUsageRows,
  usePagedUsageRows,
  type UsageRowNode,
} from './useUsageRows';

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
  const client = useClient();
  const filters = useMemo(() => {
    const by = (dimension: UsageDimension): UsageFilter => ({
      from: instants.from,
      to: instants.to,
      groupBy: [dimension],
    });
    return { day: by('DAY'), model: by('MODEL'), user: by('USER'), klass: by('CLASS') };
  }, [instants.from, instants.to]);
  const byDay = useAllUsageRows(filters.day, !valid);
  const byModel = useAllUsageRows(filters.model, !valid);
  // Per person and per class grow with the school: shown 50 at a time, exported whole.
  const byStudent = usePagedUsageRows(filters.user, !valid);
  const byClass = usePagedUsageRows(filters.klass, !valid);
  const refresh = () => {
    refetch({ requestPolicy: 'network-only' });
    byDay.reload();
    byModel.reload();
    byStudent.reload();
    byClass.reload();
  };
  const listProblem = byDay.problem ?? byModel.problem ?? byStudent.problem ?? byClass.problem;
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

  const days = byDay.rows
    ? everyDay(range, byDay.rows, (day) => ({
        day,
        modelId: null,
        user: null,
        class: null,
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
  // The table keeps the server's order, so "Load more" appends; the chart shows the heaviest
  // users among the rows loaded so far.
  const heaviest = [...byStudent.items]
    .sort((a, b) => b.charged.credits - a.charged.credits)
    .slice(0, TOP_STUDENTS);
  const personCells = (r: UsageRowNode): Cell[] => [
    r.user?.displayName ?? '',
    r.user?.email ?? '',
    ...usageCells(r),
  ];
  const classCells = (r: UsageRowNode): Cell[] => [r.class?.name ?? '', ...usageCells(r)];
  const totals = data?.usage.totals;
  const moreOf = (list: InfiniteList<UsageRowNode>) =>
    list.hasMore && (
      <LoadMore
        auto={false}
        onMore={list.loadMore}
        loading={list.loading}
        label={t('common:pager.loadMore')}
        loadingLabel={t('admin:analytics.loadingMore')}
      />
    );

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
        <button type="button" className="secondary" onClick={refresh}>
          {t('admin:analytics.refresh')}
        </button>
      </form>
      {error && <ProblemBanner problem={problemFromCombined(error)} onRetry={refresh} />}
      {!error && listProblem && <ProblemBanner problem={listProblem} onRetry={refresh} />}
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
            rows={(byDay.rows ?? []).map((r) => [r.day ?? '', ...usageCells(r)])}
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
            rows={(byModel.rows ?? []).map((r) => [r.modelId ?? '', ...usageCells(r)])}
            chart={
              <Bars
                horizontal
                categoryWidth={190}
                shorten={shortModelName}
                data={(byModel.rows ?? []).map((r) => ({
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
            rows={byStudent.items.map(personCells)}
            allRows={async () => (await readAllUsageRows(client, filters.user)).map(personCells)}
            footer={moreOf(byStudent)}
            chart={
              <Bars
                horizontal
                data={heaviest.map((r) => ({
                  name: r.user?.displayName,
                  charged: r.charged.credits,
                }))}
                category="name"
                series={[
                  { key: 'charged', name: t('admin:analytics.charged'), color: COLORS.charged },
                ]}
              />
            }
          />
          <ChartCard
            title={t('admin:analytics.byClass')}
            csvName={`usage-by-class_${csvSuffix}`}
            columns={[t('admin:analytics.class'), ...usageHeads]}
            rows={byClass.items.map(classCells)}
            allRows={async () => (await readAllUsageRows(client, filters.klass)).map(classCells)}
            footer={moreOf(byClass)}
            chart={
              <Bars
                data={byClass.items.map((c) => ({
                  name: c.class?.name,
                  charged: c.charged.credits,
                }))}
                category="name"
                series={[
                  { key: 'charged', name: t('admin:analytics.charged'), color: COLORS.charged },
                ]}
              />
            }
          />
        </div>
      )}
    </div>
  );
}
