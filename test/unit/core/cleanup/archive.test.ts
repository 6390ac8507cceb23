// The published archive as a test bed: 133 issues, 886 links the curators chose by hand.
import { expect, it } from 'vitest';
import { cleanTitle, cleanUrl, urlKey } from '../../../../src/core/cleanup';
import { parseIssue } from '../../../../src/core/kubelist';
import { describeWithArchive, readArchiveIfPresent } from '../../../fixtures/archive';

const items = [...readArchiveIfPresent().values()].flatMap((text) => {
  const { issue } = parseIssue(text);
  return issue.items.map((item) => ({ issue: issue.number, title: item.title, url: item.url }));
});

/** Every archived URL cleanUrl changes, issue by issue: each really carries tracking. */
const TRACKED: [number, string, string][] = [
  [
    37,
    'https://www.confluent.io/blog/apache-kafka-kubernetes-could-you-should-you?utm_source=dlvr.it&utm_medium=twitter',
    'https://www.confluent.io/blog/apache-kafka-kubernetes-could-you-should-you',
  ],
  [
    37,
    'https://medium.com/@jotak/kiali-a-developer-journey-day-2-please-kube-what-can-i-do-28c8eea8f5f3?_branch_match_id=565576786019241122',
    'https://medium.com/@jotak/kiali-a-developer-journey-day-2-please-kube-what-can-i-do-28c8eea8f5f3',
  ],
  [
    38,
    'https://www.sdxcentral.com/articles/news/ibms-acquisition-of-red-hat-hinges-on-integration/2018/10/?utm_content=buffer4cd89&utm_medium=referral&utm_source=twitter.com&utm_campaign=buffer',
    'https://www.sdxcentral.com/articles/news/ibms-acquisition-of-red-hat-hinges-on-integration/2018/10/',
  ],
  [
    43,
    'https://blog.codecentric.de/en/2018/12/react-application-container-environment-aware-kubernetes-deployment/?utm_content=80875046&utm_medium=social&utm_source=facebook&hss_channel=fbp-153231574770983',
    'https://blog.codecentric.de/en/2018/12/react-application-container-environment-aware-kubernetes-deployment/',
  ],
  [
    45,
    'https://www.lightreading.com/enterprise-cloud/infrastructure-and-platform/heres-what-vmware-paid-for-kubernetes-startup-heptio/d/d-id/748317?fbclid=IwAR3IDtCnemxsjJRoObINHv-s5jZ1iaxRJ14b0y53oSTlLZsIMB2MZmHBsCc',
    'https://www.lightreading.com/enterprise-cloud/infrastructure-and-platform/heres-what-vmware-paid-for-kubernetes-startup-heptio/d/d-id/748317',
  ],
  [85, 'https://twitter.com/jimmangel/status/1260751239211597824?s=21', 'https://twitter.com/jimmangel/status/1260751239211597824'],
  [99, 'https://twitter.com/CloudNativeFdn/status/1303658173702852608?s=20', 'https://twitter.com/CloudNativeFdn/status/1303658173702852608'],
  [101, 'https://twitter.com/CloudNativeFdn/status/1308145727361576962?s=20', 'https://twitter.com/CloudNativeFdn/status/1308145727361576962'],
  [116, 'https://www.youtube.com/watch?v=-t0wCOH2X7I&feature=youtu.be', 'https://www.youtube.com/watch?v=-t0wCOH2X7I'],
  [116, 'https://www.youtube.com/watch?v=f_2f1u-XOgA&feature=youtu.be', 'https://www.youtube.com/watch?v=f_2f1u-XOgA'],
  [116, 'https://www.youtube.com/watch?v=tUOZ09xX7ng&feature=youtu.be', 'https://www.youtube.com/watch?v=tUOZ09xX7ng'],
];

/**
 * Archived query strings and fragments that look like tracking but are kept: Medium's `sk` is a
 * friend link that opens a paywalled post, `m=1` picks Blogger's mobile view, `list`/`index`/`t`
 * address a playlist and a moment, the anchors point into the text; `gi`, `_lrsc`, `ncid`,
 * `linkId`, `sc_cid` and Forbes' `#69694ebb6506` are probably tracking but too site-specific to
 * drop on every site without a rule of their own.
 */
const KEPT = [
  'https://medium.com/objectsharp/%EF%B8%8F-kcleaner-a-cli-for-cleaning-up-kubernetes-config-files-3c0d36c5c594?sk=fc67fccb6f4c8f467db0d6f8cd232d12',
  'https://cloudplatform.googleblog.com/2018/05/Exploring-container-security-Isolation-at-different-layers-of-the-Kubernetes-stack.html?m=1',
  'https://www.youtube.com/watch?v=0w6kXdHXxAA&list=RDb0tsZB_LEQk&index=3',
  'https://www.youtube.com/watch?v=Agxt9Vg-YP4&t=12s',
  'https://youtu.be/sAiOqSmN-B0?t=114',
  'https://docs.google.com/document/d/1GjurNK2ROw4rXz-k-l68JtpGRkGj2fZcWqP6gksEriQ/edit#heading=h.pq1kki84bhak',
  'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-readiness-gate',
  'https://blog.openebs.io/litmus-release-a-chaos-monkey-on-your-kubernetes-stateful-workloads-6345e01b637d?gi=3773b456db3',
  'https://www.ciodive.com/news/how-spotify-is-migrating-from-an-in-house-docker-orchestration-platform-to/525465/?_lrsc=865e923b-ec56-48ab-aac5-13d7d67b2c73',
  'https://devblogs.nvidia.com/kubernetes-ai-hyperparameter-search-experiments/?ncid=so-twi-dplgkskgdl-69150&linkId=100000004377515',
  'https://opensource.com/article/18/12/optimizing-kubernetes-resource-allocation-production?sc_cid=70160000001273HAAQ',
  'https://www.forbes.com/sites/forbestechcouncil/2018/10/10/docker-and-kubernetes-furthering-the-goals-of-devops-automation/#69694ebb6506',
];

