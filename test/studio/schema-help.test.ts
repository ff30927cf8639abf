import {expect} from '@open-wc/testing';
import {describeAt, keysAt, valuesAt, type SchemaNode} from '../../studio/src/schema-help.js';

describe('studio schema help', () => {
  let schema: SchemaNode;
  before(async () => {
    schema = (await (await fetch('/dist/employer-profile.schema.json')).json()) as SchemaNode;
  });

  it('lists the keys of the profile, required first, with their descriptions', () => {
    const keys = keysAt(schema, []);
    expect(keys.slice(0, 6).every((key) => key.required)).to.be.true;
    expect(keys.map((key) => key.key)).to.include.members(['version', 'employer', 'hero', 'sections', 'modals', 'jobs', 'labels']);
    expect(keys.find((key) => key.key === 'locale')?.description).to.contain('BCP 47');
  });

  it('narrows a block to its type', () => {
    const heading = keysAt(schema, ['sections', '0', 'body', '0'], (depth) => (depth === 4 ? 'list' : undefined));
    expect(heading.map((key) => key.key)).to.have.members(['type', 'ordered', 'items']);
    const any = keysAt(schema, ['sections', '0', 'body', '0']);
    expect(any.map((key) => key.key)).to.include.members(['type', 'items', 'lines', 'src']);
  });

  it('offers fixed values and describes a place', () => {
    expect(valuesAt(schema, ['jobs', 'feed', 'format'])).to.include.members(['auto', 'greenhouse', 'lever']);
    expect(valuesAt(schema, ['hero', 'actions', '0', 'primary'])).to.deep.equal([true, false]);
    expect(describeAt(schema, ['hero', 'headline'])).to.equal('The main heading of the page.');
    expect(describeAt(schema, ['nowhere'])).to.equal(undefined);
  });
});
