// SPDX-License-Identifier: EUPL-1.2
/**
 * The frame of the server-rendered public pages: phone first, readable without JavaScript or CSS,
 * colours with at least 4.5:1 contrast, visible focus, a skip link, and a language switch.
 */
import crypto from 'node:crypto';
import type { Lang } from '../../server/problem-messages.ts';
import { html, trusted, type SafeHtml } from './html.ts';
import { pageTexts } from './public-page.texts.ts';

const styles = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:1.0625rem;line-height:1.5;color:#1a1a1a;background:#fff}
header,main,footer{max-width:44rem;margin:0 auto;padding:0 1rem}
header{display:flex;justify-content:space-between;align-items:center;padding-top:.75rem;padding-bottom:.75rem;border-bottom:2px solid #154273}
header a{color:#154273}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}
a{color:#0b4f9c}a:focus,button:focus,input:focus,textarea:focus,summary:focus{outline:3px solid #d4480b;outline-offset:2px}
h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.3rem;margin-top:2rem}h3{font-size:1.1rem}
dl{display:grid;grid-template-columns:1fr;gap:.25rem}dt{font-weight:700}dd{margin:0 0 .5rem}
@media(min-width:40rem){dl{grid-template-columns:12rem 1fr}}
ol.timeline,ul.reactions{list-style:none;padding:0}
ol.timeline li,ul.reactions li{border-left:4px solid #154273;padding:.25rem 0 .25rem .75rem;margin-bottom:1rem}
.answer{background:#eef3f8;padding:.5rem .75rem;border-radius:4px}
.meta{color:#4a4a4a;font-size:.95rem}
.notice{border:2px solid #1d6b2f;background:#eaf5ec;padding:.75rem;border-radius:4px}
.errors{border:2px solid #b00020;background:#fdecee;padding:.75rem;border-radius:4px}
.field-error{color:#b00020;font-weight:700}
fieldset{border:1px solid #6b6b6b;border-radius:4px;margin:0 0 1rem}
label{display:block;font-weight:700;margin-top:.75rem}
.radio label{display:inline;font-weight:400;margin-left:.25rem}
.radio{margin:.35rem 0}
.hint{color:#4a4a4a;margin:.15rem 0 .35rem}
input[type=text],input[type=email],input[type=number],textarea{width:100%;font:inherit;padding:.5rem;border:2px solid #4a4a4a;border-radius:4px}
textarea{min-height:8rem}
button{font:inherit;font-weight:700;background:#154273;color:#fff;border:0;border-radius:4px;padding:.75rem 1.25rem;margin-top:1rem;min-height:44px}
.map-figure{margin:1rem 0}.location-map{display:block;width:100%;height:auto;max-height:60vh;border:1px solid #6b6b6b;border-radius:4px}
.map-figure.is-interactive .location-map{cursor:crosshair}.location-map:focus{outline:3px solid #d4480b;outline-offset:2px}
button.secondary{background:#fff;color:#154273;border:2px solid #154273;margin-top:.5rem}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
footer{margin-top:2rem;padding-top:1rem;padding-bottom:2rem;border-top:1px solid #6b6b6b}
`;

/**
 * Content-Security-Policy of the pages built with this layout: scripts only from this server (the
 * map script, ADR 0037; never inline), the one inline <style> by its hash, forms only to this
 * server, no frames, no plugins, nothing else loaded.
 */
export const publicPageCsp = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'sha256-${crypto.createHash('sha256').update(styles).digest('base64')}'`,
  "img-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export type LayoutOptions = { lang: Lang; title: string; body: SafeHtml; switchHref: string; head?: SafeHtml };

/** A whole HTML document around a page body. */
export function layout({ lang, title, body, switchHref, head }: LayoutOptions): string {
  const t = pageTexts(lang);
  return `<!doctype html>${html`<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - ${t.siteName}</title>
<style>${trusted(styles)}</style>
${head}
</head>
<body>
<a class="skip" href="#inhoud">${t.skip}</a>
<header>
<a href="/inwoners/locaties${lang === 'en' ? '?lang=en' : ''}">${t.siteName}</a>
<a href="${switchHref}" lang="${lang === 'en' ? 'nl' : 'en'}">${t.otherLanguage}</a>
</header>
<main id="inhoud" data-ready="true">
${body}
</main>
<footer><p class="meta">${t.source}</p></footer>
</body>
</html>`.value}`;
}
