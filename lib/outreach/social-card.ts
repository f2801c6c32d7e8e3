/** The social card's size (og.png): the large card every network shows, 1.91:1. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;
