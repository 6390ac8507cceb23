/** A site whose title suffix cannot be guessed from its hostname (`dev.to` says "DEV Community"). */
export interface KnownSite {
  /** Registrable domains or hosts; subdomains count too. */
  hosts: readonly string[];
  /** The names the site puts in its titles. */
  names: readonly string[];
}

/**
 * Names recognised only on their own hosts, so "Title - YouTube" on a blog about YouTube stays.
 * Sites whose name is their hostname (`github.com` → GitHub) need no entry; they are listed
 * anyway when the curator clips them often, so the table documents what is expected.
 */
export const KNOWN_SITES: readonly KnownSite[] = [
  { hosts: ['github.com'], names: ['GitHub'] },
  { hosts: ['youtube.com', 'youtu.be'], names: ['YouTube'] },
  { hosts: ['medium.com'], names: ['Medium'] },
  { hosts: ['dev.to'], names: ['DEV Community', 'DEV'] },
  { hosts: ['news.ycombinator.com'], names: ['Hacker News'] },
  { hosts: ['x.com', 'twitter.com'], names: ['X', 'Twitter'] },
  { hosts: ['kubernetes.io', 'k8s.io'], names: ['Kubernetes', 'The Kubernetes Authors'] },
  { hosts: ['cncf.io'], names: ['CNCF', 'Cloud Native Computing Foundation'] },
  { hosts: ['thenewstack.io'], names: ['The New Stack'] },
  { hosts: ['infoq.com'], names: ['InfoQ'] },
  { hosts: ['stackoverflow.com'], names: ['Stack Overflow'] },
  { hosts: ['reddit.com'], names: ['Reddit'] },
];
