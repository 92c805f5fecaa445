import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import type { IndicatorReport } from '@pathways/contracts';
import { useTranslation } from 'react-i18next';
import { useIndicatorText } from './labels';
import { datesOfPick, type PeriodPick, pickOfKey } from './period-pick';
import type { Drill } from './reach';

/** The period in words: "2026", "T1 2026", "mars 2026", or two dates. */
export const usePeriodLabel = () => {
  const { t } = useTranslation();
  const text = useIndicatorText();
  return (period: IndicatorReport['period']) => {
    const pick: PeriodPick | null = period.key ? pickOfKey(period.key) : null;
    if (pick?.kind === 'year') return String(pick.year);
    if (pick?.kind === 'quarter')
      return t('indicators.period.quarterOfYear', { quarter: pick.quarter, year: String(pick.year) });
    if (pick?.kind === 'month') return text.monthName(period.key ?? '');
    const { from, to } = pick ? datesOfPick(pick) : period;
    const format = new Intl.DateTimeFormat(text.lang, { dateStyle: 'medium', timeZone: 'UTC' });
    return format.formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));
  };
};

/** What the figures cover, in one line: shown on screen and, above all, on paper. */
export const FilterSummary = ({ report, drill }: { report: IndicatorReport; drill: Drill }) => {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const periodLabel = usePeriodLabel();
  const f = report.filters;
  const parts: [string, string][] = [
    [t('indicators.filters.period'), periodLabel(report.period)],
    [
      t('indicators.filters.country'),
      drill.country ? text.countryName(drill.country.code) : t('indicators.filters.allCountries'),
    ],
    ...(drill.centre ? [[t('indicators.filters.centre'), drill.centre.name] as [string, string]] : []),
    [
      t('indicators.filters.clientGroup'),
      f.clientGroup ? text.valueLabel('client_group', f.clientGroup) : t('indicators.filters.any'),
    ],
    [t('indicators.filters.sex'), f.sex ? text.valueLabel('sex', f.sex) : t('indicators.filters.any')],
  ];
  return (
    <Text size="sm" data-testid="indicators-filter-summary">
      {parts.map(([label, value], i) => (
        <span key={label}>
          {i > 0 ? ' · ' : null}
          <strong>{t('indicators.summary.label', { label })}</strong> <span dir="auto">{value}</span>
        </span>
      ))}
    </Text>
  );
};

type BreadcrumbProps = {
  drill: Drill;
  onAllCountries: () => void;
  onCountry: () => void;
};

/** Where the drill-down stands, with a way back up at each step. */
export const DrillBreadcrumb = ({ drill, onAllCountries, onCountry }: BreadcrumbProps) => {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const steps: { key: string; label: string; onClick?: (() => void) | undefined }[] = [];
  if (drill.canLeaveCountry)
    steps.push({ key: 'all', label: t('indicators.filters.allCountries'), onClick: onAllCountries });
  if (drill.country)
    steps.push({
      key: 'country',
      label: text.countryName(drill.country.code),
      onClick: drill.centre && drill.canLeaveCentre ? onCountry : undefined,
    });
  if (drill.centre) steps.push({ key: 'centre', label: drill.centre.name });
  if (steps.length < 2) return null;
  const last = steps.length - 1;
  return (
    <nav aria-label={t('indicators.drill.breadcrumb')}>
      {/* Centre names are long: the steps wrap rather than widen a phone's page. */}
      <Breadcrumbs
        separator="›"
        separatorMargin={6}
        styles={{ root: { flexWrap: 'wrap', rowGap: 4 }, breadcrumb: { whiteSpace: 'normal', minWidth: 0 } }}
      >
        {steps.map((step, i) =>
          i < last && step.onClick ? (
            <Anchor key={step.key} component="button" type="button" size="sm" onClick={step.onClick}>
              {step.label}
            </Anchor>
          ) : (
            <Text
              key={step.key}
              size="sm"
              fw={i === last ? 700 : 400}
              aria-current={i === last ? 'page' : undefined}
            >
              {step.label}
            </Text>
          ),
        )}
      </Breadcrumbs>
    </nav>
  );
};
