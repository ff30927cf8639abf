import {expect} from '@open-wc/testing';
import type {Salary} from '../../src/feeds/job.js';
import {formatPostedDate, formatSalary, type PeriodLabels} from '../../src/feeds/salary.js';
import {DEFAULT_LABELS} from '../../src/profile/labels.js';

const fr: PeriodLabels = {perYear: 'par an', perMonth: 'par mois', perWeek: 'par semaine', perDay: 'par jour', perHour: 'de l’heure'};
const de: PeriodLabels = {perYear: 'pro Jahr', perMonth: 'pro Monat', perWeek: 'pro Woche', perDay: 'pro Tag', perHour: 'pro Stunde'};
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('formatSalary', () => {
  const range = {min: 35000, max: 42000, period: 'year'} as const;
  const cases: [string, Salary | undefined, string, PeriodLabels, string][] = [
    ['a yearly range', {...range, currency: 'GBP'}, 'en-GB', DEFAULT_LABELS, '£35,000 – £42,000 a year'],
    ['a yearly range in dollars', {...range, currency: 'USD'}, 'en-US', DEFAULT_LABELS, '$35,000 – $42,000 a year'],
    ['a yearly range in euros', {...range, currency: 'EUR'}, 'en-GB', DEFAULT_LABELS, '€35,000 – €42,000 a year'],
    ['a yearly range in French', {...range, currency: 'EUR'}, 'fr-FR', fr, `35${NNBSP}000${NBSP}€ – 42${NNBSP}000${NBSP}€ par an`],
    ['pounds in French', {...range, currency: 'GBP'}, 'fr-FR', fr, `35${NNBSP}000${NBSP}£GB – 42${NNBSP}000${NBSP}£GB par an`],
    ['a yearly range in German', {...range, currency: 'EUR'}, 'de-DE', de, `35.000${NBSP}€ – 42.000${NBSP}€ pro Jahr`],
    ['an hourly rate', {min: 12.5, currency: 'GBP', period: 'hour'}, 'en-GB', DEFAULT_LABELS, '£12.50 an hour'],
    ['an hourly range, one part whole', {min: 12, max: 12.5, currency: 'GBP', period: 'hour'}, 'en-GB', DEFAULT_LABELS, '£12.00 – £12.50 an hour'],
    ['an hourly rate in dollars', {min: 18.75, max: 18.75, currency: 'USD', period: 'hour'}, 'en-US', DEFAULT_LABELS, '$18.75 an hour'],
    ['an hourly rate in German', {min: 12.5, currency: 'EUR', period: 'hour'}, 'de-DE', de, `12,50${NBSP}€ pro Stunde`],
    ['an hourly rate in French', {min: 12.5, currency: 'EUR', period: 'hour'}, 'fr-FR', fr, `12,50${NBSP}€ de l’heure`],
    ['a day rate', {min: 450, currency: 'GBP', period: 'day'}, 'en-GB', DEFAULT_LABELS, '£450 a day'],
    ['a weekly wage', {max: 600, currency: 'GBP', period: 'week'}, 'en-GB', DEFAULT_LABELS, '£600 a week'],
    ['a monthly salary in German', {min: 3500, currency: 'EUR', period: 'month'}, 'de-DE', de, `3.500${NBSP}€ pro Monat`],
    ['a minimum only', {min: 35000, currency: 'GBP', period: 'year'}, 'en-GB', DEFAULT_LABELS, '£35,000 a year'],
    ['a maximum only', {max: 42000, currency: 'GBP', period: 'year'}, 'en-GB', DEFAULT_LABELS, '£42,000 a year'],
    ['equal ends', {min: 42000, max: 42000, currency: 'GBP', period: 'year'}, 'en-GB', DEFAULT_LABELS, '£42,000 a year'],
    ['ends the wrong way round', {min: 42000, max: 35000, currency: 'GBP'}, 'en-GB', DEFAULT_LABELS, '£35,000 – £42,000'],
    ['no period', {min: 35000, max: 42000, currency: 'GBP'}, 'en-GB', DEFAULT_LABELS, '£35,000 – £42,000'],
    ['no currency', {...range}, 'en-GB', DEFAULT_LABELS, '35,000 – 42,000 a year'],
    ['no currency in German', {...range}, 'de-DE', de, '35.000 – 42.000 pro Jahr'],
    ['no currency, pence', {min: 9.5, period: 'hour'}, 'en-GB', DEFAULT_LABELS, '9.50 an hour'],
    ['an invalid currency code', {...range, currency: 'POUNDS'}, 'en-GB', DEFAULT_LABELS, '35,000 – 42,000 a year'],
    ['an unknown period', {min: 35000, currency: 'GBP', period: 'fortnight' as 'year'}, 'en-GB', DEFAULT_LABELS, '£35,000'],
    ['no numbers', {currency: 'GBP', period: 'year'}, 'en-GB', DEFAULT_LABELS, ''],
    ['numbers that are not numbers', {min: NaN, max: Infinity, currency: 'GBP'}, 'en-GB', DEFAULT_LABELS, ''],
    ['numbers as strings', {min: '35000' as unknown as number, currency: 'GBP'}, 'en-GB', DEFAULT_LABELS, ''],
    ['no salary', undefined, 'en-GB', DEFAULT_LABELS, ''],
  ];
  for (const [name, salary, locale, labels, text] of cases) {
    it(`formats ${name} (${locale})`, () => expect(formatSalary(salary, locale, labels)).to.equal(text));
  }

  it('falls back to the default locale for an invalid one', () => {
    const salary = {...range, currency: 'GBP'};
    const pound = new Intl.NumberFormat(undefined, {style: 'currency', currency: 'GBP', maximumFractionDigits: 0});
    const text = `${pound.format(35000)} – ${pound.format(42000)} a year`;
    expect(formatSalary(salary, 'en_GB', DEFAULT_LABELS)).to.equal(text);
    expect(formatSalary(salary, '', DEFAULT_LABELS)).to.equal(text);
  });

  it('never writes undefined or NaN', () => {
    const odd: Salary[] = [{}, {min: 1}, {max: 1, period: 'hour'}, {currency: 'GBP'}, {min: 0, currency: 'XX'}];
    for (const salary of odd) expect(formatSalary(salary, 'en-GB', DEFAULT_LABELS)).not.to.match(/undefined|NaN/);
    expect(formatSalary({min: 0, currency: 'GBP'}, 'en-GB', DEFAULT_LABELS)).to.equal('£0');
  });
});

describe('formatPostedDate', () => {
  const cases: [string, string, string][] = [
    ['2026-01-10', 'en-GB', '10 Jan 2026'],
    ['2026-01-10', 'en-US', 'Jan 10, 2026'],
    ['2026-01-10', 'fr-FR', '10 janv. 2026'],
    ['2026-01-10', 'de-DE', '10.01.2026'],
    ['2025-12-31', 'en-GB', '31 Dec 2025'],
    ['not a date', 'en-GB', ''],
    ['', 'en-GB', ''],
  ];
  for (const [iso, locale, text] of cases) {
    it(`formats ${JSON.stringify(iso)} in ${locale}`, () => expect(formatPostedDate(iso, locale)).to.equal(text));
  }

  it('falls back to the default locale for an invalid one', () => {
    const text = new Intl.DateTimeFormat(undefined, {dateStyle: 'medium', timeZone: 'UTC'}).format(new Date('2026-01-10'));
    expect(formatPostedDate('2026-01-10', 'en_GB')).to.equal(text);
  });
});
