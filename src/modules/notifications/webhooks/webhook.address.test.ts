import { describe, expect, it } from 'vitest';
import { checkWebhookUrl, isPrivateAddress } from './webhook.address.js';

describe('webhook addresses', () => {
  it('knows the private, loopback, link-local and reserved ranges in IPv4 and IPv6', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
    ])
      expect(isPrivateAddress(address), address).toBe(true);
    for (const address of ['8.8.8.8', '172.32.0.1', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])
      expect(isPrivateAddress(address), address).toBe(false);
  });

  it('accepts public http(s) URLs and refuses other schemes, credentials and (by default) private hosts', () => {
    expect(checkWebhookUrl('https://hooks.example.com/second-look', false).ok).toBe(true);
    expect(checkWebhookUrl('http://hooks.example.com:8080/x', false).ok).toBe(true);
    for (const url of [
      'ftp://example.com/x',
      'file:///etc/passwd',
      'gopher://example.com',
      'javascript:alert(1)',
      'not a url',
      'https://user:pass@example.com/',
      'http://127.0.0.1:8080/hook',
      'http://localhost/hook',
      'http://[::1]/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://10.0.0.5/hook',
    ])
      expect(checkWebhookUrl(url, false).ok, url).toBe(false);
  });

  it('lets private hosts through only when the deployment allows them', () => {
    expect(checkWebhookUrl('http://127.0.0.1:8080/hook', true).ok).toBe(true);
    expect(checkWebhookUrl('file:///etc/passwd', true).ok).toBe(false);
  });
});
