import { describe, expect, it } from 'vitest';
import { foldedOptionsFilter } from './folded-filter';

const options = [
  { value: '7411', label: '7411 – Électriciens du bâtiment' },
  { value: '7212', label: '7212 – الحدادون واللحّامون' },
  { value: '7522', label: '7522 – Ébénistes, menuisiers et assimilés' },
];
const labels = (search: string) =>
  foldedOptionsFilter({ options, search, limit: 10 }).map((o) => ('value' in o ? o.value : ''));

describe('foldedOptionsFilter', () => {
  it('matches without accents, case or Arabic marks, word by word', () => {
    expect(labels('electriciens')).toEqual(['7411']);
    expect(labels('EBENISTE menuis')).toEqual(['7522']);
    expect(labels('اللحامون')).toEqual(['7212']);
    expect(labels('75')).toEqual(['7522']);
  });

  it('needs every word and keeps to the limit', () => {
    expect(labels('ebenistes electriciens')).toEqual([]);
    expect(foldedOptionsFilter({ options, search: '', limit: 2 })).toHaveLength(2);
  });
});
