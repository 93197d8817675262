import { addressKey } from '../../src/admin/auth.service.ts';
import { containsNul } from '../../src/lib/nul.ts';

describe('addressKey', () => {
  it.each([
    ['203.0.113.5', '203.0.113.5'],
    ['::ffff:203.0.113.5', '203.0.113.5'],
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
  ])('counts %s under %s', (ip, key) => {
    expect(addressKey(ip)).toBe(key);
  });
});

describe('containsNul', () => {
  it('finds U+0000 in values and keys, at any depth, without recursing', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(containsNul(deep)).toBe(true);
    expect(containsNul({ a: [{ b: 'clean' }], 'k\u0000': 1 })).toBe(true);
    expect(containsNul({ a: [{ b: 'clean' }, null, 3] })).toBe(false);
  });
});
