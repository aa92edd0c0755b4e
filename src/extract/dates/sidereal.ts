/**
 * Festivals of the Indian calendars, computed (no table): the solar ones on the day the Sun
 * enters a sidereal sign (a sankranti), the lunisolar ones on a lunar day (tithi, below).
 * Makar Sankranti, Pongal and Maghi follow the Sun into Capricorn (Makara), Vaisakhi into Aries
 * (Mesha). The Sun's apparent longitude is Meeus' low-accuracy solution (Astronomical Algorithms,
 * 2nd ed., ch. 25: about 0.01°, a quarter of an hour of the Sun's motion), made sidereal with
 * the Lahiri (Chitrapaksha) ayanamsa, the Indian government's (23.853° at J2000, 50.29″ a year).
 * An ingress after sunset is kept the next day, as the almanacs do (sunset taken at 18:00 Indian
 * Standard Time, UTC+5:30). Computed on demand: a handful of floating-point steps per year.
 */
import { dayNumber } from './calendar.js';

const RAD = Math.PI / 180;
/** Julian Day of day number 0 (1970-01-01 00:00 UT). */
const JD_1970 = 2440587.5;

/** The Sun's apparent sidereal (Lahiri) longitude in degrees at Julian Day `jd`. */
function siderealSun(jd: number): number {
  const t = (jd - 2451545.0) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * RAD;
  const c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m) + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.000289 * Math.sin(3 * m);
  const omega = (125.04 - 1934.136 * t) * RAD;
  const apparent = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
  const ayanamsa = 23.853 + (50.29 / 3600) * (t * 100);
  return (((apparent - ayanamsa) % 360) + 360) % 360;
}

/**
 * The day number on which the Sun's entry into sidereal sign `sign` (0 = Aries/Mesha … 9 =
 * Capricorn/Makara) of Gregorian year `year` is kept, or null outside 1800–2200.
 */
export function sankrantiDay(year: number, sign: number, afterSunset = false): number | null {
  if (year < 1800 || year > 2200 || sign < 0 || sign > 11) return null;
  const target = sign * 30;
  let jd = JD_1970 + dayNumber(year, 1, 1);
  // Forward to the ingress (the Sun moves about 0.9856° a day), then Newton steps.
  jd += (((target - siderealSun(jd)) % 360) + 360) % 360 / 0.9856;
  for (let k = 0; k < 4; k++) {
    let d = target - siderealSun(jd);
    if (d > 180) d -= 360;
    if (d < -180) d += 360;
    jd += d / 0.9856;
  }
  // Indian Standard Time; after 18:00 the next day when the feast keeps that rule.
  const ist = jd - JD_1970 + 5.5 / 24;
  const day = Math.floor(ist);
  return afterSunset && ist - day >= 0.75 ? day + 1 : day;
}

// ---------------------------------------------------------------------------------------------
// Lunar days (tithis) of the amanta lunisolar months: the Hindu feasts kept on a tithi of a
// lunar month (Diwali: the new moon of Ashvin; Holi: the full moon of Phalguna; Ganesh
// Chaturthi: the 4th of the bright half of Bhadrapada). The Moon's longitude is Meeus' (ch. 47)
// series truncated to its 59 largest terms in longitude (a few arc-seconds to a minute of
// time for a phase); a month runs from one new moon to the next and is named by the sidereal
// sign the Sun is in at its start (Pisces → Chaitra … Aquarius → Phalguna), a month whose
// next new moon finds the Sun in the same sign being the intercalary (adhika) one, skipped. A
// feast is kept on the day whose observance hour (Indian time: sunrise, midday, evening,
// midnight, as the almanacs give for each feast) falls within its tithi; when no day does (a
// tithi shorter than a day), the day it begins.

/** [D, M, M', F, coefficient in 10⁻⁶ degrees] of the Moon's longitude (Meeus, table 47.A). */
const MOON_TERMS: ReadonlyArray<readonly [number, number, number, number, number]> = [
  [0, 0, 1, 0, 6288774], [2, 0, -1, 0, 1274027], [2, 0, 0, 0, 658314], [0, 0, 2, 0, 213618], [0, 1, 0, 0, -185116],
  [0, 0, 0, 2, -114332], [2, 0, -2, 0, 58793], [2, -1, -1, 0, 57066], [2, 0, 1, 0, 53322], [2, -1, 0, 0, 45758],
  [0, 1, -1, 0, -40923], [1, 0, 0, 0, -34720], [0, 1, 1, 0, -30383], [2, 0, 0, -2, 15327], [0, 0, 1, 2, -12528],
  [0, 0, 1, -2, 10980], [4, 0, -1, 0, 10675], [0, 0, 3, 0, 10034], [4, 0, -2, 0, 8548], [2, 1, -1, 0, -7888],
  [2, 1, 0, 0, -6766], [1, 0, -1, 0, -5163], [1, 1, 0, 0, 4987], [2, -1, 1, 0, 4036], [2, 0, 2, 0, 3994],
  [4, 0, 0, 0, 3861], [2, 0, -3, 0, 3665], [0, 1, -2, 0, -2689], [2, 0, -1, 2, -2602], [2, -1, -2, 0, 2390],
  [1, 0, 1, 0, -2348], [2, -2, 0, 0, 2236], [0, 1, 2, 0, -2120], [0, 2, 0, 0, -2069], [2, -2, -1, 0, 2048],
  [2, 0, 1, -2, -1773], [2, 0, 0, 2, -1595], [4, -1, -1, 0, 1215], [0, 0, 2, 2, -1110], [3, 0, -1, 0, -892],
  [2, 1, 1, 0, -810], [4, -1, -2, 0, 759], [0, 2, -1, 0, -713], [2, 2, -1, 0, -700], [2, 1, -2, 0, 691],
  [2, -1, 0, -2, 596], [4, 0, 1, 0, 549], [0, 0, 4, 0, 537], [4, -1, 0, 0, 520], [1, 0, -2, 0, -487],
  [2, 1, 0, -2, -399], [0, 0, 2, -2, -381], [1, 1, 1, 0, 351], [3, 0, -2, 0, -340], [4, 0, -3, 0, 330],
  [2, -1, 2, 0, 327], [0, 2, 1, 0, -323], [1, 1, -1, 0, 299], [2, 0, 3, 0, 294],
];

