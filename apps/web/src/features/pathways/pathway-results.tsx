import { Stack, Text, Title } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathwayEvaluation, RouteStatus } from './api';
import { useResultText } from './result-text';
import { RouteResultCard } from './route-result-card';

const ORDER: Record<RouteStatus, number> = { eligible: 0, possibly_eligible: 1, not_eligible: 2 };

/** Eligible first, then possibly, then not; the pack's own order within each group. */
export const sortRoutes = (routes: PathwayEvaluation['routes']) =>
  routes
    .map((route, index) => ({ route, index }))
    .sort((a, b) => ORDER[a.route.status] - ORDER[b.route.status] || a.index - b.index)
    .map(({ route }) => route);

type Props = {
  evaluation: PathwayEvaluation;
  headingRef?: Ref<HTMLHeadingElement>;
  headingOrder?: 2 | 3;
  title?: string;
};

export const PathwayResults = ({ evaluation, headingRef, headingOrder = 2, title }: Props) => {
  const { t } = useTranslation();
  const { formatDate } = useResultText();
  const counts = (status: RouteStatus) => evaluation.routes.filter((route) => route.status === status).length;
  return (
    <Stack gap="sm">
      <Title
        order={headingOrder}
        size={headingOrder === 2 ? 'h3' : 'h4'}
        ref={headingRef}
        tabIndex={-1}
        style={{ outlineOffset: 4 }}
      >
        {title ?? t('pathways.results.title')}
      </Title>
      <Text size="sm">
        {t('pathways.results.summary', {
          eligible: counts('eligible'),
          possibly: counts('possibly_eligible'),
          notEligible: counts('not_eligible'),
        })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('pathways.results.evaluatedOn', {
          date: formatDate(evaluation.evaluatedOn),
          version: evaluation.packVersion,
        })}
      </Text>
      <Stack gap="sm" component="div">
        {sortRoutes(evaluation.routes).map((route) => (
          <RouteResultCard key={route.routeId} route={route} headingOrder={headingOrder === 2 ? 3 : 4} />
        ))}
      </Stack>
    </Stack>
  );
};
