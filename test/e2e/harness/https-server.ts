import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { ArticleServer } from './server';

// A self-signed certificate made for these tests only (valid for a century). Firefox takes
// it only because the test launches it with `acceptInsecureCerts`; it guards nothing.
const KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgdbqnAET+xnsbKYnE
NcX09Qzb5yuKH5ou6S2yhhdeJ9ShRANCAAQZuIR4WBOaRhlmNN9e81WfVOjygRE7
s6xyHHOt8tKL7l9mM4Us4PWNt2+q7MgHLnEhVHpPvjxstJnfC7a1UeB7
-----END PRIVATE KEY-----`;
const CERT = `-----BEGIN CERTIFICATE-----
MIIBljCCATugAwIBAgIURatn3P5cBTbD04R9VqVWS2Y4pS4wCgYIKoZIzj0EAwIw
HzEdMBsGA1UEAwwUbG9vcGJhY2sgdGVzdCBzZXJ2ZXIwIBcNMjYxMjAyMTQ0NTMy
WhgPMjEyNjExMDgxNDQ1MzJaMB8xHTAbBgNVBAMMFGxvb3BiYWNrIHRlc3Qgc2Vy
dmVyMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEGbiEeFgTmkYZZjTfXvNVn1To
8oERO7OschxzrfLSi+5fZjOFLOD1jbdvquzIBy5xIVR6T748bLSZ3wu2tVHge6NT
MFEwHQYDVR0OBBYEFO+HMXM7yTfgGOz3gHurb75t73jpMB8GA1UdIwQYMBaAFO+H
MXM7yTfgGOz3gHurb75t73jpMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwID
SQAwRgIhAOqwob3MBZbv4HgAfRRWbbDv0f4My9FFp2mue74AuJe9AiEApMzypeEd
tjKg+LTV7KdWtMu5Cdvbrpk5kZ2uxtiRXIE=
-----END CERTIFICATE-----`;

/**
 * Serves fixed pages over HTTPS on 127.0.0.1, for pages whose address must be `https:` (a store's
 * address, mapped to loopback by Firefox's `network.dns.localDomains`). `url` takes a host name:
 * the same server answers for every name mapped to it.
 */
export async function startHttpsServer(pages: Record<string, string>): Promise<ArticleServer & { port: number }> {
  const server = createServer({ key: KEY, cert: CERT }, (request, response) => {
    const html = pages[new URL(request.url ?? '/', 'https://127.0.0.1').pathname];
    response.writeHead(html === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? 'not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (path) => new URL(path, `https://127.0.0.1:${port}`).href,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
