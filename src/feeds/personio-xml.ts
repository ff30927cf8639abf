import {parseInert} from '../shared/trusted-types.js';
import {googleEmployment, placeWords, sections, toAtsJobs} from './ats-fields.js';
import {FeedFormatError, type Job} from './job.js';
import {parserMessage} from './indeed-xml.js';
import {employment, entries, joined, notAFeed, text} from './own.js';

/** One `<position>` of a Personio feed: the text of each plain child by tag, its extra offices and its description sections. */
export interface PersonioPosition {
  readonly fields: Readonly<Record<string, string>>;
  readonly offices: readonly string[];
  readonly descriptions: readonly (readonly [name: string, value: string])[];
}

const childText = (parent: Element, tag: string) => [...parent.children].find((child) => child.localName == tag)?.textContent ?? '';

/**
 * Parses a Personio XML feed and returns its `<position>` elements as plain
 * records (CDATA read as text). The only code of the format that needs the
 * DOM (`DOMParser`).
 *
 * @throws FeedFormatError when the text is not well-formed XML, or holds no
 * `<position>` and its root is not `<workzag-jobs>`.
 */
export function readPersonio(xml: string): PersonioPosition[] {
  const doc = parseInert(xml, 'application/xml');
  const error = doc.querySelector('parsererror');
  if (error) throw new FeedFormatError(`not JSON or XML: ${parserMessage(error)}`);
  const positions = [...doc.getElementsByTagName('position')];
  const root = doc.documentElement.localName;
  if (!positions.length && root != 'workzag-jobs') throw notAFeed(`XML with root <${root}>`);
  return positions.map((position) => {
    const children = [...position.children];
    return {
      fields: Object.fromEntries(children.filter((child) => !child.children.length).map((child) => [child.localName, child.textContent!])),
      offices: [...position.getElementsByTagName('additionalOffices')].flatMap((list) => [...list.children].map((office) => office.textContent!)),
      descriptions: [...position.getElementsByTagName('jobDescription')].map((part) => [childText(part, 'name'), childText(part, 'value')] as const),
    };
  });
}

/** Personio's schedules and employment types in words. */
const WORDS: Readonly<Record<string, string>> = {
  'full-time': 'Full-time', 'part-time': 'Part-time', 'full-or-part-time': 'Full- or part-time',
  permanent: 'Permanent', intern: 'Internship', trainee: 'Traineeship', freelance: 'Freelance',
  temporary: 'Temporary', working_student: 'Working student',
};
const words = (value: unknown) => {
  const code = text(value);
  return code && Object.hasOwn(WORDS, code.toLowerCase()) ? WORDS[code.toLowerCase()] : employment(code);
};

/** The careers site a feed URL names (`acme.jobs.personio.de`), also when a pass-through on the host serves it. */
const careersSite = (feedUrl: string | undefined) => /\b([a-z0-9][a-z0-9-]*\.jobs\.personio\.(?:de|com))(?=[/?#]|$)/i.exec(feedUrl ?? '')?.[1];

/**
 * Reads the positions of a Personio XML feed (`<company>.jobs.personio.de/xml`,
 * optionally `?language=en`): `<workzag-jobs><position><id/><subcompany/>
 * <office/><additionalOffices><office/></additionalOffices><department/>
 * <recruitingCategory/><name/><jobDescriptions><jobDescription><name/><value/>
 * </jobDescription></jobDescriptions><employmentType/><seniority/><schedule/>
 * <yearsOfExperience/><occupation/><createdAt/></position></workzag-jobs>`.
 *
 * Each office is a place (a city); the type is the schedule and the
 * employment type in words ("Full-time, Permanent"), and Google's type
 * follows the employment type where it says more than the hours (intern,
 * freelance, temporary), else the schedule; the description joins the
 * headed sections; `subcompany` is the hiring organisation. The feed carries
 * no link: given the feed's URL, each job links to its page on the careers
 * site (`https://acme.jobs.personio.de/job/<id>`, keeping `?language=`).
 * Personio publishes no salary here.
 *
 * @throws FeedFormatError when no position is a job.
 */
export function parsePersonio(positions: PersonioPosition[], feedUrl?: string): Job[] {
  const site = careersSite(feedUrl);
  const language = /[?&]language=([a-z]{2})\b/i.exec(feedUrl ?? '')?.[1];
  return toAtsJobs(
    entries(positions, '/workzag-jobs/position'),
    ({fields, offices, descriptions}: PersonioPosition) => {
      const id = text(fields.id);
      const places = [fields.office, ...offices];
      const kind = text(fields.employmentType)?.toLowerCase();
      return {
        id,
        title: fields.name,
        url: site && id && /^\d+$/.test(id) ? `https://${site}/job/${id}${language ? `?language=${language}` : ''}` : undefined,
        location: placeWords(places.map((office) => [office]), false),
        places: places.map((city) => ({city})),
        department: fields.department,
        type: joined([words(fields.schedule), words(fields.employmentType)]),
        employment: (kind != 'permanent' && googleEmployment(kind)) || googleEmployment(fields.schedule),
        posted: fields.createdAt,
        description: sections(descriptions),
        hiringOrganization: {name: fields.subcompany},
      };
    },
    'name',
  );
}
