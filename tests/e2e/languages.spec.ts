import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createCampaign, openForSignOn, saveDraft } from './support/campaigns';
import { latestMail, linkPath, requestLink, signIn, tab } from './support/coordinator';
import { uniqueEmail } from './support/signers';

// The demo open letter is seeded in English with French and Korean translations; the
// delivered letter has an Arabic one (right to left).
const slug = 'protect-the-river-commons';
const DELIVERED = '/letters/fair-seas-for-coastal-fishers';
const ORIGINAL = `/letters/${slug}`;
const FRENCH = `/letters/${slug}/fr`;
const KOREAN = `/letters/${slug}/ko`;

async function expectLanguage(page: Page, lang: string, dir: 'ltr' | 'rtl' = 'ltr') {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('html')).toHaveAttribute('dir', dir);
}

/** Every language of the letter is linked with hreflang, and x-default names the original. */
async function expectAlternates(page: Page, languages: Record<string, string>) {
  for (const [lang, path] of Object.entries(languages)) {
    const href = await page.locator(`head link[rel="alternate"][hreflang="${lang}"]`).getAttribute('href');
    expect(new URL(href!).pathname, lang).toBe(path);
  }
}

/** A link of the language switcher, whose own label is in the page's language. */
const switcher = (page: Page, name: string) => page.locator('nav[aria-label]').filter({ has: page.locator('a[hreflang]') }).getByRole('link', { name, exact: true });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a signer reads the letter in French, signs, is written to in French and confirms in French', async ({ page, request }) => {
    await page.goto(ORIGINAL);
    await expectLanguage(page, 'en');
    await switcher(page, 'Français').click();
    await expect(page).toHaveURL(new RegExp(`${FRENCH}$`));
    await expectLanguage(page, 'fr');
    await expectAlternates(page, { en: ORIGINAL, fr: FRENCH, ko: KOREAN, 'x-default': ORIGINAL });
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Lettre ouverte : protéger');
    await expect(page.getByTestId('translation-notice')).toContainText('Ceci est une traduction. Le texte en anglais fait foi.');
    await expect(page.getByTestId('summary-sentence')).toHaveText(/^\d+ organisations et \d+ personnes de \d+ pays$/);
    await expect(page.getByText(/^Les signatures sont ouvertes jusqu’au \d+ \S+ 2\d{3}/)).toBeVisible();

    // The form opened for individuals is the cached twin of ?kind=individual, in French too.
    await page.getByRole('link', { name: 'À titre personnel' }).click();
    await expect(page.getByRole('heading', { name: 'Signer cette lettre' })).toBeVisible();
    const email = uniqueEmail('fr');
    await page.getByLabel('Nom complet').fill('Awa Ndiaye');
    await page.getByLabel('Fonction ou affiliation').fill('Hydrologue');
    await page.getByRole('combobox', { name: /^Pays/ }).selectOption({ label: 'Sénégal' });
    await page.getByLabel('Adresse électronique').fill(email);
    await page.getByRole('button', { name: 'Signer la lettre' }).click();

    await expect(page).toHaveURL(new RegExp(`${FRENCH}/check-email(#sign-on)?$`));
    await expectLanguage(page, 'fr');
    await expect(page.getByRole('heading', { name: 'Consultez votre messagerie' })).toBeVisible();

    // The confirmation email is written in French, subject and body.
    const mail = await latestMail(request, email, 'sign-on-verification');
    expect(mail.subject).toMatch(/^Confirmez votre signature de « .+ »$/);
    const html = await (await request.get(`/dev/mailbox/${mail.id}/html`)).text();
    expect(html).toContain('lang="fr"');
    expect(html).toContain('Bonjour Awa Ndiaye,');
    expect(html).toContain('Le lien expire dans 48 heures.');
    const confirm = linkPath(mail, '/verify/');

    await page.goto(confirm);
    await expect(page.getByRole('heading', { name: 'Confirmez votre signature' })).toBeVisible();
    await page.getByRole('button', { name: 'Confirmer ma signature' }).click();
    await expect(page.getByRole('heading', { name: 'Votre signature' })).toBeVisible();
    await expect(page.getByText('Merci : votre adresse électronique est confirmée.')).toBeVisible();
    await expect(page.getByTestId('sign-on-status')).toHaveText('Confirmée, en cours d’examen');

    // The next email to this signer is in French as well.
    const received = await latestMail(request, email, 'sign-on-received');
    expect(received.subject).toMatch(/^Nous avons bien reçu votre signature de « .+ »$/);
  });

  test('field errors come back in the language of the form, with what was typed', async ({ page }) => {
    await page.goto(FRENCH);
    await page.getByRole('link', { name: 'Au nom d’une organisation' }).click();
    await page.getByLabel('Nom de l’organisation').fill('Voix du Delta');
    await page.getByRole('combobox', { name: /^Pays/ }).selectOption({ label: 'International / pas de pays unique' });
    await page.getByLabel('Site web').fill('javascript:alert(1)');
    await page.getByLabel('Votre nom').fill('Ana Silva');
    await page.getByLabel('Votre fonction dans l’organisation').fill('Coordinatrice');
    await page.getByLabel('Adresse électronique').fill(uniqueEmail('erreurs'));
    await page.getByLabel('Je suis habilité·e à signer au nom de cette organisation.').check();
    await page.getByRole('button', { name: 'Signer la lettre' }).click();

    await expect(page.getByRole('region', { name: 'Signer cette lettre' }).getByRole('alert')).toContainText('Veuillez corriger les champs signalés.');
    await expect(page.getByText('Saisissez une adresse web commençant par https:// ou http://.')).toBeVisible();
    await expect(page.getByLabel('Site web')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Nom de l’organisation')).toHaveValue('Voix du Delta');
    await expectLanguage(page, 'fr');
  });

  test('the switcher moves between every language of the letter with plain links', async ({ page }) => {
    await page.goto(FRENCH);
    await switcher(page, '한국어').click();
    await expect(page).toHaveURL(new RegExp(`${KOREAN}$`));
    await expectLanguage(page, 'ko');
    await expect(page.getByTestId('summary-sentence')).toHaveText(/^(\d+개국의 )?단체 \d+곳과 개인 \d+명$/);
    await expect(page.getByTestId('translation-notice')).toContainText('이 글은 번역본입니다.');
    await switcher(page, 'English').click();
    await expect(page).toHaveURL(new RegExp(`${ORIGINAL}$`));
    await expectLanguage(page, 'en');
    await expect(page.getByTestId('translation-notice')).toHaveCount(0);

    // Sub-pages of a language keep it; their links lead back to the same language.
    await page.goto(`${FRENCH}/my-link`);
    await expectLanguage(page, 'fr');
    await expect(page.getByRole('heading', { name: 'Recevoir mon lien par courriel' })).toBeVisible();
    await page.getByRole('link', { name: 'Retour à la lettre' }).click();
    await expect(page).toHaveURL(new RegExp(`${FRENCH}$`));
    await page.goto(`${FRENCH}?kind=individual`);
    await expect(page.getByRole('link', { name: 'À titre personnel' })).toHaveAttribute('aria-current', 'true');
  });
});

