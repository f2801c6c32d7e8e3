-- match_name and name_initials are stored generated columns, and a table with a BEFORE UPDATE
-- trigger (the lock guard) recomputes them on every update of a row: approving 10,000 entries
-- ran the 50 regular expressions of expand_name_abbreviations 20,000 times. The same mapping,
-- word by word against a table of short forms: four regular expressions for the forms that
-- normalization splits in two ("Int'l" → "int l"), then one lookup per word. Same results for
-- normalized names (lower case, single spaces), so stored values stay valid.
CREATE OR REPLACE FUNCTION expand_name_abbreviations(p_name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(coalesce(a.expanded, w.word), ' ' ORDER BY w.n), '')
  FROM regexp_split_to_table(
         regexp_replace(regexp_replace(regexp_replace(regexp_replace(p_name,
           '\mint l\M', 'intl', 'g'), '\mass n\M', 'assn', 'g'), '\mnat l\M', 'natl', 'g'), '\mco (op|operative)\M', 'coop', 'g'),
         ' ') WITH ORDINALITY AS w(word, n)
  LEFT JOIN (VALUES
    ('intl', 'international'), ('internat', 'international'), ('int', 'international'), ('intnl', 'international'),
    ('assn', 'association'), ('assoc', 'association'), ('asso', 'association'),
    ('org', 'organization'), ('orgn', 'organization'), ('organisation', 'organization'),
    ('cttee', 'committee'), ('ctte', 'committee'), ('cmte', 'committee'), ('comm', 'committee'),
    ('fdn', 'foundation'), ('fndn', 'foundation'), ('found', 'foundation'),
    ('natl', 'national'), ('nat', 'national'),
    ('ctr', 'center'), ('ctre', 'center'), ('centre', 'center'),
    ('coop', 'cooperative'),
    ('dept', 'department'), ('govt', 'government'), ('univ', 'university'), ('inst', 'institute'),
    ('soc', 'society'), ('fed', 'federation'), ('devt', 'development'), ('dev', 'development'),
    ('env', 'environment'), ('envt', 'environment'), ('mvmt', 'movement'), ('ntwk', 'network'),
    ('netw', 'network'), ('coalit', 'coalition'), ('cncl', 'council'),
    ('ltd', 'limited'), ('mt', 'mount'), ('st', 'saint')
  ) AS a(short, expanded) ON a.short = w.word
  WHERE w.word <> ''
$$;
