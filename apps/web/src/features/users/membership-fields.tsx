import { Button, Fieldset, Group, Select, Stack, Text } from '@mantine/core';
import { type Country, type PartnerOrganisation, type Role, roles } from '@pathways/contracts';
import { IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { scopeFieldOfRole } from './form-errors';

export type MembershipDraft = {
  key: string;
  role: Role | null;
  countryCode: string | null;
  centreId: string | null;
  partnerOrganisationId: string | null;
};

type Props = {
  index: number;
  draft: MembershipDraft;
  countries: Country[];
  partners: PartnerOrganisation[];
  errors: Record<string, string>;
  canRemove: boolean;
  onChange: (draft: MembershipDraft) => void;
  onRemove: () => void;
};

const isRole = (value: string | null): value is Role => roles.some((role) => role === value);

export const MembershipFields = ({
  index,
  draft,
  countries,
  partners,
  errors,
  canRemove,
  onChange,
  onRemove,
}: Props) => {
  const { t } = useTranslation();
  const prefix = `memberships.${index}`;
  const scopeField = draft.role ? scopeFieldOfRole(draft.role) : null;

  const roleOptions = useMemo(() => roles.map((role) => ({ value: role, label: t(`roles.${role}`) })), [t]);
  const countryOptions = useMemo(
    () => countries.map((country) => ({ value: country.code, label: `${country.name} (${country.code})` })),
    [countries],
  );
  const centreOptions = useMemo(
    () =>
      countries
        .filter((country) => country.centres.length > 0)
        .map((country) => ({
          group: country.name,
          items: country.centres.map((centre) => ({
            value: centre.id,
            label: `${centre.name} · ${centre.city}`,
          })),
        })),
    [countries],
  );
  const partnerOptions = useMemo(() => {
    const nameOf = new Map(countries.map((country) => [country.code, country.name]));
    const groups = new Map<string, { value: string; label: string }[]>();
    for (const partner of partners) {
      const group = nameOf.get(partner.countryCode) ?? partner.countryCode;
      groups.set(group, [...(groups.get(group) ?? []), { value: partner.id, label: partner.name }]);
    }
    return [...groups.entries()].map(([group, items]) => ({ group, items }));
  }, [countries, partners]);

  const changeRole = (value: string | null) =>
    onChange({
      ...draft,
      role: isRole(value) ? value : null,
      countryCode: null,
      centreId: null,
      partnerOrganisationId: null,
    });

  const commonScopeProps = {
    searchable: true,
    nothingFoundMessage: t('common.nothingFound'),
    withAsterisk: true,
  };

  return (
    <Fieldset legend={t('users.form.membershipN', { index: index + 1 })} p="sm" radius="md">
      <Stack gap="xs">
        <Select
          label={t('users.form.role')}
          placeholder={t('users.form.chooseRole')}
          data={roleOptions}
          value={draft.role}
          onChange={changeRole}
          error={errors[`${prefix}.role`]}
          withAsterisk
        />
        {scopeField === 'countryCode' ? (
          <Select
            {...commonScopeProps}
            label={t('users.form.country')}
            placeholder={t('users.form.chooseCountry')}
            data={countryOptions}
            value={draft.countryCode}
            onChange={(value) => onChange({ ...draft, countryCode: value })}
            error={errors[`${prefix}.countryCode`]}
          />
        ) : null}
        {scopeField === 'centreId' ? (
          <Select
            {...commonScopeProps}
            label={t('users.form.centre')}
            placeholder={t('users.form.chooseCentre')}
            data={centreOptions}
            value={draft.centreId}
            onChange={(value) => onChange({ ...draft, centreId: value })}
            error={errors[`${prefix}.centreId`]}
          />
        ) : null}
        {scopeField === 'partnerOrganisationId' ? (
          <Select
            {...commonScopeProps}
            label={t('users.form.partnerOrganisation')}
            placeholder={t('users.form.choosePartner')}
            data={partnerOptions}
            value={draft.partnerOrganisationId}
            onChange={(value) => onChange({ ...draft, partnerOrganisationId: value })}
            error={errors[`${prefix}.partnerOrganisationId`]}
          />
        ) : null}
        {draft.role && !scopeField ? (
          <Text size="sm" c="dimmed">
            {t('users.form.allScope')}
          </Text>
        ) : null}
        {canRemove ? (
          <Group justify="flex-end">
            <Button
              variant="subtle"
              color="red"
              size="xs"
              leftSection={<IconTrash size={14} aria-hidden="true" />}
              onClick={onRemove}
            >
              {t('users.form.removeMembership', { index: index + 1 })}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Fieldset>
  );
};
