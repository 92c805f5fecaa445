import { Badge, Paper, Stack, Text } from '@mantine/core';
import type { AuditChainVerdict } from '@pathways/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { StatusBadge } from '../../ui/status-badge';

type Props = { verdict: AuditChainVerdict; countryName: string | undefined };

const useChainName = () => {
  const { t } = useTranslation();
  return (chain: string, countryName: string | undefined) => {
    if (chain === 'global') return t('audit.verify.chainGlobal');
    if (chain === 'legacy') return t('audit.verify.chainLegacy');
    return countryName ? t('audit.verify.chainCountry', { country: countryName, code: chain }) : chain;
  };
};

/** One chain's verdict: intact with how far it is signed, or the first broken event and why. */
export const ChainCard = ({ verdict, countryName }: Props) => {
  const { t } = useTranslation();
  const { formatNumber, formatDateTime } = useFormatters();
  const chainName = useChainName();
  const broken = verdict.firstBroken;
  return (
    <Paper withBorder p="md" radius="md" component="li">
      <Stack gap={6}>
        <Text fw={700} component="h2" fz="md" m={0}>
          {chainName(verdict.chain, countryName)}
        </Text>
        {broken ? (
          <Badge
            color="red.9"
            variant="filled"
            radius="sm"
            tt="none"
            leftSection={<IconAlertTriangle size={12} aria-hidden="true" />}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('audit.verify.broken')}
          </Badge>
        ) : (
          <span>
            <StatusBadge tone="positive">{t('audit.verify.intact')}</StatusBadge>
          </span>
        )}
        <Text size="sm">{t('audit.verify.checked', { count: verdict.checked })}</Text>
        <Text size="sm">
          {verdict.signedChainSeq === null || verdict.signedAt === null
            ? t('audit.verify.notSignedYet')
            : t('audit.verify.signedUpTo', {
                position: formatNumber(verdict.signedChainSeq),
                date: formatDateTime(verdict.signedAt),
              })}
        </Text>
        {verdict.unsigned > 0 ? (
          <Text size="sm" c="dimmed">
            {t('audit.verify.unsigned', { count: verdict.unsigned })}
          </Text>
        ) : null}
        {broken ? (
          <Stack gap={2}>
            <Text size="sm" fw={700}>
              {broken.seq === null
                ? t('audit.verify.brokenGone', { position: formatNumber(broken.chainSeq) })
                : t('audit.verify.brokenAt', {
                    event: formatNumber(broken.seq),
                    position: formatNumber(broken.chainSeq),
                  })}
            </Text>
            <Text size="sm">{t(`audit.verify.reasons.${broken.reason}`)}</Text>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
};
