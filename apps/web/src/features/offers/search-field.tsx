import { TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';

type Props = Omit<TextInputProps, 'value' | 'onChange'> & {
  /** The words in the URL. */
  value: string | undefined;
  onSearch: (words: string | undefined) => void;
};

/** A search box that writes its words to the URL once typing pauses. */
export const SearchField = ({ value, onSearch, ...inputProps }: Props) => {
  const [text, setText] = useState(value ?? '');
  const push = useDebouncedCallback((next: string) => onSearch(next.trim() || undefined), 350);

  // The URL changed under the field (back button, "clear the filters"): follow it, unless the
  // person is still typing (their words are about to be written).
  useEffect(() => {
    if (!push.isPending()) setText((current) => (current.trim() === (value ?? '') ? current : (value ?? '')));
  }, [value, push]);

  return (
    <TextInput
      leftSection={<IconSearch size={16} aria-hidden="true" />}
      type="search"
      autoComplete="off"
      dir="auto"
      {...inputProps}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        push(event.currentTarget.value);
      }}
    />
  );
};
