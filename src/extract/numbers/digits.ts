/**
 * Numbers written with digits: digit groups, decimals, exponents, glued suffixes.
 *
 * Separator policy (the same for every language, switched by grammar options):
 * - `,` + exactly 3 digits groups thousands when the first group has 1–3 digits (`12,000`,
 *   `1,234,567`); a comma before 1–2 digits is a list in English (`22,24,26`) and a decimal
 *   comma where the language writes one (`commaDecimal`: Arabic `٤,٨` = 4.8), and in any
 *   language before a scale word (`1,2 million`, as translated and continental texts write it).
 * - one space + exactly 3 digits groups thousands the same way (`12 000`, `1 414 021 100`;
 *   thin and no-break spaces are plain spaces after normalisation).
 * - `.` + 3 digits is a decimal point when it occurs once (`12.000` = 12, `4.800` = 4.8): Arabic
 *   ٫ is normalised to `.` and is the decimal sign, so a lone `.ddd` cannot be told apart from
 *   a decimal. Two or more `.ddd` groups (`12.000.000`) or a `.ddd` group followed by a decimal
 *   comma (`1.111,11`) are thousands separators. Four dotted parts each ≤ 255 are an IP address
 *   and `192.168.1.2`-like chains are read as separate integers, never as decimals.
 * - A leading `.77` is 0.77 when nothing is glued before the dot.
 * - `1e10`, `1.3e6`, `2.5^-1`, `1.3x10^6` are powers.
 * - Letters glued after the digits: ordinal suffixes (`21st`), multiplier suffixes (`3bn`,
 *   `10k`, `1.2M`), money-only suffixes (`$5m`: `5m` alone is five metres); any other letters
 *   (`180ml`, `29km`, `5G`: see `suffixCodes`) make it a measurement or a code, not a count: nothing is read;
 *   calendar letters (`2023م`) are allowed and left out of the span.
 * - Letters glued before the digits (`F16`, `COVID19`) make a code too, except where the
 *   language glues clitics to numbers (`lettersBeforeDigits`: Arabic `ال448`, `و14`).
 */
import type { Grammar } from './grammar.js';
import { Tok, glued, type Token } from './tokens.js';

export interface DigitNumber {
  /** First and last token of the numeral (inclusive). */
  s: number;
  e: number;
  value: number;
  /** A fractional part was written (`4.800`, `٤,٨`). */
  decimal: boolean;
  /** A bare run of digits: no separator, decimal, suffix or exponent. */
  plain: boolean;
  /** Number of digits of the integer part as written (`0033` → 4). */
  intDigits: number;
  ordinal?: boolean;
  /** Multiplier of a suffix (`bn`, `k`), when one was read. */
  mult?: number;
  /** Value before that multiplier. */
  base?: number;
  /** Valid only as an amount of money (`5m`). */
  moneyOnly?: boolean;
  /** Not a number (glued to letters): the caller skips tokens s..e. */
  reject?: boolean;
}

/** Round away binary noise (`2.3 * 1e6` = 2299999.9999999995). */
export function clean(x: number): number {
  if (Number.isSafeInteger(x)) return x;
  return Number.isFinite(x) ? parseFloat(x.toPrecision(15)) : x;
}

function isSym(t: Token | undefined, chars: string | string[]): boolean {
  return t !== undefined && t.type === Tok.Sym && (typeof chars === 'string' ? t.text === chars : chars.includes(t.text));
}

function isNum(t: Token | undefined, len?: number): boolean {
  return t !== undefined && t.type === Tok.Num && (len === undefined || t.text.length === len);
}

/** `tokens[k]` is a separator glued between two digit runs. */
function gluedSep(tokens: Token[], k: number, sep: string | string[]): boolean {
  return isSym(tokens[k], sep) && glued(tokens[k - 1], tokens[k]) && isNum(tokens[k + 1]) && glued(tokens[k], tokens[k + 1]);
}

/** True when the digits at `i` sit inside a dotted chain (`192.168.1.2`, `1.2.3`, `12.05.2020`). */
function inDottedChain(tokens: Token[], i: number): boolean {
  const before = gluedSep(tokens, i - 1, '.') && isNum(tokens[i - 2]);
  const after1 = gluedSep(tokens, i + 1, '.');
  const after2 = after1 && gluedSep(tokens, i + 3, '.');
  const mid = before && after1;
  const before2 = before && gluedSep(tokens, i - 3, '.');
  return mid || after2 || before2;
}

function isIp(tokens: Token[], i: number): boolean {
  for (let k = 0; k < 4; k++) {
    const t = tokens[i + 2 * k];
    if (!isNum(t) || t!.text.length > 3 || Number(t!.text) > 255) return false;
    if (k < 3 && !gluedSep(tokens, i + 2 * k + 1, '.')) return false;
  }
  return !gluedSep(tokens, i + 7, '.');
}

