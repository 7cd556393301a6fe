import { describe, expect, it } from 'vitest';

import type { Concerns } from '../data/schemas/concerns';
import { getConcernsDetail } from './concerns';
import { legalAnchor, relatedLegal, siteInSentence } from './concerns-legal';

const colossus = getConcernsDetail('colossus-1')!;
const plant = getConcernsDetail('southaven-plant')!;

describe('the legal record across sites', () => {
  it("Colossus 1's record links to the federal case over the Southaven plant: the suit, the motion to halt, the Justice Department", () => {
    const r = relatedLegal(colossus.concerns);
    expect(r.map((x) => x.facility.id)).toEqual(['southaven-plant']);
    expect(r[0]!.events.map((e) => [e.date, e.id])).toEqual([
      ['2026-04-14', 'federal-lawsuit'],
      ['2026-05-08', 'shutdown-motion'],
      ['2026-06-15', 'justice-department-motion'],
    ]);
    expect(r[0]!.why).toMatch(/Colossus 1/);
  });

  it("the Southaven plant's record links back to the notice of intent to sue over Colossus 1", () => {
    expect(relatedLegal(plant.concerns).map((x) => [x.facility.id, x.events.map((e) => e.id)])).toEqual([
      ['colossus-1', ['notice-of-intent']],
    ]);
  });

  it("cites the related events' sources on the page that lists them", () => {
    expect(colossus.sourceIds).toEqual(expect.arrayContaining(['thebrief-2026-04-naacp-suit', 'doj-2026-06-xai-motion']));
  });

  it('anchors each event by its id, and names sites as a sentence needs', () => {
    expect(legalAnchor({ id: 'federal-lawsuit' })).toBe('legal-federal-lawsuit');
    expect(siteInSentence(plant.facility)).toBe('the Southaven plant');
    expect(siteInSentence(colossus.facility)).toBe('Colossus 1');
  });

  it('refuses an event the other site does not have', () => {
    const c: Concerns = { ...colossus.concerns, relatedLegal: [{ facilityId: 'southaven-plant', eventIds: ['nope'], why: 'x' }] };
    expect(() => relatedLegal(c)).toThrow(/no legal event "nope"/);
  });
});
