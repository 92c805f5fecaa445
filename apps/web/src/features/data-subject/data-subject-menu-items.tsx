import { Menu } from '@mantine/core';
import type { Client } from '@pathways/contracts';
import { IconEraser, IconFileDownload, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/api';
import { exportUrl } from './api';

type Props = { client: Client; onErase: () => void };

/** Access request and erasure, in the case actions menu, for those who may. */
export const DataSubjectMenuItems = ({ client, onErase }: Props) => {
  const { t, i18n } = useTranslation();
  const canExport = useCan('clients.export');
  const canErase = useCan('clients.erase');
  if (!canExport && !canErase) return null;
  return (
    <>
      <Menu.Divider />
      {canExport ? (
        <>
          <Menu.Item
            component="a"
            href={exportUrl(client.id, 'json', i18n.language)}
            download
            leftSection={<IconFileDownload size={16} aria-hidden="true" />}
          >
            {t('dataSubject.menu.exportJson')}
          </Menu.Item>
          <Menu.Item
            component="a"
            href={exportUrl(client.id, 'html', i18n.language)}
            target="_blank"
            rel="noopener noreferrer"
            leftSection={<IconPrinter size={16} aria-hidden="true" />}
          >
            {t('dataSubject.menu.exportPrintable')}
          </Menu.Item>
        </>
      ) : null}
      {canErase ? (
        <Menu.Item color="red.9" leftSection={<IconEraser size={16} aria-hidden="true" />} onClick={onErase}>
          {t('dataSubject.menu.erase')}
        </Menu.Item>
      ) : null}
    </>
  );
};
