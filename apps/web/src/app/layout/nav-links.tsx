import { NavLink, type NavLinkProps, Stack } from '@mantine/core';
import type { Permission } from '@pathways/contracts';
import {
  IconAddressBook,
  IconBuildingBank,
  IconBuildingCommunity,
  IconCalendarEvent,
  IconChartBar,
  IconChecklist,
  IconCompass,
  IconHome,
  IconInbox,
  IconListDetails,
  IconMapSearch,
  IconScale,
  IconSend,
  IconShieldCheck,
  IconUsers,
} from '@tabler/icons-react';
import { createLink, useRouterState } from '@tanstack/react-router';
import type { ComponentPropsWithRef, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../features/auth/api';

type AnchorNavLinkProps = NavLinkProps & Omit<ComponentPropsWithRef<'a'>, keyof NavLinkProps>;
const AnchorNavLink = (props: AnchorNavLinkProps) => <NavLink component="a" {...props} />;
const RouterNavLink = createLink(AnchorNavLink);

type Item = {
  to:
    | '/'
    | '/caseload'
    | '/clients'
    | '/centres'
    | '/admin/users'
    | '/admin/rule-packs'
    | '/self-check'
    | '/referrals'
    | '/partner/referrals'
    | '/offers'
    | '/partners'
    | '/directory'
    | '/indicators'
    | '/events'
    | '/audit/verify';
  labelKey: string;
  icon: ReactNode;
  permission?: Permission;
};

const items: Item[] = [
  {
    to: '/caseload',
    labelKey: 'nav.caseload',
    icon: <IconChecklist size={18} aria-hidden="true" />,
    permission: 'clients.read',
  },
  { to: '/', labelKey: 'nav.home', icon: <IconHome size={18} aria-hidden="true" /> },
  {
    to: '/clients',
    labelKey: 'nav.clients',
    icon: <IconAddressBook size={18} aria-hidden="true" />,
    permission: 'clients.read',
  },
  {
    to: '/referrals',
    labelKey: 'referrals.nav.referrals',
    icon: <IconSend size={18} aria-hidden="true" />,
    permission: 'referrals.read',
  },
  {
    to: '/partner/referrals',
    labelKey: 'referrals.nav.partnerReferrals',
    icon: <IconInbox size={18} aria-hidden="true" />,
    permission: 'referrals.respond',
  },
  {
    to: '/offers',
    labelKey: 'offers.nav.offers',
    icon: <IconListDetails size={18} aria-hidden="true" />,
    permission: 'offers.read',
  },
  {
    to: '/partners',
    labelKey: 'offers.nav.partners',
    icon: <IconBuildingBank size={18} aria-hidden="true" />,
    permission: 'partners.read',
  },
  {
    to: '/events',
    labelKey: 'events.nav',
    icon: <IconCalendarEvent size={18} aria-hidden="true" />,
    permission: 'events.read',
  },
  {
    to: '/indicators',
    labelKey: 'indicators.nav',
    icon: <IconChartBar size={18} aria-hidden="true" />,
    permission: 'indicators.read',
  },
  {
    to: '/centres',
    labelKey: 'nav.centres',
    icon: <IconBuildingCommunity size={18} aria-hidden="true" />,
    permission: 'reference.read',
  },
  {
    to: '/admin/rule-packs',
    labelKey: 'pathways.nav.rulePacks',
    icon: <IconScale size={18} aria-hidden="true" />,
    permission: 'reference.read',
  },
  {
    to: '/self-check',
    labelKey: 'pathways.nav.selfCheck',
    icon: <IconCompass size={18} aria-hidden="true" />,
  },
  {
    to: '/directory',
    labelKey: 'offers.nav.directory',
    icon: <IconMapSearch size={18} aria-hidden="true" />,
  },
  {
    to: '/admin/users',
    labelKey: 'nav.users',
    icon: <IconUsers size={18} aria-hidden="true" />,
    permission: 'users.manage',
  },
  {
    to: '/audit/verify',
    labelKey: 'audit.nav.verify',
    icon: <IconShieldCheck size={18} aria-hidden="true" />,
    permission: 'audit.verify',
  },
];

export const NavLinks = ({ onNavigate }: { onNavigate: () => void }) => {
  const { t } = useTranslation();
  const { permissions } = useMe();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  return (
    <Stack gap={4}>
      {items
        .filter((item) => !item.permission || permissions.includes(item.permission))
        .map((item) => {
          const isActive = item.to === '/' ? pathname === '/' : pathname.startsWith(item.to);
          return (
            <RouterNavLink
              key={item.to}
              to={item.to}
              label={t(item.labelKey)}
              leftSection={item.icon}
              active={isActive}
              aria-current={isActive ? 'page' : undefined}
              onClick={onNavigate}
            />
          );
        })}
    </Stack>
  );
};
