import { decode } from '../../src/input/decode.js';
import { InputError } from '../../src/input/input-error.js';

const text = 'قتل 600 متظاهر in Paris';

describe('decode', () => {
  test.each([
    ['UTF-8', Buffer.from(text, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'utf-8'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf-16le'],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]), 'utf-16be'],
    ['UTF-16 LE without BOM', Buffer.from('Paris rally: 600 dead', 'utf16le'), 'utf-16le'],
  ])('%s', (_n, buf, encoding) => {
    const d = decode(buf, 'x');
    expect(d.encoding).toBe(encoding);
    expect(d.text.endsWith('Paris') || d.text.endsWith('dead')).toBe(true);
    expect(d.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  test('UTF-8 with a corrupt byte: replacement character and a warning with the byte offset', () => {
    const d = decode(Buffer.concat([Buffer.from('café ', 'utf8'), Buffer.from([0xff]), Buffer.from('x')]), 'x');
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('café \uFFFDx');
    expect(d.warnings[0]).toMatch(/invalid UTF-8 at byte 6/);
  });

  // The reverse of the windows-1256 table, built from the platform's own decoder.
  const cp1256 = new Map<string, number>();
  const upper = new TextDecoder('windows-1256').decode(Uint8Array.from({ length: 128 }, (_, i) => 128 + i));
  [...upper].forEach((ch, i) => cp1256.set(ch, 128 + i));
  const encode1256 = (s: string) => Buffer.from([...s].map((ch) => (ch.charCodeAt(0) < 128 ? ch.charCodeAt(0) : cp1256.get(ch)!)));

  test('windows-1256 Arabic is recognised and decoded, with a warning', () => {
    const arabic = 'قتل 600 متظاهر على الأقل في إيران';
    const d = decode(encode1256(arabic), 'x');
    expect(d.encoding).toBe('windows-1256');
    expect(d.text).toBe(arabic);
    expect(d.warnings[0]).toMatch(/decoded as windows-1256/);
  });

  test('windows-1256 Arabic with an Arabic comma (bytes that look like one UTF-8 sequence) is still windows-1256', () => {
    // 0xE4 (ن) then 0xA1 (،) is a well-formed-looking lead and continuation byte pair.
    const arabic = 'قتل 600 متظاهر في إيران،واعتقل أكثر من 12000 شخص، بحسب منظمة العفو الدولية.';
    const d = decode(encode1256(arabic), 'x');
    expect(d.encoding).toBe('windows-1256');
    expect(d.text).toBe(arabic);
  });

  test.each([
    ['utf-16le', Buffer.from(text + ' قتل 600 متظاهر على الأقل في إيران', 'utf16le')],
    ['utf-16be', Buffer.from(text + ' قتل 600 متظاهر على الأقل في إيران', 'utf16le').swap16()],
  ])('BOM-less Arabic %s (the only NUL bytes are the high bytes of spaces and digits)', (encoding, buf) => {
    const d = decode(buf, 'x');
    expect(d.encoding).toBe(encoding);
    expect(d.text.startsWith(text)).toBe(true);
    expect(d.warnings[0]).toMatch(/no byte-order mark/);
  });

  test('NUL bytes at every other position that do not read as text are binary, not UTF-16', () => {
    const buf = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0 : 1 + ((i * 7) % 31))));
    expect(() => decode(buf, 'f.bin')).toThrow(/binary/);
  });

  test('windows-1252 (Latin) text is decoded, with a warning', () => {
    const d = decode(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), 'x');
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).toBe('Café ok');
  });

  test('a legacy code page text with a stray control byte is still text', () => {
    const text = Buffer.from('Caf\xe9 au lait: 12 personnes bless\xe9es.\x01 La police a dit.', 'latin1');
    expect(decode(text, 'x').text).toContain('12 personnes');
  });

  test('a stray NUL in text is kept, with a warning', () => {
    const d = decode(Buffer.from('Ten people were killed.\u0000 Police said.', 'utf8'), 'x');
    expect(d.text).toContain('\u0000');
    expect(d.warnings).toEqual(['1 NUL byte(s) in the text']);
  });

  test.each([
    ['empty', Buffer.alloc(0), /empty file/],
    ['a PDF', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj', 'latin1'), /binary/],
    ['white space', Buffer.from(' \n\t '), /no text/],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a, 0xff, 0x00, 0x00, 0x10, 0x20]), /binary/],
    ['random bytes with few NULs', pseudoRandomBytes(3000, 0x5eed), /binary/],
  ])('rejects %s input', (_n, buf, message) => {
    expect(() => decode(buf, 'f.txt')).toThrow(InputError);
    expect(() => decode(buf, 'f.txt')).toThrow(message);
  });
});

/** Bytes from a fixed-seed generator (a linear congruential one): the same "random" file every run. */
function pseudoRandomBytes(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = (x >>> 16) & 0xff;
  }
  return out;
}
