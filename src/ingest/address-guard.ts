import ipaddr from 'ipaddr.js';

/** A fetch the SSRF guard refused, or any other reason one URL could not be fetched: one sentence. */
export class FetchRefusedError extends Error {}

const WHY: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private-network address',
  linkLocal: 'a link-local address (where cloud metadata services answer)',
  uniqueLocal: 'a private-network address (IPv6 unique local)',
  unspecified: 'the unspecified address',
  carrierGradeNat: 'a carrier-grade NAT address',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
  reserved: 'a reserved address',
  benchmarking: 'a benchmarking address',
  as112: 'a reserved address',
  amt: 'a reserved address',
  orchid2: 'a reserved address',
  ipv4Mapped: 'a mapped address',
  rfc6145: 'a translated address',
  rfc6052: 'a translated address',
  '6to4': 'a 6to4 address',
  teredo: 'a Teredo address',
  discard: 'a discard-only address',
};

/**
 * Why an address must not be fetched from the server — loopback, private, link-local (the cloud
 * metadata service at 169.254.169.254), and every other range that is not the public internet —
 * or null when it is a public unicast address. IPv4-mapped IPv6 is judged as the IPv4 it carries.
 */
export function forbiddenAddressReason(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  const range = ip.range();
  if (range === 'unicast') return null;
  return WHY[range] ?? 'not a public address';
}

export function refusal(host: string, address: string, reason: string): FetchRefusedError {
  const named = host === address ? address : `${host} (${address})`;
  return new FetchRefusedError(
    `refused: ${named} is ${reason}; ingestion fetches public addresses only (ATLAS_FETCH_ALLOW_PRIVATE=1 allows others, for tests and local fixtures — never in production)`,
  );
}
