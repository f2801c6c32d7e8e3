import { describe, expect, it } from 'vitest';
import { extractLinks, renderEmail } from '@/lib/email/render';
import { templateNames, type EmailTemplates, type TemplateName } from '@/lib/email/templates';
import { preview } from './support/email-previews';


/** What each email must carry, in HTML and plain text alike: who it is for, and every link. */
const expectations: { [T in TemplateName]: (p: EmailTemplates[T]) => { words: string[]; links: string[] } } = {
  'coordinator-sign-in': (p) => ({ words: ['sign in', `${p.expiresInMinutes} minutes`], links: [p.url] }),
  'coordinator-invitation': (p) => ({ words: [p.campaignTitle, p.inviterName, 'an editor'], links: [p.signInUrl] }),
  'sign-on-verification': (p) => ({ words: [p.campaignTitle, p.name, `${p.expiresInHours} hours`], links: [p.confirmUrl, p.statusUrl] }),
  'sign-on-received': (p) => ({ words: [p.campaignTitle, p.name, 'review'], links: [p.statusUrl] }),
  'sign-on-status-link': (p) => ({ words: [p.campaignTitle, p.name, 'withdraw'], links: [p.statusUrl] }),
  'sign-on-approved': (p) => ({ words: [p.campaignTitle, p.name, 'approved'], links: [p.letterUrl, p.statusUrl] }),
  'sign-on-rejected': (p) => ({ words: [p.campaignTitle, p.name, p.reason!], links: [p.statusUrl] }),
  'letter-changed': (p) => ({
    words: [p.campaignTitle, p.name, ...p.changes.map((c) => c.note), 'version 2 → version 4'],
    // The letter's own link is a link in the email too.
    links: [p.compareUrl, p.letterUrl, p.withdrawUrl, p.statusUrl, 'https://example.org/measurements'],
  }),
  'letter-delivered': (p) => ({ words: [p.campaignTitle, p.name, p.deliveredTo, '12 March 2026'], links: [p.letterUrl] }),
  'coordinator-digest': (p) => ({
    words: [p.name!, ...p.campaigns.map((c) => c.title), '7 sign-ons', '1 sign-on,'],
    links: [...p.campaigns.map((c) => c.queueUrl), p.settingsUrl],
  }),
  'outreach-invitation': (p) => ({ words: [p.campaignTitle, p.organizationName, p.senderName, 'invites', '12 March 2026'], links: [p.inviteUrl, p.optOutUrl] }),
  'outreach-reminder': (p) => ({ words: [p.campaignTitle, p.organizationName, 'not heard back'], links: [p.inviteUrl, p.optOutUrl] }),
};

const decode = (html: string) => html.replace(/<!-- -->/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;/g, "'");

