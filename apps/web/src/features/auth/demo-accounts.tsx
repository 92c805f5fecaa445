import { Code, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import type { Meta } from '@pathways/contracts';
import { IconFlask } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './demo-accounts.module.css';

type DemoAccount = NonNullable<Meta['demoAccounts']>[number];
type Props = { accounts: DemoAccount[]; password: string; onPick: (email: string) => void };

const ALL_COUNTRIES = 'all';

export const DemoAccounts = ({ accounts, password, onPick }: Props) => {
  const { t, i18n } = useTranslation();
  const groups = useMemo(() => {
    const regionNames = new Intl.DisplayNames([i18n.language], { type: 'region' });
    const byCountry = new Map<string, DemoAccount[]>();
    for (const account of accounts) {
      const key = account.countryCode ?? ALL_COUNTRIES;
      byCountry.set(key, [...(byCountry.get(key) ?? []), account]);
    }
    return [...byCountry.entries()]
      .map(([code, items]) => ({
        code,
        title: code === ALL_COUNTRIES ? t('login.demoAllCountries') : (regionNames.of(code) ?? code),
        items,
      }))
      .sort((a, b) =>
        a.code === ALL_COUNTRIES ? -1 : b.code === ALL_COUNTRIES ? 1 : a.title.localeCompare(b.title),
      );
  }, [accounts, i18n.language, t]);

  return (
    <Paper component="section" aria-labelledby="demo-title" withBorder p="md" radius="md" bg="indigo.0">
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon variant="filled" size="md" radius="xl" aria-hidden="true">
            <IconFlask size={16} />
          </ThemeIcon>
          <Title order={2} size="h4" id="demo-title">
            {t('login.demoTitle')}
          </Title>
        </Group>
        <Text size="sm">{t('login.demoIntro')}</Text>
        <Text size="sm">
          {t('login.demoPassword')} <Code className="ltr-text">{password}</Code>
        </Text>
        {groups.map((group) => (
          <div key={group.code}>
            <Title order={3} size="h6" mb={4}>
              {group.title}
            </Title>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={4} verticalSpacing={4}>
              {group.items.map((account) => (
                <UnstyledButton
                  key={account.email}
                  className={classes.account}
                  onClick={() => onPick(account.email)}
                >
                  <Text span size="sm" fw={600} display="block">
                    {t(`roles.${account.role}`)}
                  </Text>
                  <Text span size="xs" display="block" className="ltr-text">
                    {account.email}
                  </Text>
                </UnstyledButton>
              ))}
            </SimpleGrid>
          </div>
        ))}
      </Stack>
    </Paper>
  );
};
