import { Anchor, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ClientSummary } from '@pathways/contracts';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ClientGroupBadge, ClientStatusBadge } from './client-badges';
import { useClientFormat } from './client-format';

type Props = {
  clients: ClientSummary[];
  caption: string;
  centreName?: ((centreId: string) => string | null) | undefined;
};

const ClientNameLink = ({ client }: { client: ClientSummary }) => (
  <Anchor
    fw={700}
    dir="auto"
    renderRoot={(props) => <Link {...props} to="/clients/$clientId" params={{ clientId: client.id }} />}
  >
    {client.displayName}
  </Anchor>
);

const OriginalName = ({ client }: { client: ClientSummary }) =>
  client.displayNameOriginal ? (
    <Text size="sm" c="dimmed">
      <bdi>{client.displayNameOriginal}</bdi>
    </Text>
  ) : null;

const useBirthYear = () => {
  const { formatYear } = useClientFormat();
  return (client: ClientSummary) => (client.birthYear === null ? '—' : formatYear(client.birthYear));
};

const ClientCards = ({ clients, caption, centreName }: Props) => {
  const { t } = useTranslation();
  const birthYear = useBirthYear();
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={caption}>
      {clients.map((client) => (
        <Paper key={client.id} withBorder p="sm" radius="md" component="li">
          <Stack gap={4}>
            <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
              <div style={{ minWidth: 0 }}>
                <ClientNameLink client={client} />
                <OriginalName client={client} />
              </div>
              <ClientStatusBadge status={client.status} />
            </Group>
            <Text size="sm" className="ltr-text" ff="monospace">
              {client.caseCode}
            </Text>
            <Group gap="xs" wrap="wrap">
              <ClientGroupBadge group={client.group} />
              <Text size="sm">{t('clients.bornValue', { year: birthYear(client) })}</Text>
              <Text size="sm">{t(`clients.sex.${client.sex}`)}</Text>
            </Group>
            {centreName ? (
              <Text size="sm" c="dimmed">
                {centreName(client.centreId)}
              </Text>
            ) : null}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
};

const ClientTable = ({ clients, caption, centreName }: Props) => {
  const { t } = useTranslation();
  const birthYear = useBirthYear();
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={760} type="native">
        <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
          <Table.Caption
            style={{ captionSide: 'top', textAlign: 'start', padding: 'var(--mantine-spacing-sm)' }}
          >
            {caption}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('clients.columns.name')}</Table.Th>
              <Table.Th>{t('clients.columns.caseCode')}</Table.Th>
              <Table.Th>{t('clients.columns.birthYear')}</Table.Th>
              <Table.Th>{t('clients.columns.sex')}</Table.Th>
              <Table.Th>{t('clients.columns.group')}</Table.Th>
              {centreName ? <Table.Th>{t('clients.columns.centre')}</Table.Th> : null}
              <Table.Th>{t('clients.columns.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {clients.map((client) => (
              <Table.Tr key={client.id}>
                <Table.Td>
                  <ClientNameLink client={client} />
                  <OriginalName client={client} />
                </Table.Td>
                <Table.Td className="ltr-text" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {client.caseCode}
                </Table.Td>
                <Table.Td>{birthYear(client)}</Table.Td>
                <Table.Td>{t(`clients.sex.${client.sex}`)}</Table.Td>
                <Table.Td>
                  <ClientGroupBadge group={client.group} />
                </Table.Td>
                {centreName ? <Table.Td>{centreName(client.centreId)}</Table.Td> : null}
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <ClientStatusBadge status={client.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
};

/** A table from the `md` breakpoint up; cards on phones (360 px). */
export const ClientsList = (props: Props) => {
  const isWide = useMediaQuery('(min-width: 62em)') ?? true;
  return isWide ? <ClientTable {...props} /> : <ClientCards {...props} />;
};