test('a language the letter lacks is a 404, and the lists and exports are the same in every language', async ({ page, request }) => {
  for (const path of [`/letters/${slug}/de`, `/letters/${slug}/ar`, `${DELIVERED}/fr`, `/letters/${slug}/xx/signatories`]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }

  // The delivered letter in Arabic: right to left, its final list and the print page in Arabic.
  await page.goto(`${DELIVERED}/ar`);
  await expectLanguage(page, 'ar', 'rtl');
  await expectAlternates(page, { en: DELIVERED, ar: `${DELIVERED}/ar`, 'x-default': DELIVERED });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('رسالة مشتركة: بحار منصفة لصيادي السواحل');

  await page.goto(`${DELIVERED}/ar/signatories`);
  await expectLanguage(page, 'ar', 'rtl');
  await expect(page.getByText('Coastal Fishers Federation').first()).toBeVisible();
  await expect(page.getByText('Nadia Haddad').first()).toBeVisible();
  // Country names in the reader's language (Lebanon).
  await expect(page.locator('.signatory-list').getByText(/لبنان/).first()).toBeVisible();
  expect((await request.get(`${DELIVERED}/ar/print`)).status()).toBe(200);

  const text = await (await request.get(`${DELIVERED}/ar/export.txt`)).text();
  expect(text.split('\n')[0]).toBe('رسالة مشتركة: بحار منصفة لصيادي السواحل');
  // The hashed document has one form: the same bytes, and the same published hash, whatever page linked to it.
  const json = await request.get(`${DELIVERED}/export.json`);
  expect(json.headers()['x-snapshot-sha256']).toMatch(/^[0-9a-f]{64}$/);
  expect(await json.text()).not.toContain('locale');
});