describe('email templates', () => {
  it.each(templateNames)('%s renders HTML and plain text with the names and every link', async (name) => {
    const props = preview[name];
    const { subject, html, text } = await renderEmail(name, props as never);
    const { words, links } = (expectations[name] as (p: unknown) => { words: string[]; links: string[] })(props);

    expect(subject.length).toBeGreaterThan(10);
    expect(html).toMatch(/^<!DOCTYPE html/);
    expect(html).toContain('lang="en"');
    for (const word of words) {
      expect(decode(html).toLowerCase(), word).toContain(word.toLowerCase());
      expect(text.toLowerCase(), word).toContain(word.toLowerCase());
    }
    expect(new Set(extractLinks(html))).toEqual(new Set(links));
    for (const link of links) {
      expect(link).toMatch(/^https?:\/\//);
      expect(text).toContain(link);
    }
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it('names the campaign in the subject of every email about a letter', async () => {
    for (const name of templateNames) {
      const props = preview[name] as { campaignTitle?: string };
      if (!props.campaignTitle) continue;
      const { subject } = await renderEmail(name, props as never);
      expect(subject, name).toContain(props.campaignTitle);
    }
  });

  it('marks insertions and deletions in the letter-changed passages, in HTML and in plain text', async () => {
    const props = preview['letter-changed'];
    const { html, text } = await renderEmail('letter-changed', props);
    expect(html).toMatch(/<del\b[^>]*>.*soon.*<\/del>/s);
    expect(html).toMatch(/<ins\b[^>]*>.*by 2030.*<\/ins>/s);
    expect(text).toContain('binding minimum flows [-soon-] [+by 2030+] and to publish');
    // The one-click withdraw link is a real link, not just text.
    expect(html).toMatch(new RegExp(`<a[^>]+href="${props.withdrawUrl}"[^>]*>withdraw my sign-on</a>`));
  });

  const changed = (passages: EmailTemplates['letter-changed']['passages'], extra: Partial<EmailTemplates['letter-changed']> = {}) =>
    renderEmail('letter-changed', { ...preview['letter-changed'], passages, ...extra });
  /** The letter-changed email for a change to the body alone. */
  const bodyChanged = (segments: EmailTemplates['letter-changed']['passages'][number]['segments']) => changed([{ field: 'body', segments }]);

  it('renders the letter’s Markdown in the letter-changed email instead of showing its syntax', async () => {
    const { html, text } = await bodyChanged([
      { value: 'We call on **the ministry** to read [the report](https://example.org/report) ' },
      { value: '*now*', added: true },
      { value: '.' },
    ]);
    expect(text).toContain('We call on the ministry to read the report https://example.org/report [+now+].');
    expect(text).not.toMatch(/\*\*|\]\(/);
    expect(html).toMatch(/<strong>the ministry<\/strong>/);
    expect(html).toMatch(/<a href="https:\/\/example.org\/report"[^>]*>the report<\/a>/);
    expect(html).toMatch(/<ins\b[^>]*>.*<em>now<\/em>.*<\/ins>/s);
  });

  it('marks a change that spans a link and bold words as one insertion', async () => {
    const { text } = await bodyChanged([{ value: 'Read ' }, { value: '[the new report](https://example.org/new) **today**', added: true }, { value: ' please.' }]);
    expect(text).toContain('Read [+the new report https://example.org/new today+] please.');
  });

  it('renders no raw HTML and no unsafe link from the letter in the letter-changed email', async () => {
    const { html, text } = await bodyChanged([
      { value: 'Click [here](javascript:alert(1)) or [there](data:text/html,x) <script>alert(2)</script><img src=x onerror=alert(3)> ' },
      { value: '<b>bold</b> words', added: true },
    ]);
    expect(html).not.toMatch(/javascript:|data:text|<script|<img|<b>|onerror/i);
    expect(text).toContain('Click here or there');
    expect(text).toContain('[+bold words+]');
  });

  it('keeps the “CC:” label and names the other fields it shows', async () => {
    const { text } = await changed([
      { field: 'title', segments: [{ value: 'Protect the ' }, { value: 'River', removed: true }, { value: ' ' }, { value: 'Rivers', added: true }] },
      { field: 'cc', segments: [{ value: 'Minister of Water' }, { value: '; the Ombudsman', added: true }] },
    ]);
    expect(text).toContain('Title: Protect the [-River-] [+Rivers+]');
    expect(text).toContain('CC: Minister of Water[+; the Ombudsman+]');
  });

  it('says how many passages it left out, with the link to the full comparison', async () => {
    const props = preview['letter-changed'];
    const { text } = await changed(props.passages, { omittedPassages: 3 });
    expect(text).toContain(`3 more passages changed; see the full comparison of version 2 and version 4 ${props.compareUrl}`);
  });

  it('escapes what signers typed instead of rendering it as HTML', async () => {
    const { html } = await renderEmail('sign-on-received', {
      campaignTitle: 'Water <b>now</b>',
      name: '<script>alert(1)</script>',
      statusUrl: 'https://undersigned.test/signed/abc',
    });
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('extracts only absolute http(s) links, each once, with entities decoded', () => {
    const html =
      '<a href="https://a.test/x?a=1&amp;b=2">x</a><a href="/relative">r</a><a href="mailto:a@b.test">m</a>' +
      "<a class='c' href='http://b.test/y'>y</a><a href=\"https://a.test/x?a=1&amp;b=2\">again</a>";
    expect(extractLinks(html)).toEqual(['https://a.test/x?a=1&b=2', 'http://b.test/y']);
  });
});
