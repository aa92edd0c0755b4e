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

  test('invalid UTF-8: replacement characters and a warning with the byte offset', () => {
    const d = decode(Buffer.from([0x61, 0x62, 0xff, 0x63]), 'x');
    expect(d.text).toBe('ab\uFFFDc');
    expect(d.warnings[0]).toMatch(/invalid UTF-8 at byte 2/);
  });

  test.each([
    ['empty', Buffer.alloc(0), /empty file/],
    ['white space', Buffer.from(' \n\t '), /no text/],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a, 0xff, 0x00, 0x00, 0x10, 0x20]), /binary/],
  ])('rejects %s input', (_n, buf, message) => {
    expect(() => decode(buf, 'f.txt')).toThrow(InputError);
    expect(() => decode(buf, 'f.txt')).toThrow(message);
  });
});