test('a form posted from another site in French leads to the French "check your email" page', async ({ page, request }) => {
  const posted = await request.post(`${ORIGINAL}/sign`, {
    form: { kind: 'individual', displayName: 'Camille Script', email: uniqueEmail('posted-fr'), locale: 'fr' },
    maxRedirects: 0,
  });
  expect(posted.status()).toBe(303);
  const location = posted.headers().location ?? '';
  expect(new URL(location).pathname).toBe(`${FRENCH}/check-email`);
  await page.goto(location);
  await expectLanguage(page, 'fr');
});

test('a letter written in a language the interface lacks keeps its signers on its own pages', async ({ page, browser, request }) => {
  const stamp = Date.now().toString(36);
  const slug = `offener-brief-${stamp}`;
  await signIn(page, 'coordinator@example.org');
  await createCampaign(page, `Offener Brief ${stamp}`, slug, 'de');
  await saveDraft(page, { body: 'Wir fordern den Schutz der Flüsse.' });
  await openForSignOn(page);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/letters/${slug}?kind=individual`);
  await expect(visitor.locator('article.letter')).toHaveAttribute('lang', 'de');
  await visitor.getByLabel('Full name').fill('Jonas Weber');
  await visitor.getByRole('combobox', { name: /^Country/ }).selectOption({ label: 'Germany' });
  await visitor.getByLabel('Email address').fill(uniqueEmail('de'));
  await visitor.getByRole('button', { name: 'Sign the letter' }).click();
  await expect(visitor).toHaveURL(new RegExp(`/letters/${slug}/check-email$`));
  await expect(visitor.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  await visitor.context().close();

  // Another site's form, which names no language, lands there too.
  const posted = await request.post(`/letters/${slug}/sign`, { form: { kind: 'individual', displayName: 'Mia Schulz', email: uniqueEmail('de-posted') }, maxRedirects: 0 });
  expect(new URL(posted.headers().location ?? '').pathname).toBe(`/letters/${slug}/check-email`);
});

test('translated and right-to-left pages pass axe', async ({ page }) => {
  for (const path of [FRENCH, `${FRENCH}/as-individual`, `${FRENCH}/check-email`, `${FRENCH}/embed`, `${FRENCH}/embed/check-email`, KOREAN, `${DELIVERED}/ar`, `${DELIVERED}/ar/signatories`, `${DELIVERED}/ar/print`]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations, path).toEqual([]);
  }
  // A phone's width: nothing scrolls sideways in Korean or Arabic.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of [KOREAN, `${DELIVERED}/ar`]) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
  }
});

test('a coordinator adds a translation beside the original, with a preview, and it is published at its own address', async ({ page }) => {
  await signIn(page, 'coordinator@example.org');
  await page.getByRole('link', { name: /protect the River Commons/ }).click();
  await tab(page, 'Letter').click();
  await page.getByRole('link', { name: 'Edit its translations (2 languages)' }).click();
  await expect(page).toHaveURL(/\/letter\/translations$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Translations' })).toBeVisible();
  await expect(page.getByTestId('translation-fr')).toContainText('Up to date with version 1.');

  const adding = page.locator('details', { hasText: 'Add a translation' });
  await adding.locator('summary').click();
  await adding.getByLabel('Language', { exact: true }).selectOption({ label: 'Español' });
  await adding.getByLabel('Title', { exact: true }).fill('Carta abierta: protejan el Común del Río');
  await adding.getByLabel('Body', { exact: true }).fill('Señora Ministra:\n\nPedimos **caudales mínimos vinculantes**.');
  // The preview follows the typing, in the translation's language.
  await expect(adding.locator('article[lang="es"] h1')).toHaveText('Carta abierta: protejan el Común del Río');
  await adding.getByRole('button', { name: 'Save the translation' }).click();
  await expect(adding.getByRole('status')).toHaveText('Translation saved.');

  await expect
    .poll(async () => {
      const response = await page.goto(`/letters/${slug}/es`);
      return response?.status() === 200 ? page.getByRole('heading', { level: 1 }).textContent() : null;
    })
    .toBe('Carta abierta: protejan el Común del Río');
  await expectLanguage(page, 'es');
  await expect(page.getByTestId('translation-notice')).toContainText('Esta es una traducción. El texto en inglés es el que da fe.');
  await page.goto(ORIGINAL);
  await expect(page.locator('head link[rel="alternate"][hreflang="es"]')).toHaveCount(1);

  // A coordinator chooses the language of their own emails; the next sign-in link comes in it.
  await page.goto('/dashboard/settings');
  await page.getByLabel('Language of the emails you receive').selectOption({ label: 'Español' });
  await page.getByRole('button', { name: 'Save the language' }).click();
  await expect(page.getByRole('status')).toHaveText('Se guardó el idioma de sus correos.');
  const asked = Date.now() - 1000;
  await requestLink(page, 'coordinator@example.org');
  const mail = await latestMail(page.request, 'coordinator@example.org', 'coordinator-sign-in', asked);
  expect(mail.subject).toMatch(/^Su enlace para entrar en Undersigned \(válido \d+ minutos\)$/);
  await signIn(page, 'coordinator@example.org');
  await page.goto('/dashboard/settings');
  await page.getByLabel('Language of the emails you receive').selectOption({ label: 'English' });
  await page.getByRole('button', { name: 'Save the language' }).click();
  await expect(page.getByRole('status')).toHaveText('Your email language is saved.');
});

test('a translation left behind by an edit of the original is marked outdated, and opening asks first', async ({ page }) => {
  const stamp = Date.now().toString(36);
  const draft = `languages-${stamp}`;
  await signIn(page, 'coordinator@example.org');
  await page.getByRole('link', { name: 'New campaign' }).click();
  await page.getByLabel('Title of the letter').fill(`Clean rivers ${stamp}`);
  await page.getByLabel('Web address').fill(draft);
  await page.getByRole('button', { name: 'Create the campaign' }).click();
  await expect(page).toHaveURL(/\/letter$/);
  await page.getByLabel('Body', { exact: true }).fill('We ask for clean rivers.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status')).toHaveText('Draft saved.');

  await page.getByRole('link', { name: 'Translate the letter into other languages' }).click();
  const adding = page.locator('details', { hasText: 'Add a translation' });
  await adding.locator('summary').click();
  await adding.getByLabel('Language', { exact: true }).selectOption({ label: 'Français' });
  await adding.getByLabel('Title', { exact: true }).fill(`Des rivières propres ${stamp}`);
  await adding.getByLabel('Body', { exact: true }).fill('Nous demandons des rivières propres.');
  await adding.getByRole('button', { name: 'Save the translation' }).click();
  await expect(adding.getByRole('status')).toHaveText('Translation saved.');

  // The original changes while a draft: the French text now lags behind.
  await page.getByRole('link', { name: '← Back to the original' }).click();
  await expect(page).toHaveURL(/\/letter$/);
  await page.getByLabel('Body', { exact: true }).fill('We ask for clean rivers by 2030.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status')).toHaveText('Draft saved.');
  await expect(page.getByText('1 is outdated.')).toBeVisible();

  await tab(page, 'Overview').click();
  await page.getByRole('button', { name: 'Open for sign-on' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Some translations' })).toHaveText('Some translations are outdated: French. Publish anyway?');
  await page.getByLabel('Yes, open it for sign-on with outdated translations').check();
  await page.getByRole('button', { name: 'Open for sign-on' }).click();
  await expect(page.getByRole('status')).toHaveText('The campaign is opened.');

  // Its readers are told that the original decides.
  await expect
    .poll(async () => (await page.goto(`/letters/${draft}/fr`))?.status())
    .toBe(200);
  await expect(page.getByTestId('translation-notice')).toContainText('Le texte en anglais a changé depuis la dernière mise à jour de cette traduction');
});
