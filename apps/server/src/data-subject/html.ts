// A very small HTML builder for the printable export: every interpolated value is escaped unless
// it is markup this module built itself, so a name like "<script>" can only ever print as text.

export class Markup {
  constructor(readonly value: string) {}
}

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => entities[c] as string);

type Value = Markup | string | number | null | undefined | false | readonly Value[];

function render(value: Value): string {
  if (value instanceof Markup) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<td>${name}</td>\`` escapes `name`; nested `html` results pass as they are. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Markup(out);
}

/** Text in its own direction (a Latin name inside Arabic text, or the reverse). */
export const isolated = (text: string | null | undefined) => (text ? html`<bdi>${text}</bdi>` : '');

/** A two-column table of label and value; rows without a value are left out. */
export function fieldTable(rows: [string, Value][]) {
  const shown = rows.filter(([, value]) => value !== '' && value !== null && value !== undefined);
  return html`<table class="fields"><tbody>${shown.map(
    ([label, value]) => html`<tr><th scope="row">${label}</th><td>${value}</td></tr>`,
  )}</tbody></table>`;
}

/** A table with a header row; an empty list prints `empty` instead. */
export function listTable(headers: string[], rows: Value[][], empty: string) {
  if (!rows.length) return html`<p class="empty">${empty}</p>`;
  return html`<table class="list"><thead><tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows.map(
    (cells) => html`<tr>${cells.map((c) => html`<td>${c}</td>`)}</tr>`,
  )}</tbody></table>`;
}

/** Multi-line free text, kept as written. */
export const prose = (text: string | null | undefined) =>
  text ? html`<div class="prose" dir="auto">${text}</div>` : '';
