import { describe } from 'vitest';

import { type BrokenCase, rejectsEach, useDataCopies } from './test-broken-data';

/** The loader's checks of what other pages link to in a concerns file: legal events' ids, related events, the short answer. */
describe('a broken concerns file', () => {
  const { brokenCopy } = useDataCopies();

  const cases: BrokenCase[] = [
    {
      name: 'two legal events with one id (an anchor other pages link to)',
      file: 'concerns/colossus-1.json',
      mutate: (j) => {
        j.legalTimeline[1].id = j.legalTimeline[0].id;
      },
      expected: /^data\/concerns\/colossus-1\.json: legalTimeline\[1\]\.id: duplicate id "selc-letter"/,
    },
    {
      name: 'a related legal event that does not exist at the other site',
      file: 'concerns/colossus-1.json',
      mutate: (j) => {
        j.relatedLegal[0].eventIds[1] = 'no-such-motion';
      },
      expected: /^data\/concerns\/colossus-1\.json: relatedLegal\[0\]\.eventIds\[1\]: no legal event "no-such-motion" in data\/concerns\/southaven-plant\.json/,
    },
    {
      name: 'related legal events at a site with no legal record',
      file: 'concerns/colossus-1.json',
      mutate: (j) => {
        j.relatedLegal[0].facilityId = 'colossus-2';
      },
      expected: /^data\/concerns\/colossus-1\.json: relatedLegal\[0\]\.facilityId: "colossus-2" has no legal record/,
    },
    {
      name: "related legal events at the site's own page",
      file: 'concerns/colossus-1.json',
      mutate: (j) => {
        j.relatedLegal[0].facilityId = 'colossus-1';
      },
      expected: /^data\/concerns\/colossus-1\.json: relatedLegal\[0\]\.facilityId: must be another facility/,
    },
    {
      name: 'a number typed into the short answer instead of given as a figure',
      file: 'concerns/colossus-1.json',
      mutate: (j) => {
        j.air.inShort.text = 'Nitrogen dioxide is up 79% next to the site.';
      },
      expected: /^data\/concerns\/colossus-1\.json: air\.inShort\.text: must have no digits/,
    },
  ];

  rejectsEach(cases, brokenCopy);
});
