import { Group, Paper, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = { label: string; value: string; icon: ReactNode; emptyText?: string | undefined };

export const StatCard = ({ label, value, icon, emptyText }: Props) => (
  <Paper withBorder p="md" radius="md">
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <div>
        <Text size="sm" c="dimmed" fw={600}>
          {label}
        </Text>
        <Text fz={28} fw={700} lh={1.2} mt={4}>
          {value}
        </Text>
        {emptyText ? (
          <Text size="sm" c="dimmed" mt={4}>
            {emptyText}
          </Text>
        ) : null}
      </div>
      <ThemeIcon variant="light" size="lg" radius="md" aria-hidden="true">
        {icon}
      </ThemeIcon>
    </Group>
  </Paper>
);
