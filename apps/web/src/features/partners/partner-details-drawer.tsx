import { Anchor, Badge, Button, Drawer, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Agreement, PartnerDetail } from '@pathways/contracts';
import { IconFilePlus, IconMail, IconPencil, IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { useCan } from '../auth/api';
import { countryNameIn } from '../offers/directory-countries';
import { formatIsoDate } from '../offers/offer-format';
import { type AgreementState, agreementStateOn, sortAgreements } from './agreement-status';
import { ReferralBadge } from './referral-badge';

const stateColours: Record<AgreementState, string> = {
  covers_referrals: 'teal.9',
  other_purposes: 'indigo.9',
  not_yet_signed: 'gray.7',
  expired: 'gray.7',
};

const todayIso = () => new Date().toISOString().slice(0, 10);

const AgreementItem = ({ agreement }: { agreement: Agreement }) => {
  const { t, i18n } = useTranslation();
  const { formatList } = useFormatters();
  const state = agreementStateOn(agreement, todayIso());
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600}>
            {t('offers.partners.agreement.period', {
              signed: formatIsoDate(agreement.signedOn, i18n.language),
              expires: formatIsoDate(agreement.expiresOn, i18n.language),
            })}
          </Text>
          <Badge variant="filled" color={stateColours[state]} radius="sm" tt="none">
            {t(`offers.partners.agreementState.${state}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {t('offers.partners.agreement.purposesValue', {
            purposes: formatList(
              agreement.purposes.map((purpose) => t(`offers.partners.purpose.${purpose}`)),
            ),
          })}
        </Text>
        {agreement.reference ? (
          <Text size="sm" c="gray.7" dir="auto">
            {t('offers.partners.agreement.referenceValue', { reference: agreement.reference })}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
};

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Stack gap="xs" component="section">
    <Title order={3} size="h5">
      {title}
    </Title>
    {children}
  </Stack>
);

type Props = {
  partner: PartnerDetail | null;
  onClose: () => void;
  onEdit: () => void;
  onAddAgreement: () => void;
};

export const PartnerDetailsDrawer = ({ partner, onClose, onEdit, onAddAgreement }: Props) => {
  const { t, i18n } = useTranslation();
  const canManage = useCan('partners.manage');
  const isMobile = useMediaQuery('(max-width: 47.99em)') ?? false;
  const listStyle = { listStyle: 'none', padding: 0, margin: 0 };
  return (
    <Drawer
      opened={partner !== null}
      onClose={onClose}
      position={i18n.dir() === 'rtl' ? 'left' : 'right'}
      size={isMobile ? '100%' : 'lg'}
      title={partner?.name ?? ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {partner ? (
        <Stack gap="lg">
          <Stack gap={6}>
            <Group gap="xs">
              <ReferralBadge partner={partner} />
            </Group>
            <Text size="sm">
              {t(`offers.partnerType.${partner.type}`)} · {countryNameIn(i18n.language)(partner.countryCode)}
            </Text>
            {partner.website ? (
              <Anchor href={partner.website} target="_blank" rel="noreferrer" size="sm" className="ltr-text">
                {partner.website}
              </Anchor>
            ) : null}
            {partner.description ? (
              <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-line' }}>
                {partner.description}
              </Text>
            ) : null}
          </Stack>
          {canManage ? (
            <Group gap="sm">
              <Button
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden="true" />}
                onClick={onEdit}
              >
                {t('offers.partners.edit')}
              </Button>
              <Button
                variant="light"
                leftSection={<IconFilePlus size={16} aria-hidden="true" />}
                onClick={onAddAgreement}
              >
                {t('offers.partners.addAgreement')}
              </Button>
            </Group>
          ) : null}
          <Section title={t('offers.partners.contacts')}>
            {partner.contacts.length === 0 ? (
              <Text size="sm" c="gray.7">
                {t('offers.partners.noContacts')}
              </Text>
            ) : (
              <Stack component="ul" gap="xs" style={listStyle}>
                {partner.contacts.map((contact) => (
                  <Paper
                    component="li"
                    key={`${contact.name}|${contact.email ?? ''}|${contact.phone ?? ''}`}
                    withBorder
                    radius="md"
                    p="sm"
                  >
                    <Stack gap={2}>
                      <Text size="sm" fw={600} dir="auto">
                        {contact.name}
                      </Text>
                      {contact.role ? (
                        <Text size="sm" c="gray.7" dir="auto">
                          {contact.role}
                        </Text>
                      ) : null}
                      {contact.email ? (
                        <Group gap={6} wrap="nowrap">
                          <IconMail size={14} aria-hidden="true" />
                          <Anchor href={`mailto:${contact.email}`} size="sm" className="ltr-text">
                            {contact.email}
                          </Anchor>
                        </Group>
                      ) : null}
                      {contact.phone ? (
                        <Group gap={6} wrap="nowrap">
                          <IconPhone size={14} aria-hidden="true" />
                          <Anchor href={`tel:${contact.phone}`} size="sm" className="ltr-text">
                            {contact.phone}
                          </Anchor>
                        </Group>
                      ) : null}
                    </Stack>
                  </Paper>
                ))}
              </Stack>
            )}
          </Section>
          <Section title={t('offers.partners.agreements')}>
            {partner.agreements.length === 0 ? (
              <Text size="sm" c="gray.7">
                {t('offers.partners.noAgreements')}
              </Text>
            ) : (
              <Stack component="ul" gap="xs" style={listStyle}>
                {sortAgreements(partner.agreements).map((agreement) => (
                  <AgreementItem key={agreement.id} agreement={agreement} />
                ))}
              </Stack>
            )}
          </Section>
        </Stack>
      ) : null}
    </Drawer>
  );
};
