import { KNOWN_SITES } from './known-sites';
import { bareHost, isHostOf, registrableDomain } from './registrable-domain';
import type { TitleContext } from './title-rules';

/**
 * Words that decorate a site name without naming the site: "Example Blog", "The Kubernetes
 * Authors", "DEV Community" all name the site by their one remaining word.
 */
const DECORATION = new Set(['the', 'blog', 'official', 'site', 'website', 'community', 'docs', 'documentation', 'news', 'authors', 'team']);

const words = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The ways a segment can be compared: all its letters and digits, and the same without decoration. */
function forms(text: string): string[] {
  const all = words(text);
  const named = all.filter((word) => !DECORATION.has(word));
  return [all.join(''), named.join('')].filter((form) => form !== '');
}

/** The hostname, or '' when the context has no parseable http(s) URL. */
export function contextHost(context: TitleContext): string {
  if (!context.url) return '';
  try {
    const url = new URL(context.url);
    return /^https?:$/.test(url.protocol) ? bareHost(url.hostname) : '';
  } catch {
    return '';
  }
}

/** `blog.example.com` → `example`, `blogexample`, `exampleblog`, `blogexamplecom`, `examplecom`. */
function hostForms(host: string): string[] {
  const domain = registrableDomain(host);
  const suffixLabels = domain.split('.').length - 1;
  const labels = host
    .split('.')
    .slice(0, -suffixLabels || undefined)
    .map((label) => label.replaceAll('-', ''));
  const squash = (text: string) => text.replace(/[^a-z0-9]/g, '');
  return [labels.at(-1) ?? '', labels.join(''), [...labels].reverse().join(''), squash(host), squash(domain)];
}

/** Site names are short; a longer segment is content, and skipping it keeps hostile titles cheap. */
export const MAX_SITE_NAME_LENGTH = 80;

/**
 * Every title rule that looks for the site's name asks for the matcher of the same context, and
 * building one (the host parsed, its forms, the known sites walked) costs more than using it: one
 * per context, while the context lives. Contexts are not changed once made.
 */
const matchers = new WeakMap<TitleContext, (segment: string) => boolean>();

/**
 * A test for "this segment of the title names the site": it matches og:site_name, the hostname's
 * words (`The New Stack` on thenewstack.io, `Example Blog` on blog.example.com), or a KNOWN_SITES
 * name for the host, ignoring case, punctuation and decoration words ("The", "Blog", "Authors").
 */
export function siteNameMatcher(context: TitleContext): (segment: string) => boolean {
  let matcher = matchers.get(context);
  if (!matcher) {
    matcher = newSiteNameMatcher(context);
    matchers.set(context, matcher);
  }
  return matcher;
}

function newSiteNameMatcher(context: TitleContext): (segment: string) => boolean {
  const host = contextHost(context);
  const names = new Set<string>();
  const add = (list: Iterable<string>) => {
    for (const form of list) names.add(form);
  };
  if (context.siteName) add(forms(context.siteName));
  if (host) {
    add(hostForms(host));
    for (const site of KNOWN_SITES) {
      if (site.hosts.some((known) => isHostOf(host, known))) for (const name of site.names) add(forms(name));
    }
  }
  names.delete('');
  return (segment) => segment.length <= MAX_SITE_NAME_LENGTH && forms(segment).some((form) => names.has(form));
}

/** A title left after stripping must still say something: "Go" from "Go | Example" is more likely a fragment. */
export const MIN_TITLE_LENGTH = 3;

/** Whether what remains after stripping is long enough to stand as a title. */
export const isLongEnough = (title: string) => [...title.trim()].length >= MIN_TITLE_LENGTH;
