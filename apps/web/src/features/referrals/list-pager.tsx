import { Center, Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REFERRALS_PAGE_SIZE } from './api';

type Props = { total: number; page: number; onChange: (page: number) => void };

/** Page links under a referral list, when it has more than one page. */
export const ListPager = ({ total, page, onChange }: Props) => {
  const { t } = useTranslation();
  const pageCount = Math.max(1, Math.ceil(total / REFERRALS_PAGE_SIZE));
  if (pageCount <= 1) return null;
  return (
    <Center>
      <Pagination
        total={pageCount}
        value={page}
        onChange={onChange}
        getControlProps={(control) => ({
          'aria-label':
            control === 'previous'
              ? t('referrals.list.previousPage')
              : control === 'next'
                ? t('referrals.list.nextPage')
                : undefined,
        })}
        getItemProps={(item) => ({ 'aria-label': t('referrals.list.pageN', { page: item }) })}
      />
    </Center>
  );
};
