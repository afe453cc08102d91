// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config/env.ts';

describe('[MAIL] SMTP settings from the environment', () => {
  it('has no SMTP server, so mail is disabled, when nothing is set', () => {
    expect(loadConfig({}).mail.smtp).toBeUndefined();
  });

  it('reads host, port, TLS and credentials from REGIETAFEL_SMTP_URL', () => {
    const { smtp } = loadConfig({ REGIETAFEL_SMTP_URL: 'smtps://mailer:p%40ss@mail.example.org' }).mail;
    expect(smtp).toEqual({ host: 'mail.example.org', port: 465, secure: true, user: 'mailer', password: 'p@ss' });
  });

  it('lets the separate variables fill in or override the URL', () => {
    const { smtp } = loadConfig({
      REGIETAFEL_SMTP_HOST: 'relay.example.org',
      REGIETAFEL_SMTP_PORT: '2525',
      REGIETAFEL_SMTP_USER: 'u',
      REGIETAFEL_SMTP_PASSWORD: 'secret',
    }).mail;
    expect(smtp).toEqual({ host: 'relay.example.org', port: 2525, secure: false, user: 'u', password: 'secret' });
  });

  it('builds links from REGIETAFEL_PUBLIC_URL, or from host and port', () => {
    expect(loadConfig({ REGIETAFEL_PUBLIC_URL: 'https://regietafel.example.nl/' }).publicUrl).toBe(
      'https://regietafel.example.nl',
    );
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://127.0.0.1:8080');
  });

  it('refuses a URL of another scheme', () => {
    expect(() => loadConfig({ REGIETAFEL_SMTP_URL: 'http://mail.example.org' })).toThrow(ConfigError);
  });
});
