import type { Centre } from '@pathways/contracts';
import { useMemo } from 'react';
import { useMe } from '../auth/api';
import { useCountries } from '../centres/api';

export type CentreChoice = { id: string; label: string; countryCode: string };

const labelOf = (centre: Centre) => `${centre.name} · ${centre.city}`;

/**
 * The centres where the user may register clients: the centre of a counsellor's or centre
 * manager's membership, every centre of a country manager's country.
 */
export const useCentreChoices = () => {
  const me = useMe();
  const countries = useCountries();
  return useMemo(() => {
    const all = (countries.data ?? []).flatMap((country) => country.centres);
    const nameOf = new Map(all.map((centre) => [centre.id, labelOf(centre)]));
    const choices = new Map<string, CentreChoice>();
    for (const membership of me.memberships) {
      if (membership.role === 'counsellor' || membership.role === 'centre_manager') {
        if (!membership.centreId) continue;
        const centre = all.find((candidate) => candidate.id === membership.centreId);
        choices.set(membership.centreId, {
          id: membership.centreId,
          label: centre ? labelOf(centre) : (membership.scopeName ?? membership.centreId),
          countryCode: centre?.countryCode ?? membership.countryCode ?? '',
        });
      }
      if (membership.role === 'country_manager' && membership.countryCode) {
        for (const centre of all.filter((candidate) => candidate.countryCode === membership.countryCode)) {
          choices.set(centre.id, { id: centre.id, label: labelOf(centre), countryCode: centre.countryCode });
        }
      }
    }
    return {
      choices: [...choices.values()],
      centreName: (centreId: string) => nameOf.get(centreId) ?? null,
      isLoading: countries.isPending,
    };
  }, [me.memberships, countries.data, countries.isPending]);
};
