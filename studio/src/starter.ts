/**
 * The blank starter: the smallest profile that validates, with placeholder
 * text that tells the recruiter what goes where.
 */
import type {Json} from './pointer.js';

/** A new profile: one section, one modal, a jobs listing; every required part present. */
export function starterProfile(): Json {
  return {
    version: 1,
    locale: 'en-GB',
    employer: {name: 'Your employer', shortName: 'Employer'},
    theme: {
      colors: {primary: '#1f4e79', onPrimary: '#ffffff', text: '#1d1d1b', background: '#ffffff', surface: '#f3f6f9'},
    },
    hero: {
      headline: 'Careers at Your employer',
      intro: 'One or two sentences on why people like working here.',
      actions: [{text: 'See the jobs', href: '#jobs', primary: true}],
    },
    sections: [
      {
        id: 'about-us',
        title: 'About us',
        body: [{type: 'paragraph', text: 'Who you are, what you do and who you are looking for.'}],
      },
    ],
    modals: [
      {
        id: 'benefits',
        button: 'Benefits',
        title: 'Our benefits',
        body: [{type: 'list', items: ['Pension', 'Flexible hours']}],
      },
    ],
    jobs: {
      title: 'Latest jobs',
      empty: 'No job found',
      columns: [
        {key: 'title', label: 'Title'},
        {key: 'location', label: 'Location'},
        {key: 'salary', label: 'Salary'},
      ],
    },
  };
}