/**
 * Every address featured in two issues, by urlKey. 17 are written identically both times; 3
 * differ only by a trailing slash (telepresence.io, kubernetespodcast.com, the simplecast
 * feed). None differs by tracking, scheme or `www.`, none appears three times, and the six from
 * issue 46 are its look back at the links of 2018.
 */
const REFEATURED: [string, number, number][] = [
  ['sysdig.com/blog/kubernetes-scaler', 2, 59],
  ['coreos.com/blog/introducing-vault-operator-project', 11, 46],
  ['jmoiron.net/blog/is-k8s-too-complicated', 14, 46],
  ['timber.io/blog/collecting-application-logs-on-kubernetes', 16, 46],
  ['medium.com/yld-engineering-blog/kubernetes-core-concepts-324ea7028c29', 31, 46],
  ['enterprisersproject.com/article/2018/11/getting-started-kubernetes-5-misunderstandings-explained', 41, 46],
  ['softwareengineeringdaily.com/2019/01/11/why-is-storage-on-kubernetes-is-so-hard', 48, 88],
  ['cncf.io/blog/2019/01/14/9-kubernetes-security-best-practices-everyone-must-follow', 48, 75],
  ['github.com/Comcast/kuberhealthy', 52, 121],
  ['k3s.io', 54, 134],
  ['learnk8s.io/blog/kubectl-productivity', 58, 77],
  ['auth0.com/blog/kubernetes-tutorial-step-by-step-introduction-to-basic-concepts', 61, 71],
  ['schemahero.io', 83, 109],
  ['serverlessworkflow.github.io', 93, 94],
  ['telepresence.io', 97, 111],
  ['github.com/deislabs/oras', 99, 128],
  ['kubernetespodcast.com', 102, 119],
  ['popcast-d9f7b6dc.simplecast.com', 102, 119],
  ['magalix.com/blog/integrating-open-policy-agent-opa-with-kubernetes-a-deep-dive-tutorial', 112, 120],
  ['curiefense.io', 121, 124],
];

describeWithArchive('cleanup over the published archive', () => {
  it('reads all 886 items of the 133 issues', () => {
    expect(items.length).toBe(886);
    expect(new Set(items.map((item) => item.issue)).size).toBe(133);
  });

  it('leaves every archived URL byte for byte, except the ones that carry tracking', () => {
    const changed = items.flatMap(({ issue, url }) => {
      const result = cleanUrl(url);
      if ('error' in result) return [[issue, url, result.error]];
      return result.url === url ? [] : [[issue, url, result.url]];
    });
    expect(changed).toEqual(TRACKED);
  });

  it('keeps the parameters and fragments that only look like tracking', () => {
    const archived = new Set(items.map((item) => item.url));
    for (const url of KEPT) {
      expect(archived.has(url)).toBe(true);
      expect(cleanUrl(url)).toMatchObject({ url, applied: [] });
    }
  });

  // 37 titles: 13 with Medium's hair spaces (U+200A) around an em dash, 25 with a space at an
  // end, one with both. Site names never show up: the curators already wrote clean titles.
  it('changes archived titles only by whitespace: hair spaces around dashes, spaces at the ends', () => {
    const changed = items.filter(({ title, url }) => {
      const cleaned = cleanTitle(title, { url });
      expect(cleaned.title).toBe(title.replace(/\s+/gu, ' ').trim());
      expect(cleaned.applied).toEqual(cleaned.title === title ? [] : ['whitespace']);
      return cleaned.title !== title;
    });
    expect(changed.length).toBe(37);
    expect(changed.filter(({ title }) => title.includes('\u200A')).length).toBe(13);
    expect(changed.filter(({ title }) => title !== title.trim()).length).toBe(25);
  });

  it('finds the 20 addresses featured twice', () => {
    const issuesByKey = new Map<string, number[]>();
    for (const { issue, url } of items) issuesByKey.set(urlKey(url), [...(issuesByKey.get(urlKey(url)) ?? []), issue]);
    const repeated = [...issuesByKey].filter(([, issues]) => issues.length > 1).map(([key, issues]) => [key, ...issues]);
    expect(repeated).toEqual(REFEATURED);
    const byteIdentical = REFEATURED.filter(([key]) => new Set(items.filter(({ url }) => urlKey(url) === key).map(({ url }) => url)).size === 1);
    expect(byteIdentical.length).toBe(17);
  });
});
