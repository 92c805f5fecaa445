import { Badge } from '@mantine/core';
import { IconCircleCheck, IconCircleOff, IconHeartHandshake } from '@tabler/icons-react';
import type { ReactNode } from 'react';

// Shade 9 (teal) / 8 (grape) / 7 (gray) keep white badge text above 4.5:1. The text says the
// status too, so colour is never the only signal.
const tones = {
  positive: { color: 'teal.9', icon: <IconCircleCheck size={12} aria-hidden="true" /> },
  handover: { color: 'grape.8', icon: <IconHeartHandshake size={12} aria-hidden="true" /> },
  inactive: { color: 'gray.7', icon: <IconCircleOff size={12} aria-hidden="true" /> },
} as const;

type Props = { tone: keyof typeof tones; children: ReactNode };

export const StatusBadge = ({ tone, children }: Props) => (
  <Badge
    variant="filled"
    color={tones[tone].color}
    leftSection={tones[tone].icon}
    radius="sm"
    tt="none"
    styles={{ root: { flexShrink: 0, maxWidth: 'none' }, label: { overflow: 'visible' } }}
  >
    {children}
  </Badge>
);
