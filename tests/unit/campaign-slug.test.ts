import { describe, expect, it } from 'vitest';
import { createCampaignSchema } from '@/lib/campaigns/schemas';
import { slugFromTitle } from '@/lib/campaigns/slug';

describe('a new campaign’s web address', () => {
  it('is made from the title: accents dropped, words joined by hyphens, cut at a word', () => {
    expect(slugFromTitle('Open letter: protect the River Commons!')).toBe('open-letter-protect-the-river-commons');
    expect(slugFromTitle('Lettre ouverte : l’eau, bien commun')).toBe('lettre-ouverte-leau-bien-commun');
    expect(slugFromTitle('Fair seas for coastal fishers — 2027 edition of the joint letter to the Ministry of Fisheries')).toBe(
      'fair-seas-for-coastal-fishers-2027-edition-of-the-joint',
    );
    expect(slugFromTitle('남북 평화를 위한 공동 서한')).toBe('');
  });

  it('lets a coordinator submit a title alone', () => {
    const parsed = createCampaignSchema.parse({ title: 'Clean air around every school', slug: '' });
    expect(parsed).toMatchObject({ slug: 'clean-air-around-every-school', slugDerived: true, language: 'en' });
    const korean = createCampaignSchema.parse({ title: '남북 평화를 위한 공동 서한', slug: '' });
    expect(korean.slug).toMatch(/^letter-[a-z0-9]+$/);
  });

  it('keeps an address typed by hand, and explains a bad one', () => {
    expect(createCampaignSchema.parse({ title: 'Anything', slug: 'my-letter' })).toMatchObject({ slug: 'my-letter', slugDerived: false });
    const bad = createCampaignSchema.safeParse({ title: 'Anything', slug: 'Not OK!' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ['slug'] });
  });
});