/** The suffix names a code with this value (`5G`, `3.5G` network generations), not a multiplier. */
function isCode(g: Grammar, suffix: string, value: number): boolean {
  const r = g.suffixCodes.get(suffix);
  return r !== undefined && value >= r[0]! && value <= r[1]!;
}

/** Read exponent or power notation after the mantissa ending at token `j`; returns [value, last token] or null. */
function readPower(tokens: Token[], j: number, base: number): [number, number] | null {
  let k = j + 1;
  let t = tokens[k];
  if (!glued(tokens[j], t)) return null;
  let mode: 'e' | '^' | 'x10';
  if (t!.type === Tok.Word && (t!.text === 'e' || t!.text === 'E')) mode = 'e';
  else if (isSym(t, '^')) mode = '^';
  else if (t!.type === Tok.Word && (t!.text === 'x' || t!.text === 'X') && tokens[k + 1]?.text === '10' && glued(t, tokens[k + 1]) && isSym(tokens[k + 2], '^') && glued(tokens[k + 1], tokens[k + 2])) {
    mode = 'x10';
    k += 2;
  } else return null;
  let neg = false;
  let p = k + 1;
  while (isSym(tokens[p], ['+', '-']) && glued(tokens[p - 1], tokens[p])) {
    if (tokens[p]!.text === '-') neg = !neg;
    p++;
  }
  const e = tokens[p];
  if (!isNum(e) || !glued(tokens[p - 1], e)) return null;
  if (glued(e, tokens[p + 1]) && tokens[p + 1]!.type === Tok.Word) return null;
  const x = Number(e!.text) * (neg ? -1 : 1);
  const v = mode === '^' ? Math.pow(base, x) : base * Math.pow(10, x);
  return [clean(v), p];
}

/**
 * Read a numeral starting at token `i` (a digit run, or a `.` before one). Returns null when
 * there is no numeral at `i`.
 */
