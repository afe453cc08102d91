// SPDX-License-Identifier: EUPL-1.2
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { atomXml, escapeXml, type AtomFeed } from './atom.ts';

const feed: AtomFeed = {
  id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
  title: 'Voorbeeldlocatie <Noord> & "Zuid"',
  subtitle: 'Nieuws en antwoorden',
  selfUrl: 'https://regietafel.test/inwoners/locaties/x/feed.atom?a=1&b=2',
  pageUrl: 'https://regietafel.test/inwoners/locaties/x',
  author: 'Gemeente',
  updated: '2026-11-28T10:00:00.000Z',
  lang: 'nl',
  entries: [
    {
      id: 'urn:uuid:00000000-0000-4000-8000-000000000002',
      title: '<script>alert(1)</script>',
      updated: '2026-11-27T09:00:00.000Z',
      link: 'https://regietafel.test/inwoners/locaties/x#a',
      content: 'Tekst met \u0000 een nul-teken en ]]> en &amp;',
    },
  ],
};

describe('[SUBSCRIPTIONS] Atom writer', () => {
  it('escapes markup, quotes and ampersands, and drops characters XML forbids', () => {
    expect(escapeXml('<a href="x">&\'\u0001')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });

  it('writes a well-formed Atom document in which user text stays text', () => {
    const xml = atomXml(feed);
    const document = new DOMParser().parseFromString(xml, 'application/xml');
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = document.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    expect(root.getElementsByTagName('script')).toHaveLength(0);
    const entry = root.getElementsByTagName('entry')[0];
    expect(entry?.getElementsByTagName('title')[0]?.textContent).toBe('<script>alert(1)</script>');
    expect(entry?.getElementsByTagName('content')[0]?.textContent).toBe('Tekst met  een nul-teken en ]]> en &amp;');
    expect(root.querySelector('link[rel="self"]')?.getAttribute('href')).toBe(feed.selfUrl);
  });
});
