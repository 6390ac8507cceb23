// Spot checks of what parseIssue makes of particular archived issues: the model the UI shows.
import { expect, it } from 'vitest';
import { formatIssue, parseIssue } from '../../../../src/core/kubelist';
import { archiveText as archived, describeWithArchive } from '../../../fixtures/archive';

const issue = (number: number) => parseIssue(archived(number)).issue;

describeWithArchive('the model read from archived issues', () => {
  it('#117: heading fields, an intro with raw <a href> links, seven items and a deep link', () => {
    const parsed = issue(117);
    expect(parsed).toMatchObject({ number: 117, date: '2021-03-03', headline: 'Backstage (from Spotify) 🔊' });
    expect(parsed.intro).toMatch(/^On today’s episode of the <a href="https:\/\/kubelist\.com\/podcast">Kubelist Podcast<\/a>, I had/);
    expect(parsed.intro).not.toContain('\n');
    expect(parsed.items.map((item) => item.title)).toEqual([
      'We’re the engineers rethinking Kubernetes at Spotify. Ask us anything!',
      'New Backstage feature: Kubernetes for Service owners',
      'What the Heck is Backstage Anyway?',
      'Backstage Weekly 18 - How Spotify drove Backstage adoption',
      'How We Use Backstage at Spotify',
      'Panel: End User Community Adoption of Cloud Native Principles & Lessons Learned',
      'Tweet of the week',
    ]);
    expect(parsed.items[5]!.url).toBe('https://youtu.be/sAiOqSmN-B0?t=114');
    expect(parsed.items[6]!.commentary).toBe(
      'The KubeCon EU (Virtual) schedule is going to be announced today, and the CFP for KubeCon NA (maybe in person?) has opened!',
    );
  });

  it('#87: the single item has an empty commentary (its line is four spaces)', () => {
    expect(issue(87).items).toEqual([{ title: 'No Issue', url: 'https://kubelist.com/issue/87', commentary: '' }]);
  });

  it('keeps spaces inside the brackets of a title (#19 leading, #35 trailing)', () => {
    expect(issue(19).items.map((item) => item.title)).toContain(' The History of Kubernetes on a Timeline');
    expect(issue(35).items.map((item) => item.title)).toContain('Docker And Kubernetes: Furthering The Goals Of DevOps Automation ');
  });

  it('reads balanced brackets in a title as part of the title (#116)', () => {
    const item = issue(116).items.find((i) => i.title.startsWith('TBS[25]'))!;
    expect(item).toMatchObject({ title: 'TBS[25]: Composition 101', url: 'https://www.youtube.com/watch?v=f_2f1u-XOgA&feature=youtu.be' });
  });

  it('reads a multi-line intro whose continuation lines have no "> " (#29)', () => {
    expect(issue(29).intro).toBe(
      'Welcome again to a super special entirely new but still the same issue of \n' +
        'Kubelist! This week, our Editor-in-Chief went on shore to speak at Gophercon. \n' +
        'But rest assured, our skippers didn&#39;t skip Kubelist day.',
    );
  });

  it('reads hard-wrapped commentary with unindented continuation lines as written (#29, #1, #20)', () => {
    expect(issue(29).items[0]!.commentary).toBe(
      "It's already been 4 years(!) since Kubernetes was introduced. As a testament to\n" +
        "it's maturity, Google is donating $9M in GCP credits to CNCF! With that, we're\n" +
        'very happy to see ongoing support and growth for the Kubernetes community and \n' +
        'project! Thanks Google.',
    );
    expect(issue(1).items.at(-1)!.commentary).toBe(
      'Kelsey Hightower proclaims his opinion on running stateful workloads with Kubernetes.\nClick through to read the whole thread.',
    );
    expect(issue(20).items.at(-1)!.commentary).toBe('👃\n☔️');
  });

  it('keeps trailing whitespace of a commentary: a space (#133) and a tab (#107)', () => {
    expect(issue(133).items.at(-1)!.commentary).toMatch(/years! $/);
    expect(issue(107).items.some((item) => item.commentary.endsWith('yet.\t'))).toBe(true);
  });

  it('accepts the footers as published: #1 links kubelist-0.md, #100 links kubelist-099.md, #48/#50 link the unpublished #49', () => {
    expect(archived(1).split('\n').at(-1)).toBe('### [ << Prev ](kubelist-0.md) ------------- [ Next >> ](kubelist-2.md)');
    expect(archived(100).split('\n').at(-1)).toBe('### [ << Prev ](kubelist-099.md) ------------- [ Next >> ](kubelist-101.md)');
    expect(archived(48).split('\n').at(-1)).toContain('[ Next >> ](kubelist-49.md)');
    expect(archived(50).split('\n').at(-1)).toContain('[ << Prev ](kubelist-49.md)');
    for (const number of [1, 48, 50, 100, 134]) expect(parseIssue(archived(number)).problems).toEqual([]);
  });

  it('writes footers the same way for new issues: #1 links kubelist-0.md, and only the published #100 links 099', () => {
    const footer = (number: number, date: string) => formatIssue({ number, date, headline: 'H', intro: 'I', items: [] }).split('\n').at(-1);
    expect(footer(1, '2018-02-15')).toBe('### [ << Prev ](kubelist-0.md) ------------- [ Next >> ](kubelist-2.md)');
    expect(footer(100, '2020-09-16')).toBe('### [ << Prev ](kubelist-099.md) ------------- [ Next >> ](kubelist-101.md)');
    expect(footer(100, '2031-01-01')).toBe('### [ << Prev ](kubelist-99.md) ------------- [ Next >> ](kubelist-101.md)');
    expect(formatIssue({ number: 5, date: '2024-01-01', headline: 'H', intro: 'I', items: [] })).toMatch(/kubelist-6\.md\)$/);
  });
});
