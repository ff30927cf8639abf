import {expect} from '@open-wc/testing';
import {faultWords, placeWords} from '../../studio/src/fault-words.js';
import {validateProfile} from '../../src/profile/validate.js';
import {starterProfile} from '../../studio/src/starter.js';
import {setAt} from '../../studio/src/pointer.js';

const faultsOf = (profile: unknown) => {
  const result = validateProfile(profile);
  return result.ok ? [] : result.faults;
};

describe('studio fault words', () => {
  const profile = starterProfile();

  it('names an empty headline the way a recruiter says it', () => {
    const broken = setAt(profile, '/hero/headline', '');
    const result = validateProfile(broken);
    expect(result.ok).to.be.false;
    const faults = result.ok ? [] : result.faults;
    expect(faults.map((fault) => fault.path)).to.deep.equal(['/hero/headline']);
    expect(faultWords(faults[0]!, broken)).to.equal('Hero › Headline is empty');
  });

  it('names list items by number and sections by their title', () => {
    expect(placeWords('/sections/0/body/0/text', profile)).to.equal('Section 1 (About us) › Block 1 › Text');
    expect(placeWords('/employer/shortName', profile)).to.equal('Employer › Short name');
    expect(placeWords('', profile)).to.equal('The profile');
  });

  it('says what is missing, unknown or wrong', () => {
    const missing = setAt(profile, '/hero/headline', undefined);
    const [fault] = faultsOf(missing);
    expect(faultWords(fault!, missing)).to.match(/^Hero.*(is missing|needs “Headline”)$/);
    const unknown = setAt(profile, '/hero/headlne', 'x');
    const [typo] = faultsOf(unknown);
    expect(faultWords(typo!, unknown)).to.contain('check its spelling');
    const colour = setAt(profile, '/theme/colors/primary', 'not a colour!');
    const [bad] = faultsOf(colour);
    expect(faultWords(bad!, colour)).to.equal('Theme › Colours › Primary: expected a CSS colour such as "#1d1d1b" or "rgb(0 0 0)"');
  });
});
