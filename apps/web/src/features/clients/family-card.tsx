import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import type { Client } from '@pathways/contracts';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** The client's relatives: linked client files, or just names. */
export const FamilyCard = ({ family }: { family: Client['family'] }) => {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="client-family">
      <Stack gap="sm">
        <Title order={2} size="h4" id="client-family">
          {t('clients.family.title')}
        </Title>
        {family.length === 0 ? (
          <Text size="sm">{t('clients.family.none')}</Text>
        ) : (
          <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {family.map((link, index) => {
              const who = link.name ?? link.relatedCaseCode ?? '—';
              return (
                <Text component="li" size="sm" key={`${link.relation}-${link.relatedClientId ?? index}`}>
                  {t(`clients.relation.${link.relation}`)}
                  {': '}
                  {link.relatedClientId ? (
                    <Anchor
                      size="sm"
                      renderRoot={(props) => (
                        <Link
                          {...props}
                          to="/clients/$clientId"
                          params={{ clientId: link.relatedClientId ?? '' }}
                        />
                      )}
                    >
                      <bdi>{who}</bdi>
                      {link.relatedCaseCode && link.name ? (
                        <>
                          {' '}
                          (<bdi>{link.relatedCaseCode}</bdi>)
                        </>
                      ) : null}
                    </Anchor>
                  ) : (
                    <bdi>{who}</bdi>
                  )}
                </Text>
              );
            })}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
};
