/**
 * The UN M49 regions (unstats.un.org/unsd/methodology/m49) of ISO 3166-1 alpha-2 codes, for
 * the campaign overview's "by region" breakdown. Antarctica belongs to none. Taiwan, listed by
 * M49 only within China, is placed in Asia, and Kosovo (XK, not in M49) in Europe.
 */
export const regions = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;
export type Region = (typeof regions)[number];

const members: Record<Region, string> = {
  Africa:
    'DZ EG LY MA SD TN EH IO BI KM DJ ER ET TF KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW AO CM CF TD CG CD GQ GA ST ' +
    'BW SZ LS NA ZA BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG',
  Americas:
    'AI AG AR AW BS BB BZ BM BQ BO BV BR CA KY CL CO CR CU CW DM DO EC SV FK GF GL GD GP GT GY HT HN JM MQ MX MS NI PA ' +
    'PY PE PR BL KN LC MF PM VC SX GS SR TT TC US UY VE VG VI',
  Asia:
    'AF AM AZ BH BD BT BN KH CN CY GE HK IN ID IR IQ IL JP JO KZ KW KG LA LB MO MY MV MN MM NP KP OM PK PS PH QA SA SG ' +
    'KR LK SY TW TJ TH TL TR TM AE UZ VN YE',
  Europe:
    'AX AL AD AT BY BE BA BG HR CZ DK EE FO FI FR DE GI GR GG VA HU IS IE IM IT JE LV LI LT LU MT MD MC ME NL MK NO PL ' +
    'PT RO RU SM RS SK SI ES SJ SE CH UA GB XK',
  Oceania: 'AS AU CX CC CK FJ PF GU HM KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV UM VU WF',
};

/** Alpha-2 code → M49 region, as one small table the database query joins on. */
export const regionOf: Readonly<Record<string, Region>> = Object.fromEntries(
  regions.flatMap((region) => members[region].split(' ').map((code) => [code, region])),
);