export function readDigits(tokens: Token[], i: number, g: Grammar): DigitNumber | null {
  const t = tokens[i];
  if (!t) return null;
  let j = i;
  let intStr: string;
  let fracStr = '';
  let grouped = false;

  if (isSym(t, '.')) {
    const n = tokens[i + 1];
    const prev = tokens[i - 1];
    if (!isNum(n) || !glued(t, n) || (glued(prev, t) && prev!.type !== Tok.Sym)) return null;
    intStr = '0';
    fracStr = n!.text;
    j = i + 1;
  } else if (t.type === Tok.Num) {
    intStr = t.text;
    const after = gluedSep(tokens, i - 1, '.') && isNum(tokens[i - 2]);
    // Count dot groups only where a grouped number could start, so that a long run of dotted
    // digits is measured once, not from each of its parts.
    let dotGroups = 0;
    if (!after && t.text.length <= 3) {
      while (gluedSep(tokens, i + 2 * dotGroups + 1, '.') && isNum(tokens[i + 2 * dotGroups + 2], 3)) dotGroups++;
    }
    const dotThousands = !after && t.text.length <= 3 && dotGroups >= 2 && !gluedSep(tokens, i + 2 * dotGroups + 1, '.') && !isIp(tokens, i);
    const chain = !dotThousands && (inDottedChain(tokens, i) || isIp(tokens, i) || after);
    if (!chain) {
      // Thousands separators: `,` (and `،` where the language uses it), or one space.
      const first = t.text.length;
      for (const sep of g.options.thousandsSeparators) {
        if (first <= 3 && gluedSep(tokens, j + 1, sep) && isNum(tokens[j + 2], 3)) {
          while (gluedSep(tokens, j + 1, sep) && isNum(tokens[j + 2], 3)) {
            intStr += tokens[j + 2]!.text;
            j += 2;
          }
          grouped = true;
          break;
        }
      }
      const afterComma = gluedSep(tokens, i - 1, ',') && isNum(tokens[i - 2]);
      if (!grouped && g.options.indianGrouping && !afterComma && first <= 2 && gluedSep(tokens, j + 1, ',') && isNum(tokens[j + 2], 2)) {
        let k = j;
        let s = intStr;
        while (gluedSep(tokens, k + 1, ',') && isNum(tokens[k + 2], 2)) {
          s += tokens[k + 2]!.text;
          k += 2;
        }
        if (gluedSep(tokens, k + 1, ',') && isNum(tokens[k + 2], 3)) {
          intStr = s + tokens[k + 2]!.text;
          j = k + 2;
          grouped = true;
        }
      }
      if (!grouped && first <= 3) {
        let k = j;
        while (isNum(tokens[k + 1], 3) && tokens[k + 1]!.ws === 1 && !tokens[k + 1]!.nl && !isSym(tokens[k + 2], [':', '/']) ) {
          intStr += tokens[k + 1]!.text;
          k++;
        }
        if (k > j) {
          j = k;
          grouped = true;
        }
      }
      if (!grouped && first <= 3 && gluedSep(tokens, j + 1, '.') && isNum(tokens[j + 2], 3)) {
        // Dot groups: thousands only when unambiguous (see the policy above).
        let k = j;
        let s = intStr;
        let groups = 0;
        while (gluedSep(tokens, k + 1, '.') && isNum(tokens[k + 2], 3)) {
          s += tokens[k + 2]!.text;
          k += 2;
          groups++;
        }
        const decimalComma = gluedSep(tokens, k + 1, ',') && !isNum(tokens[k + 2], 3);
        if (!gluedSep(tokens, k + 1, '.') && (groups >= 2 || decimalComma)) {
          intStr = s;
          j = k;
          grouped = true;
          if (decimalComma) {
            fracStr = tokens[k + 2]!.text;
            j = k + 2;
          }
        }
      }
      if (!fracStr && gluedSep(tokens, j + 1, '.')) {
        fracStr = tokens[j + 2]!.text;
        j += 2;
      } else if (!fracStr && gluedSep(tokens, j + 1, ',') && !isNum(tokens[j + 2], 3) && (g.options.commaDecimal || (!grouped && isNum(tokens[j + 2]) && tokens[j + 2]!.text.length <= 2 && !afterComma && !gluedSep(tokens, j + 3, ',') && scaleAt(tokens, j + 3, g)))) {
        // A decimal comma where the language writes one, and in any language before a scale
        // word: "1,2 million" (a translated or continental text) is 1.2 million, never a list
        // of 1 and 2 million.
        fracStr = tokens[j + 2]!.text;
        j += 2;
      }
    }
  } else {
    return null;
  }

  const s = i;
  const intDigits = intStr.length;
  let value = clean(Number(intStr + (fracStr ? '.' + fracStr : '')));
  const out: DigitNumber = { s, e: j, value, decimal: fracStr !== '', plain: !grouped && !fracStr && t.type === Tok.Num, intDigits };

  const prev = tokens[s - 1];
  const gluedBefore = glued(prev, tokens[s]) && prev!.type === Tok.Word;
  if (gluedBefore && !g.options.lettersBeforeDigits) return { ...out, reject: true };

  const pow = readPower(tokens, j, value);
  if (pow) {
    return { ...out, value: pow[0], e: pow[1], plain: false, decimal: !Number.isInteger(pow[0]) };
  }

  const nx = tokens[j + 1];
  if (glued(tokens[j], nx) && nx!.type === Tok.Word) {
    // Letters glued after the digits.
    const after = tokens[j + 2];
    if (glued(nx, after) && (after!.type === Tok.Num || after!.type === Tok.Word)) return { ...out, e: j + 1, reject: true };
    if (g.ordinalSuffixes.has(nx!.key) && !out.decimal) return { ...out, e: j + 1, ordinal: true, plain: false };
    if (g.transparentSuffixes.has(nx!.key)) return out;
    const m = g.suffixes.get(nx!.text);
    if (m !== undefined && isCode(g, nx!.text, value)) return { ...out, e: j + 1, reject: true };
    if (m !== undefined) return { ...out, e: j + 1, base: value, value: clean(value * m), mult: m, plain: false };
    const mm = g.moneySuffixes.get(nx!.text);
    if (mm !== undefined) return { ...out, e: j + 1, base: value, value: clean(value * mm), mult: mm, plain: false, moneyOnly: true };
    return { ...out, e: j + 1, reject: true };
  }
  if (nx && nx.type === Tok.Word && nx.ws > 0 && !nx.nl) {
    const m = g.spacedSuffixes.get(nx.text);
    const after = tokens[j + 2];
    if (m !== undefined && !(glued(nx, after) && after!.type !== Tok.Sym) && !isCode(g, nx.text, value)) {
      return { ...out, e: j + 1, base: value, value: clean(value * m), mult: m, plain: false };
    }
  }
  value = out.value;
  return out;
}

/** A scale word (million, thousand…) as the next word after token `k - 1`, spaced. */
function scaleAt(tokens: Token[], k: number, g: Grammar): boolean {
  const t = tokens[k];
  if (!t || t.type !== Tok.Word || t.ws === 0 || t.nl) return false;
  const hit = g.lex.lookup(tokens, k);
  return hit !== null && hit.sense.card?.role === 'scale' && !hit.sense.card.weak && hit.sense.card.value >= 1000;
}
