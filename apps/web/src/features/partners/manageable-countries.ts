import { type Membership, type Permission, rolePermissions } from '@pathways/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/api';
import { useCountries } from '../centres/api';
import { countryNameIn } from '../offers/directory-countries';

/**
 * The countries where the memberships grant a permission: all of them for a role held over all
 * countries, the membership's country for a country role. Centre and partner roles add none here
 * (partners and offers are managed per country).
 */
export const countriesWithPermission = (
  memberships: readonly Pick<Membership, 'role' | 'scopeType' | 'countryCode'>[],
  permission: Permission,
  allCountries: readonly string[],
): string[] => {
  const codes = new Set<string>();
  for (const membership of memberships) {
    if (!rolePermissions[membership.role].includes(permission)) continue;
    if (membership.scopeType === 'all') for (const code of allCountries) codes.add(code);
    if (membership.scopeType === 'country' && membership.countryCode) codes.add(membership.countryCode);
  }
  return allCountries.filter((code) => codes.has(code));
};

/** Country options for a new record, named in the UI language. */
export const useManageableCountries = (permission: Permission) => {
  const { i18n } = useTranslation();
  const me = useMe();
  const countries = useCountries();
  return useMemo(() => {
    const nameOf = countryNameIn(i18n.language);
    const codes = countriesWithPermission(
      me.memberships,
      permission,
      (countries.data ?? []).map((country) => country.code),
    );
    return codes.map((code) => ({ value: code, label: nameOf(code) }));
  }, [me.memberships, permission, countries.data, i18n.language]);
};
