import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type Item = { label: string; value: ReactNode; isLtr?: boolean; dir?: 'auto' };

/** A titled card of label/value pairs, as a description list. */
export const ProfileCard = ({ id, title, items }: { id: string; title: string; items: Item[] }) => (
  <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id}>
    <Stack gap="sm">
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" component="dl" style={{ margin: 0 }}>
        {items.map((item) => (
          <div key={item.label}>
            <Text component="dt" size="sm" c="dimmed" fw={600}>
              {item.label}
            </Text>
            <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
              {/* Isolated inline, so a Latin name or a phone keeps its order yet aligns with the page. */}
              {item.isLtr ? (
                <span className="ltr-text">{item.value ?? '—'}</span>
              ) : item.dir ? (
                <bdi>{item.value ?? '—'}</bdi>
              ) : (
                (item.value ?? '—')
              )}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Stack>
  </Paper>
);
