// SPDX-License-Identifier: EUPL-1.2
/**
 * A small Atom 1.0 (RFC 4287) writer. Every text goes through `escapeXml`, and characters XML 1.0
 * does not allow (control characters) are dropped, so user text can never break the document.
 */

export type AtomEntry = {
  /** A permanent IRI, e.g. urn:uuid:… */
  id: string;
  title: string;
  /** ISO 8601 date-time. */
  updated: string;
  link: string;
  /** Plain text content. */
  content: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle: string;
  /** The feed's own address (rel="self") and the page it belongs to (rel="alternate"). */
  selfUrl: string;
  pageUrl: string;
  author: string;
  updated: string;
  lang: string;
  entries: AtomEntry[];
};

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML content and attributes, dropping characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

function entryXml(entry: AtomEntry): string {
  return [
    '  <entry>',
    `    <id>${escapeXml(entry.id)}</id>`,
    `    <title type="text">${escapeXml(entry.title)}</title>`,
    `    <updated>${escapeXml(entry.updated)}</updated>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
    `    <content type="text">${escapeXml(entry.content)}</content>`,
    '  </entry>',
  ].join('\n');
}

/** The whole feed document. */
export function atomXml(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    `  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${escapeXml(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
