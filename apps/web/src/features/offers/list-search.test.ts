import { describe, expect, it } from 'vitest';
import { parseDirectorySearch, parseOfferListSearch } from './list-search';

describe('URL search parameters', () => {
  it('keeps a known country (any case), category, words and page for the directory', () => {
    expect(
      parseDirectorySearch({ country: 'ma', category: 'business_start_up', q: ' couture ', page: '2' }),
    ).toEqual({
      country: 'MA',
      category: 'business_start_up',
      q: 'couture',
      page: 2,
    });
  });

  it('drops what it does not know instead of failing the page', () => {
    expect(
      parseDirectorySearch({ country: 'FR', category: 'cooking', q: '   ', page: '0', name: 'Fatima' }),
    ).toEqual({});
    expect(parseDirectorySearch({ q: 'x'.repeat(300) }).q).toHaveLength(100);
  });

  it('reads the staff list filters, with a partner id only when it is a UUID', () => {
    expect(
      parseOfferListSearch({
        status: 'paused',
        category: 'health',
        partner: '01a21e13-0a60-712d-b12a-edb54dd4e78a',
        page: 3,
      }),
    ).toEqual({
      status: 'paused',
      category: 'health',
      partner: '01a21e13-0a60-712d-b12a-edb54dd4e78a',
      page: 3,
    });
    expect(parseOfferListSearch({ status: 'deleted', partner: "1' OR 1=1" })).toEqual({});
  });
});
