import {expect} from '@open-wc/testing';
import {failure} from '../helpers.js';
import type {Job} from '../../src/feeds/job.js';
import {parsePersonio, readPersonio} from '../../src/feeds/personio-xml.js';

const FEED = 'https://alpenblick.jobs.personio.de/xml?language=de';
/** A Personio feed of one position with `children` (XML). */
const feed = (children: string) => `<workzag-jobs><position><id>7</id><name>Engineer</name>${children}</position></workzag-jobs>`;

describe('parsePersonio', () => {
  let jobs: Job[];
  before(async () => {
    jobs = parsePersonio(readPersonio(await (await fetch('/test/fixtures/feeds/personio.xml')).text()), FEED);
  });

  it('reads a position: its offices as places, schedule and type in words, headed sections, a link to its page', () => {
    expect(jobs[0]).to.deep.equal({
      id: '1520934',
      title: 'Senior Frontend Engineer (m/w/d)',
      url: 'https://alpenblick.jobs.personio.de/job/1520934?language=de',
      location: 'München; Berlin; Wien',
      places: [{city: 'München'}, {city: 'Berlin'}, {city: 'Wien'}],
      department: 'Engineering',
      type: 'Full-time, Permanent',
      employment: 'FULL_TIME',
      posted: '2026-01-07',
      description:
        '<h3>Deine Aufgaben</h3><ul><li>Du entwickelst unsere Web-App &amp; Komponenten</li><li>Du arbeitest eng mit Design zusammen</li></ul>' +
        '<h3>Dein Profil</h3><p>Erfahrung mit TypeScript &ndash; gern auch Lit.</p>',
      hiringOrganization: {name: 'Alpenblick Software GmbH'},
    });
  });

  it('reads entities in text as text, a working student as an intern, and a bare position', () => {
    expect(jobs[1]).to.deep.include({title: 'Werkstudent People & Culture', department: 'People & Culture', type: 'Part-time, Working student', employment: 'INTERN'});
    expect(jobs[2]).to.deep.equal({
      id: '1520936',
      title: 'Freelance Illustrator',
      url: 'https://alpenblick.jobs.personio.de/job/1520936?language=de',
      type: 'Full- or part-time, Freelance',
      employment: 'CONTRACTOR',
    });
    expect(JSON.stringify(jobs)).not.to.match(/undefined|NaN|null/);
  });

  const links: [string, string | undefined, string | undefined][] = [
    ['no feed URL', undefined, undefined],
    ['the .com site', 'https://acme.jobs.personio.com/xml', 'https://acme.jobs.personio.com/job/7'],
    ['a pass-through on the host', '/ats/acme.jobs.personio.de/xml', 'https://acme.jobs.personio.de/job/7'],
    ['another site', 'https://jobs.example.com/personio.xml', undefined],
  ];
  for (const [name, feedUrl, url] of links) {
    it(`links a job given ${name}`, () => {
      expect(parsePersonio(readPersonio(feed('')), feedUrl)[0]!.url).to.equal(url);
    });
  }

  it('reads an empty feed as no jobs; names what it found in other XML and faults in broken XML', async () => {
    expect(parsePersonio(readPersonio(await (await fetch('/test/fixtures/feeds/personio-empty.xml')).text()))).to.deep.equal([]);
    expect(failure(() => readPersonio('<rss/>')).message).to.match(/found XML with root <rss>$/);
    expect(failure(() => readPersonio('<workzag-jobs><position>')).message).to.match(/^not JSON or XML: /);
    expect(failure(() => parsePersonio(readPersonio(feed('').replace('<name>Engineer</name>', '')))).message).to.equal('/workzag-jobs/position/0/name: expected a string');
  });
});
