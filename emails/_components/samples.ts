/**
 * The letter and signer the previews (`npm run email:preview`) tell of, so that every email reads
 * as part of one story; the tests render each template with them as well.
 */
export const sampleLetter = {
  campaignTitle: 'Open letter: protect the River Commons',
  letterUrl: 'http://localhost:3000/letters/protect-the-river-commons',
};

export const sampleSignOn = {
  campaignTitle: sampleLetter.campaignTitle,
  name: 'Amina Yusuf',
  statusUrl: 'http://localhost:3000/signed/Hn4bV7sK2dQ9xR1mZt6uWc',
};
