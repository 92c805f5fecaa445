import type { Membership } from '@pathways/contracts';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** "Counsellor · Accra (GH)", "Administrator · All countries". */
export const useMembershipLabel = () => {
  const { t } = useTranslation();
  return useCallback(
    (membership: Pick<Membership, 'role' | 'scopeType' | 'scopeName' | 'countryCode'>) => {
      const role = t(`roles.${membership.role}`);
      const scope =
        membership.scopeType === 'all'
          ? t('scope.all')
          : membership.countryCode && membership.scopeName
            ? t('scope.withCountry', { name: membership.scopeName, country: membership.countryCode })
            : (membership.scopeName ?? membership.countryCode ?? t('scope.unknown'));
      return t('membership.label', { role, scope });
    },
    [t],
  );
};
