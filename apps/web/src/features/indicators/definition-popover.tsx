import { ActionIcon, Popover, Text } from '@mantine/core';
import type { IndicatorId } from '@pathways/contracts';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useIndicatorText } from './labels';

/** The written definition of an indicator (from @pathways/domain), one click or tap away. */
export const DefinitionPopover = ({ indicator }: { indicator: IndicatorId }) => {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const name = text.indicatorName(indicator);
  return (
    <Popover width={320} position="bottom" withArrow shadow="md">
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="indigo.8"
          size="sm"
          aria-label={t('indicators.definition.show', { name })}
          className="indicators-no-print"
        >
          <IconInfoCircle size={16} aria-hidden="true" />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="sm" fw={700}>
          {name}
        </Text>
        <Text size="sm" mt={4}>
          {text.indicatorDefinition(indicator)}
        </Text>
      </Popover.Dropdown>
    </Popover>
  );
};
