import { CC, extract } from './law-briefs.ts';

/**
 * Whose charge an offence named in words is: the state where the person was arrested, tried or
 * sentenced, and the legal system whose words the sentence speaks. Sentences written for these tests.
 */
const offences = (text: string) => extract(text).map((c) => [c.law, c.article, c.offence]);

describe('the place of the arrest, trial or sentence', () => {
  it.each([
    'She was arrested in China for illegally crossing the border and sent back to North Korea.',
    'Der Flüchtling wurde in China wegen illegalen Grenzübertritts festgenommen und später abgeschoben.',
    'Ein Südkoreaner wurde in Seoul wegen Spionage für den Norden zu fünf Jahren Haft verurteilt.',
    'He was sentenced under South Korean law for espionage.',
    'A Chinese court sentenced the North Korean to two years for illegally crossing the border.',
    'Südkoreas Geheimdienst nahm einen Mann wegen Spionageverdachts fest.',
    'Wegen Spionageverdachts wurden in Südkorea mehrere Personen festgenommen.',
  ])('makes the charge that state’s: %j', (text) => {
    expect(offences(text)).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['He was arrested in North Korea for illegally crossing the border from China.', '221', 'illegal-border-crossing'],
    ['The missionary, arrested in North Korea in 2013, was convicted of espionage.', '64', 'espionage'],
    ['The pastor, who was born in Seoul, was convicted of espionage.', '64', 'espionage'],
    ["North Korea's supreme court convicted the pastor of espionage.", '64', 'espionage'],
  ])('leaves the North’s charge where the place is the North or not the act’s: %j', (text, article, offence) => {
    expect(offences(text)).toEqual([[CC, article, offence]]);
  });
});

describe('the legal system the charge’s sentence speaks of', () => {
  it('makes a charge brought by another state’s prosecutors that state’s', () => {
    expect(offences('Die Bundesanwaltschaft hat einen Deutschen wegen Landesverrats angeklagt.')).toEqual([]);
  });

  it('keeps a charge named with the North’s code, whatever the sentence compares it with', () => {
    expect(offences('이는 우리의 징역형과 비슷한 처벌로, 북한 형법상 간첩죄가 적용됐다고 한다.')).toEqual([
      [CC, '64', 'espionage'],
    ]);
  });
});
