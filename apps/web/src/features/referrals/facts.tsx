import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A description list: term and value pairs, read as such by screen readers. */
export const Facts = ({ children }: { children: ReactNode }) => (
  <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" m={0}>
    {children}
  </SimpleGrid>
);

export const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <Text component="dt" size="xs" c="dimmed" fw={600}>
      {label}
    </Text>
    <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-wrap' }}>
      {children}
    </Text>
  </div>
);
