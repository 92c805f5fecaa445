import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconCompass } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/page';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { type RulePackSummary, useRulePacks } from './api';
import { useResultText } from './result-text';

const PackCard = ({ pack }: { pack: RulePackSummary }) => {
  const { t, i18n } = useTranslation();
  const { routeTitle, formatDate } = useResultText();
  const country = useMemo(() => {
    try {
      return (
        new Intl.DisplayNames([i18n.language], { type: 'region' }).of(pack.destination) ?? pack.destination
      );
    } catch {
      return pack.destination;
    }
  }, [i18n.language, pack.destination]);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`pack-${pack.id}`}>
      <Stack gap="xs">
        <Title order={2} size="h3" id={`pack-${pack.id}`}>
          {t('pathways.packs.destination', { country })}
        </Title>
        <Text size="sm">
          {t('pathways.packs.version', { version: pack.version, date: formatDate(pack.publishedOn) })}
        </Text>
        <Table.ScrollContainer minWidth={300}>
          <Table striped withTableBorder fz="sm" verticalSpacing={6}>
            <Table.Caption style={{ textAlign: 'start' }}>
              {t('pathways.packs.routesOf', { version: pack.version })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pathways.packs.route')}</Table.Th>
                <Table.Th>{t('pathways.packs.legalBasis')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pack.routes.map((route) => (
                <Table.Tr key={route.id}>
                  <Table.Th scope="row" fw={500}>
                    {routeTitle(route.id, route.title)}
                  </Table.Th>
                  <Table.Td dir="ltr" style={{ textAlign: 'start' }}>
                    {route.legalBasis}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
};

/** Read-only view of the installed rule packs, for staff with `reference.read`. */
export const RulePacksPage = () => {
  const { t } = useTranslation();
  const packs = useRulePacks();
  return (
    <Page title={t('pathways.packs.title')}>
      <Text>{t('pathways.packs.intro')}</Text>
      <Anchor component={Link} to="/self-check" size="sm">
        <IconCompass size={16} aria-hidden="true" style={{ verticalAlign: 'middle', marginInlineEnd: 4 }} />
        {t('pathways.packs.openSelfCheck')}
      </Anchor>
      {packs.isPending ? <LoadingState /> : null}
      {packs.isError ? <ErrorState onRetry={() => void packs.refetch()} /> : null}
      {packs.isSuccess && packs.data.length === 0 ? <Text>{t('pathways.packs.empty')}</Text> : null}
      {packs.data?.map((pack) => (
        <PackCard key={pack.id} pack={pack} />
      ))}
    </Page>
  );
};
