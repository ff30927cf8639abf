import {expect} from '@open-wc/testing';
import type {JobPlace, Workplace} from '../../src/feeds/job.js';
import {countryCode, placeFrom, placeNames, readLocation, workplaceIn} from '../../src/feeds/place.js';

describe('readLocation', () => {
  const cases: Array<[string | undefined, JobPlace[], Workplace?]> = [
    ['Manchester', [{city: 'Manchester'}]],
    ['Manchester, UK', [{city: 'Manchester', country: 'GB'}]],
    ['Manchester, GB', [{city: 'Manchester', country: 'GB'}]],
    ['Manchester, United Kingdom', [{city: 'Manchester', country: 'GB'}]],
    ['Manchester (hybrid)', [{city: 'Manchester'}], 'hybrid'],
    ['Manchester - Hybrid', [{city: 'Manchester'}], 'hybrid'],
    ['Dublin, Ireland', [{city: 'Dublin', country: 'IE'}]],
    ['Zürich, Schweiz', [{city: 'Zürich', country: 'CH'}]],
    ['10115 Berlin, Deutschland', [{city: 'Berlin', country: 'DE'}]],
    ['Berlin, DE', [{city: 'Berlin', country: 'DE'}]],
    ['San Francisco, CA', [{city: 'San Francisco', region: 'CA', country: 'US'}]],
    ['Austin, TX, USA', [{city: 'Austin', region: 'TX', country: 'US'}]],
    ['Cardiff, Wales', [{city: 'Cardiff', region: 'Wales', country: 'GB'}]],
    ['Salford, Greater Manchester, England', [{city: 'Salford', region: 'Greater Manchester', country: 'GB'}]],
    ['Leeds, LS1', [{city: 'Leeds', region: 'LS1'}]],
    ['Ireland', [{country: 'IE'}]],
    ['Remote', [], 'remote'],
    ['Remote - UK', [{country: 'GB'}], 'remote'],
    ['UK (Remote)', [{country: 'GB'}], 'remote'],
    ['Fully remote', [], 'remote'],
    ['Homeoffice', [], 'remote'],
    ['Hybrid remote', [], 'hybrid'],
    ['Manchester; London', [{city: 'Manchester'}, {city: 'London'}]],
    ['Manchester; Remote', [{city: 'Manchester'}], 'remote'],
    ['Manchester | Leeds / York', [{city: 'Manchester'}, {city: 'Leeds'}, {city: 'York'}]],
    ['Manchester; manchester', [{city: 'Manchester'}]],
    ['City Gate, 51 Mosley Street, Manchester M2 3HQ', [{city: 'Manchester'}]],
    ['Am Wasserturm 12, 12345 Auenfeld', [{city: 'Auenfeld'}]],
    ['Stratford-upon-Avon', [{city: 'Stratford-upon-Avon'}]],
    ['', []],
    [undefined, []],
  ];
  for (const [text, places, workplace] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => {
      expect(readLocation(text)).to.deep.equal(workplace ? {places, workplace} : {places});
    });
  }
});

describe('countryCode', () => {
  const cases: Array<[string | undefined, string | undefined]> = [
    ['UK', 'GB'],
    ['United Kingdom', 'GB'],
    ['gb', 'GB'],
    ['Ireland', 'IE'],
    ['éire', 'IE'],
    ['Deutschland', 'DE'],
    ['Österreich', 'AT'],
    ['oesterreich', undefined],
    ['Narnia', undefined],
    ['LS', undefined],
    [undefined, undefined],
  ];
  for (const [name, code] of cases) it(`${JSON.stringify(name)} → ${code}`, () => expect(countryCode(name)).to.equal(code));
});

describe('workplaceIn', () => {
  const cases: Array<[string, Workplace | undefined]> = [
    ['Remote', 'remote'],
    ['Work from home', 'remote'],
    ['Hybrid', 'hybrid'],
    ['hybride', 'hybrid'],
    ['On-site', 'onsite'],
    ['Remoteville', undefined],
    ['Manchester', undefined],
  ];
  for (const [text, workplace] of cases) it(`${JSON.stringify(text)} → ${workplace}`, () => expect(workplaceIn(text)).to.equal(workplace));
});

describe('placeFrom', () => {
  it('reads parts and schema.org address parts, the country as its code', () => {
    expect(placeFrom({city: ' Manchester ', country: 'United Kingdom'})).to.deep.equal({city: 'Manchester', country: 'GB'});
    expect(placeFrom({addressLocality: 'Dublin', addressRegion: 'Leinster', addressCountry: {name: 'IE'}})).to.deep.equal({
      city: 'Dublin',
      region: 'Leinster',
      country: 'IE',
    });
    expect(placeFrom({country: 'Narnia'})).to.deep.equal({country: 'Narnia'});
    expect(placeFrom({city: 5, region: ''})).to.equal(undefined);
    expect(placeFrom('Manchester')).to.equal(undefined);
  });
});

describe('placeNames', () => {
  const manchester = {city: 'Manchester', region: 'Greater Manchester', country: 'GB'};
  const cases: Array<[JobPlace, string, boolean]> = [
    [manchester, 'manchester', true],
    [manchester, 'MANCHESTER', true],
    [manchester, 'Greater Manchester', true],
    [manchester, 'UK', true],
    [manchester, 'United Kingdom', true],
    [manchester, 'gb', true],
    [manchester, 'Vereinigtes Königreich', true],
    [manchester, 'Manch', false],
    [manchester, 'Ireland', false],
    [{city: 'Zürich'}, 'zurich', true],
    [{city: 'Köln'}, 'KOLN', true],
    [{city: 'Köln'}, '', false],
  ];
  for (const [place, word, expected] of cases) {
    it(`${JSON.stringify(place)} ${expected ? 'names' : 'does not name'} ${JSON.stringify(word)}`, () => {
      expect(placeNames(place, word)).to.equal(expected);
    });
  }

  it('names a country by the name the page gives it', () => {
    const german = (code: string) => new Intl.DisplayNames('de', {type: 'region'}).of(code);
    expect(placeNames({country: 'IE'}, 'Irland', german)).to.equal(true);
    expect(placeNames({country: 'NZ'}, 'neuseeland', german)).to.equal(true);
  });
});
