import { Button, Menu } from '@mantine/core';
import type { Client } from '@pathways/contracts';
import {
  IconArrowsExchange,
  IconChevronDown,
  IconGitMerge,
  IconLock,
  IconLockOpen,
} from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/api';
import { DataSubjectMenuItems } from '../data-subject/data-subject-menu-items';
import { EraseClientModal } from '../data-subject/erase-client-modal';
import { CloseCaseModal, ReopenCaseModal } from './close-case-modal';
import { MergeModal } from './merge-modal';
import { TransferModal } from './transfer-modal';

type Dialog = 'close' | 'reopen' | 'transfer' | 'merge' | 'erase' | null;

/** Close, reopen, transfer, merge, export and erase: the changes to the case as a whole. */
export const CaseActionsMenu = ({ client }: { client: Client }) => {
  const { t } = useTranslation();
  const canWrite = useCan('clients.write');
  const canMerge = useCan('clients.merge');
  const [dialog, setDialog] = useState<Dialog>(null);
  const targetRef = useRef<HTMLButtonElement>(null);
  if (!canWrite || client.status === 'merged') return null;
  const isActive = client.status === 'active';
  // The menu item that opened the dialog is gone by now: give focus back to the menu's button.
  const closeDialog = () => {
    setDialog(null);
    window.setTimeout(() => targetRef.current?.focus(), 0);
  };
  return (
    <>
      <Menu position="bottom-end" shadow="md" withinPortal>
        <Menu.Target>
          <Button
            ref={targetRef}
            variant="default"
            rightSection={<IconChevronDown size={16} aria-hidden="true" />}
          >
            {t('casework.actions.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {isActive ? (
            <Menu.Item
              leftSection={<IconLock size={16} aria-hidden="true" />}
              onClick={() => setDialog('close')}
            >
              {t('casework.actions.close')}
            </Menu.Item>
          ) : (
            <Menu.Item
              leftSection={<IconLockOpen size={16} aria-hidden="true" />}
              onClick={() => setDialog('reopen')}
            >
              {t('casework.actions.reopen')}
            </Menu.Item>
          )}
          <Menu.Item
            leftSection={<IconArrowsExchange size={16} aria-hidden="true" />}
            onClick={() => setDialog('transfer')}
          >
            {t('casework.actions.transfer')}
          </Menu.Item>
          {canMerge ? (
            <Menu.Item
              leftSection={<IconGitMerge size={16} aria-hidden="true" />}
              onClick={() => setDialog('merge')}
            >
              {t('casework.actions.merge')}
            </Menu.Item>
          ) : null}
          <DataSubjectMenuItems client={client} onErase={() => setDialog('erase')} />
        </Menu.Dropdown>
      </Menu>
      <CloseCaseModal client={client} opened={dialog === 'close'} onClose={closeDialog} />
      <ReopenCaseModal client={client} opened={dialog === 'reopen'} onClose={closeDialog} />
      <TransferModal client={client} opened={dialog === 'transfer'} onClose={closeDialog} />
      {canMerge ? <MergeModal client={client} opened={dialog === 'merge'} onClose={closeDialog} /> : null}
      <EraseClientModal client={client} opened={dialog === 'erase'} onClose={closeDialog} />
    </>
  );
};