/** The Sun's tropical apparent longitude (without nutation, which the elongation cancels). */
function tropicalSun(jd: number): number {
  const t = (jd - 2451545.0) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * RAD;
  const c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m) + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.000289 * Math.sin(3 * m);
  return l0 + c - 0.00569;
}

function moonLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525;
  const lp = 218.3164477 + 481267.88123421 * t - 0.0015786 * t * t;
  const d = (297.8501921 + 445267.1114034 * t - 0.0018819 * t * t) * RAD;
  const m = (357.5291092 + 35999.0502909 * t - 0.0001536 * t * t) * RAD;
  const mp = (134.9633964 + 477198.8675055 * t + 0.0087414 * t * t) * RAD;
  const f = (93.272095 + 483202.0175233 * t - 0.0036539 * t * t) * RAD;
  const e = 1 - 0.002516 * t - 0.0000074 * t * t;
  let s = 0;
  for (const [kd, km, kmp, kf, c] of MOON_TERMS) s += c * (km === 0 ? 1 : km === 1 || km === -1 ? e : e * e) * Math.sin(kd * d + km * m + kmp * mp + kf * f);
  s += 3958 * Math.sin((119.75 + 131.849 * t) * RAD) + 1962 * Math.sin(lp * RAD - f) + 318 * Math.sin((53.09 + 479264.29 * t) * RAD);
  return lp + s / 1e6;
}

/** The Moon's elongation from the Sun, 0–360°. */
const elongation = (jd: number) => (((moonLongitude(jd) - tropicalSun(jd)) % 360) + 360) % 360;

/** The first moment after `jd` (within a month) when the elongation is `target` degrees. */
function nextElongation(jd: number, target: number): number {
  let x = jd + ((((target - elongation(jd)) % 360) + 360) % 360) / 12.19;
  for (let k = 0; k < 6; k++) {
    let d = target - elongation(x);
    if (d > 180) d -= 360;
    if (d < -180) d += 360;
    x += d / 12.19;
  }
  return x;
}

interface LunarMonth {
  start: number;
  end: number;
  /** 0 = Chaitra … 11 = Phalguna. */
  month: number;
  adhika: boolean;
}

const monthsCache = new Map<number, LunarMonth[]>();

/** The amanta months from November of year − 1 to January of year + 1 (Julian Days). */
function lunarMonths(year: number): LunarMonth[] {
  const hit = monthsCache.get(year);
  if (hit) return hit;
  const moons: number[] = [];
  let nm = nextElongation(JD_1970 + dayNumber(year - 1, 11, 1), 0);
  const stop = JD_1970 + dayNumber(year + 1, 2, 1);
  while (nm < stop) {
    moons.push(nm);
    nm = nextElongation(nm + 1, 0);
  }
  moons.push(nm);
  const out: LunarMonth[] = [];
  for (let i = 0; i + 1 < moons.length; i++) {
    const r = Math.floor(siderealSun(moons[i]!) / 30);
    const r2 = Math.floor(siderealSun(moons[i + 1]!) / 30);
    out.push({ start: moons[i]!, end: moons[i + 1]!, month: (r + 1) % 12, adhika: r === r2 });
  }
  if (monthsCache.size > 64) monthsCache.clear();
  monthsCache.set(year, out);
  return out;
}

/**
 * The day numbers in Gregorian `year` on which tithi `tithi` (1–15 the bright half, 16–30 the
 * dark half, 30 the new moon) of lunar month `month` (0 = Chaitra) is kept at hour `at` of
 * Indian time (6 sunrise, 12 midday, 19 evening, 24 the midnight ending the day); `later`: when
 * two days' hours fall within it, the second. Outside 1800–2200 none.
 */
export function tithiDays(year: number, month: number, tithi: number, at: number, later = false): number[] {
  if (year < 1800 || year > 2200) return [];
  const out: number[] = [];
  const ist = (jd: number) => jd - JD_1970 + 5.5 / 24;
  for (const m of lunarMonths(year)) {
    if (m.month !== month || m.adhika) continue;
    const a = tithi === 1 ? m.start : nextElongation(m.start + (tithi - 1) * 0.9 - 1, (tithi - 1) * 12);
    const b = tithi === 30 ? m.end : nextElongation(a + 0.3, tithi * 12);
    const [from, to] = [ist(a), ist(b)];
    let day: number | null = null;
    for (let d = Math.floor(from); d <= Math.floor(to); d++) {
      const x = d + at / 24;
      if (x >= from && x < to) {
        day = d;
        if (!later) break;
      }
    }
    day ??= Math.floor(from);
    if (new Date(day * 86_400_000).getUTCFullYear() === year) out.push(day);
  }
  return out;
}

