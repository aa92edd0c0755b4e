import { normalize } from '../../../src/text/normalize.js';
import { dayPhraseEnds, extractDates, findReferenceDate, halfOpenTails, ordinalWords } from '../../../src/lang/ar/dates.js';
import type { DateMention } from '../../../src/types.js';
import { fixture } from '../../helpers.js';

const REF = '2019-12-04'; // a Wednesday

function dates(s: string, reference: string | null = REF): DateMention[] {
  return extractDates(normalize(s), { reference });
}

function brief(s: string, reference: string | null = REF): Array<[string, string | null, string]> {
  return dates(s, reference).map((m) => [m.text, m.value, m.grain]);
}

describe('Arabic dates: every month name', () => {
  test.each<[string, number]>([
    ['يناير', 1], ['كانون الثاني', 1], ['جانفي', 1],
    ['فبراير', 2], ['شباط', 2], ['فيفري', 2],
    ['مارس', 3], ['آذار', 3],
    ['أبريل', 4], ['إبريل', 4], ['ابريل', 4], ['نيسان', 4], ['أفريل', 4],
    ['مايو', 5], ['أيار', 5], ['ماي', 5],
    ['يونيو', 6], ['يونيه', 6], ['حزيران', 6], ['جوان', 6],
    ['يوليو', 7], ['يوليه', 7], ['تموز', 7], ['جويلية', 7], ['يوليوز', 7],
    ['أغسطس', 8], ['اغسطس', 8], ['آب', 8], ['أوت', 8], ['غشت', 8],
    ['سبتمبر', 9], ['أيلول', 9], ['شتنبر', 9],
    ['أكتوبر', 10], ['تشرين الأول', 10],
    ['نوفمبر', 11], ['تشرين الثاني', 11], ['نونبر', 11],
    ['ديسمبر', 12], ['كانون الأول', 12], ['دجنبر', 12],
  ])('%s', (name, month) => {
    const mm = String(month).padStart(2, '0');
    expect(brief(`وقع الحادث في 3 ${name} 2020 قرب الميناء`)).toEqual([[`3 ${name} 2020`, `2020-${mm}-03`, 'day']]);
    expect(brief(`تراجعت الأسعار في ${name} 2021.`)).toEqual([[`${name} 2021`, `2021-${mm}`, 'month']]);
  });
});

describe('Arabic dates: day, month and year forms', () => {
  test.each<[string, string, string, string]>([
    ['نظم المحتجون تجمعا يوم الاثنين 2 ديسمبر 2019 في الساحة', 'الاثنين 2 ديسمبر 2019', '2019-12-02', 'day'],
    ['صدر القرار في ۲ ديسمبر ۲۰۱۹ بعد جدل', '۲ ديسمبر ۲۰۱۹', '2019-12-02', 'day'],
    ['صدر القرار في ٢ ديسمبر ٢٠١٩ بعد جدل', '٢ ديسمبر ٢٠١٩', '2019-12-02', 'day'],
    ['اجتمع المجلس في 2 كانون الأول/ديسمبر 2019 مساء', '2 كانون الأول/ديسمبر 2019', '2019-12-02', 'day'],
    ['وقّع الاتفاق في 8 آذار/ مارس 2018', '8 آذار/ مارس 2018', '2018-03-08', 'day'],
    ['انطلقت الحملة في 15 من شهر يوليو 2017', '15 من شهر يوليو 2017', '2017-07-15', 'day'],
    ['عاد الوفد في 4 أبريل 2016م', '4 أبريل 2016م', '2016-04-04', 'day'],
    ['أعلن البيان في يناير 12، 2016 رسميا', 'يناير 12، 2016', '2016-01-12', 'day'],
    ['تدهور الوضع في شهر أكتوبر 2020', 'شهر أكتوبر 2020', '2020-10', 'month'],
    ['ارتفعت الحصيلة في ديسمبر (كانون الأول) 2019', 'ديسمبر (كانون الأول) 2019', '2019-12', 'month'],
    ['أسس المجلس في عام 1948 بمرسوم', 'عام 1948', '1948', 'year'],
    ['تغيرت القوانين سنة 2015 كثيرا', 'سنة 2015', '2015', 'year'],
    ['سنّ القانون في 2012م بعد نقاش', '2012م', '2012', 'year'],
    ['لم يتغير شيء منذ 2017، بحسب مسؤولين', '2017', '2017', 'year'],
    // a year, not a count, when a function word follows: nothing can be counted by «بعد» or «مع»
    ['صدر بحقه قرار هدم في 2014 بعد معاينة الخبراء', '2014', '2014', 'year'],
    ['تضاعف عدد العمال منذ 2016 مع ارتفاع الأجور', '2016', '2016', 'year'],
    ['قدّرت الخسائر بعامي 2011 وما بعده', 'بعامي 2011', '2011', 'year'],
    ['تحدث التقرير عن الاحتجاجات (2018) في المدن', '2018', '2018', 'year'],
    ['صدر الحكم بتاريخ 2/12/2019 عن المحكمة', '2/12/2019', '2019-12-02', 'day'],
    ['صدر الحكم بتاريخ 2019-12-02 عن المحكمة', '2019-12-02', '2019-12-02', 'day'],
  ])('%s', (sentence, text, value, grain) => {
    expect(brief(sentence)).toEqual([[text, value, grain]]);
  });

  test.each<[string, string, string]>([
    ['احتفل السكان في الأول من يناير', 'الأول من يناير', '2020-01-01'],
    ['بدأت الاحتجاجات في الخامس عشر من نوفمبر', 'الخامس عشر من نوفمبر', '2019-11-15'],
    ['تنتهي المهلة في الـ 15 من يوليو', 'الـ 15 من يوليو', '2019-07-15'],
    ['تنتهي المهلة في الـ20 من سبتمبر', 'الـ20 من سبتمبر', '2019-09-20'],
    ['يبدأ الموسم في الحادي والعشرين من مارس', 'الحادي والعشرين من مارس', '2020-03-21'],
    ['وصل الوفد في 15 تشرين الثاني/ نوفمبر إلى المدينة', '15 تشرين الثاني/ نوفمبر', '2019-11-15'],
  ])('year-less day from the reference: %s', (sentence, text, value) => {
    const [m] = dates(sentence);
    expect(m).toMatchObject({ text, value, grain: 'day', inferred: true });
    expect(dates(sentence, null)[0]).toMatchObject({ text, value: null, grain: 'day' });
  });

  test('«من العام الحالي» after a day gives the reference year', () => {
    expect(dates('تنتهي المهلة في العاشر من مايو من العام الحالي', '2015-07-23')[0]).toMatchObject({
      value: '2015-05-10',
      inferred: true,
    });
  });
});

describe('Arabic dates: a month named alone', () => {
  test.each<[string, string, string]>([
    ['اندلعت الانتفاضة في نوفمبر بعد رفع الأسعار', 'نوفمبر', '2019-11'],
    ['تراجعت المبيعات منذ شهر أيلول', 'شهر أيلول', '2019-09'],
    ['ارتفعت الحرارة في شهر آب', 'شهر آب', '2019-08'],
    // a part of the month joins the span; the month keeps its value (its days are from/to)
    ['تصاعد العنف مطلع أكتوبر', 'مطلع أكتوبر', '2019-10'],
    ['عقدت القمة في نوفمبر الماضي', 'نوفمبر الماضي', '2019-11'],
    ['تعقد الانتخابات في مارس المقبل', 'مارس المقبل', '2020-03'],
  ])('%s', (sentence, text, value) => {
    expect(brief(sentence)).toEqual([[text, value, 'month']]);
  });

  test.each([
    'قال إن الأب في آب عمله',
    'مارس الضغط على الحكومة',
    'زار رمضان المدينة أمس الأول',
    'بلغت نسبة البطالة صفر في المئة',
    'انتقل تموز إلى منزل جديد',
  ])('not a month: %s', (sentence) => {
    expect(dates(sentence).filter((m) => m.grain === 'month')).toEqual([]);
  });
});

describe('Arabic dates: not dates', () => {
  test.each([
    'قال عمدة المنطقة الأولى بباريس إن الوضع صعب',
    'تم اعتقال أكثر من 12000 من المتظاهرين',
    'سقط نحو 1500 متظاهر في الاحتجاجات',
    'اندلعت المظاهرات في 2000 مدينة وبلدة',
    'من بين الضحايا مراهقين تتراوح أعمارهم بين 10 و 14 سنة',
    'حتى الساعة 8:39 صباحا',
    'يؤدي المصلون صلاة الجمعة في المسجد',
    'عاد في اليوم التالي إلى منزله',
    'فاز الفريق بنتيجة 2 صفر على ضيفه',
    // a row of figures between pipes is a table, not a title's year field
    '| 1450 | 1520 | 1995 | 2010 |',
  ])('%s', (sentence) => {
    expect(brief(sentence)).toEqual([]);
  });
});

describe('Arabic dates: Hijri', () => {
  test.each<[string, string, string | null, string, string | null, string | null]>([
    ['بدأ الصيام في 15 رمضان 1440 هـ', '15 رمضان 1440 هـ', '2019-05-20', 'day', null, null],
    ['حل العيد في غرة شوال 1440هـ', 'غرة شوال 1440هـ', '2019-06-04', 'day', null, null],
    ['بدأت السنة في 1 محرم 1441 هـ', '1 محرم 1441 هـ', '2019-08-31', 'day', null, null],
    ['صدر القرار في ربيع الأول 1441 هـ', 'ربيع الأول 1441 هـ', null, 'month', '2019-10-29', '2019-11-27'],
    ['ارتفع الإنفاق في رمضان 2019', 'رمضان 2019', null, 'month', '2019-05-06', '2019-06-03'],
    ['أقر النظام عام 1440 هـ', 'عام 1440 هـ', null, 'year', '2018-09-11', '2019-08-30'],
  ])('%s', (sentence, text, value, grain, from, to) => {
    const [m] = dates(sentence);
    expect(m).toMatchObject({ text, value, grain });
    if (from) expect(m).toMatchObject({ from, to });
  });

  test('a Hijri day without a year takes the one nearest the reference', () => {
    expect(dates('صدر البيان في 15 رمضان', '2019-06-10')[0]).toMatchObject({ value: '2019-05-20', inferred: true });
  });
});

describe('Arabic dates: relative expressions', () => {
  test.each<[string, string, string | null]>([
    ['أعلن الوزير يوم الاثنين استقالته', 'الاثنين', '2019-12-02'],
    ['وقع الانفجار الثلاثاء الماضي', 'الثلاثاء الماضي', '2019-12-03'],
    ['يزور الرئيس المدينة الخميس المقبل', 'الخميس المقبل', '2019-12-05'],
    ['قال المتحدث اليوم الأربعاء إن', 'اليوم الأربعاء', '2019-12-04'],
    ['ضرب الزلزال مساء أمس الثلاثاء', 'أمس الثلاثاء', '2019-12-03'],
    ['أعلنت الوزارة أمس حصيلة جديدة', 'أمس', '2019-12-03'],
    ['ستعقد الجلسة غداً في البرلمان', 'غداً', '2019-12-05'],
    ['ارتفعت الأسعار الشهر الماضي', 'الشهر الماضي', '2019-11'],
    ['تضاعفت الصادرات العام الماضي', 'العام الماضي', '2018'],
  ])('%s', (sentence, text, value) => {
    const got = dates(sentence);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ text, value });
  });

  test('a week is a period; a weekday beside it names its day', () => {
    expect(dates('قتل 16 شخصا في الأسبوع الماضي وحده')[0]).toMatchObject({
      text: 'الأسبوع الماضي',
      value: null,
      from: '2019-11-25',
      to: '2019-12-01',
    });
    expect(dates('يعود الوفد الأسبوع المقبل يوم الجمعة')[0]).toMatchObject({ value: '2019-12-13' });
  });

  test('without a reference: kept, value null', () => {
    expect(brief('أعلن الوزير يوم الاثنين استقالته', null)).toEqual([['الاثنين', null, 'day']]);
  });
});

describe('Arabic dates: periods', () => {
  test.each<[string, string, string, string]>([
    ['تستمر المعارض من 15 إلى 20 نوفمبر', 'من 15 إلى 20 نوفمبر', '2019-11-15', '2019-11-20'],
    ['تجري الانتخابات بين 15 و20 نوفمبر', 'بين 15 و20 نوفمبر', '2019-11-15', '2019-11-20'],
    ['يقام المهرجان 15-20 نوفمبر 2019', '15-20 نوفمبر 2019', '2019-11-15', '2019-11-20'],
    ['أعدم المئات من الأول من مارس حتى العاشر من مايو 2016', 'من الأول من مارس حتى العاشر من مايو 2016', '2016-03-01', '2016-05-10'],
  ])('%s', (sentence, text, from, to) => {
    const got = dates(sentence);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ text, value: from, grain: 'day', from, to });
  });

  test('years', () => {
    expect(dates('تضاعفت الأسعار بين عامي 2019 و2021')[0]).toMatchObject({ value: '2019', grain: 'year', from: '2019', to: '2021' });
  });
});

describe('Arabic reference date', () => {
  test.each<[string, string | null]>([
    ['الصحيفة - وكالات\nالسبت 5 أكتوبر 2024 - 10:12\n\nقال مسؤولون في 3 مارس 2023 إن', '2024-10-05'],
    ['نظم أنصار الحزب، يوم الأحد 1 ديسمبر 2019، تجمعا', '2019-12-01'],
    ['ليس في النص تاريخ كامل، فقط 15 نوفمبر وعام 2019', null],
    // a background date of the running text is never the reference
    ['غمرت الأمطار الوادي يوم الثلاثاء، بحسب المسؤولين. وفي العام الماضي، في 12 حزيران/يونيو 2025، انهار سد.', null],
    ['غمرت الأمطار الوادي.\n\nانهار السد في 12 حزيران/يونيو 2025.\n\nوبدأ الإصلاح في 3 آب/أغسطس 2025.', null],
    ['كمبالا - 8 تموز/يوليو 2026 - غمرت الأمطار الوادي. وفي 12 حزيران/يونيو 2025 انهار سد.', '2026-07-08'],
    ['غمرت الأمطار الوادي.\n\nانهار السد في 12 حزيران/يونيو 2025.\n\nتتمة.\n\nنُشر في 8 تموز/يوليو 2026', '2026-07-08'],
    ['الأمطار تغمر الوادي\nآخر تحديث: الأربعاء 8 تموز/يوليو 2026\n\nانهار السد في 12 حزيران/يونيو 2025.', '2026-07-08'],
  ])('%#', (text, expected) => {
    expect(findReferenceDate(normalize(text))).toBe(expected);
  });
});

describe('Arabic seed document', () => {
  const text = fixture('paris-rally-2019.ar.txt');
  const t = normalize(text);

  test('its own date', () => {
    expect(findReferenceDate(t)).toBe('2019-12-02');
  });

  test('the gold dates, spans in the original (Extended Arabic-Indic digits)', () => {
    const got = extractDates(t, { reference: '2019-12-02' });
    expect(got.map((m) => [m.value, m.grain])).toEqual([
      ['2019-12-02', 'day'],
      ['2019-11', 'month'],
    ]);
    expect(got[0]!.text).toBe('الاثنين 2 ديسمبر ۲۰۱۹');
    expect(got[1]!.text).toBe('نوفمبر ۲۰۱۹');
    for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(got.some((m) => m.text.includes('الأولى'))).toBe(false);
  });
});

describe('Arabic dates: added forms (issue 6)', () => {
  const short = (s: string, ctx: Partial<Parameters<typeof extractDates>[1]> = {}) =>
    extractDates(normalize(s), { reference: REF, ...ctx }).map((m) => [m.text, m.value ?? `${m.from}..${m.to}`]);

  test.each<[string, string, string]>([
    ['غادرت القافلة المدينة قبل ثلاثة أيام', 'قبل ثلاثة أيام', '2019-12-01'],
    ['يصل الوزير إلى عمّان بعد يومين', 'بعد يومين', '2019-12-06'],
    ['انقطعت الكهرباء منذ أسبوعين في الحي', 'منذ أسبوعين', '2019-11-20'],
    ['افتتح المعبر قبل 10 أيام', 'قبل 10 أيام', '2019-11-24'],
    ['ارتفعت الأسعار قبل شهرين', 'قبل شهرين', '2019-10-04'],
    ['تأسست الجمعية قبل خمس سنوات', 'قبل خمس سنوات', '2014'],
    ['تغلق الأسواق في عيد الفطر', 'عيد الفطر', '2020-05-24'],
    ['زار الرئيس المخيم في عيد الأضحى 2018', 'عيد الأضحى 2018', '2018-08-21'],
    ['تقل ساعات العمل خلال شهر رمضان', 'شهر رمضان', '2020-04-24..2020-05-23'],
    ['وصل الوفد غدا إلى الرباط', 'غدا', '2019-12-05'],
    ['تبدأ المحادثات بعد غد في جنيف', 'بعد غد', '2019-12-06'],
    ['أغلقت المدارس أول أمس', 'أول أمس', '2019-12-02'],
    ['ينعقد المؤتمر الأسبوع المقبل', 'الأسبوع المقبل', '2019-12-09..2019-12-15'],
    ['تراجعت الصادرات الشهر الماضي', 'الشهر الماضي', '2019-11'],
    ['تجرى الانتخابات العام المقبل', 'العام المقبل', '2020'],
    ['أقيم الحفل في الخامس عشر من مارس', 'الخامس عشر من مارس', '2020-03-15'],
  ])('%s', (sentence, text, value) => {
    expect(short(sentence)).toEqual([[text, value]]);
  });

  test.each<string>([
    'يزداد عدد الجرحى يوما بعد يوم',
    'عاد الهدوء بعد يومين من الاشتباكات',
    'وقعت الحادثة قبل ثلاثة أيام على الانتخابات',
  ])('no date: %s', (sentence) => {
    expect(short(sentence)).toEqual([]);
  });

  test('a date after «قبل» is that date, not a count', () => {
    expect(short('جرى ذلك قبل عام 2015')).toEqual([['عام 2015', '2015']]);
  });

  test('prefer future: a bare weekday is the next one, a year-less date the next occurrence', () => {
    expect(short('يجتمع المجلس يوم الجمعة', { prefer: 'future' })).toEqual([['الجمعة', '2019-12-06']]);
    expect(short('يجتمع المجلس يوم الجمعة')).toEqual([['الجمعة', '2019-11-29']]);
  });

  test('nextWeekday: «الخميس المقبل» is the coming Thursday, or next week\'s on request', () => {
    expect(short('يصل المبعوث يوم الخميس المقبل')).toEqual([['الخميس المقبل', '2019-12-05']]);
    expect(short('يصل المبعوث يوم الخميس المقبل', { nextWeekday: 'week' })).toEqual([['الخميس المقبل', '2019-12-12']]);
  });

  test('shortNumeric: day/month without a year on request, day first', () => {
    expect(short('سأعود في 22/4')).toEqual([]);
    expect(short('سأعود في 22/4', { shortNumeric: true })).toEqual([['22/4', '2020-04-22']]);
  });
});

describe('Arabic dates: periods, month-first days, quarters, parts (issue 6, part 2)', () => {
  // Reference: Wednesday 4 December 2019.
  const rows = (s: string) =>
    extractDates(normalize(s), { reference: REF }).map((m) => [m.text, m.value, m.from ?? null, m.to ?? null]);

  test.each<[string, string, string | null, string | null, string | null]>([
    // A day after the month, alone or opening a period of days.
    ['أقيم المعرض في سبتمبر 21، وفق المنظمين', 'سبتمبر 21', '2019-09-21', null, null],
    ['يستمر المهرجان أغسطس 9-12 في المدينة', 'أغسطس 9-12', '2019-08-09', '2019-08-09', '2019-08-12'],
    ['انعقدت الدورة تشرين الأول 3 إلى 6', 'تشرين الأول 3 إلى 6', '2019-10-03', '2019-10-03', '2019-10-06'],
    // A period whose ends have different grains, and a period closed by «الآن».
    ['تراجعت الصادرات من 2014 إلى أبريل 2017 بشدة', 'من 2014 إلى أبريل 2017', '2014', '2014', '2017-04'],
    ['تتواصل الأزمة منذ 2012 حتى الآن في البلاد', 'منذ 2012 حتى الآن', '2012', '2012', '2019-12-04'],
    // Quarters and halves of a year.
    ['نما الاقتصاد في الربع الثاني من عام 2018', 'الربع الثاني من عام 2018', null, '2018-04', '2018-06'],
    ['تراجعت المبيعات في النصف الأول من العام الماضي', 'النصف الأول من العام الماضي', null, '2018-01', '2018-06'],
    // Parts of a unit named from the reference.
    ['تبدأ المفاوضات مطلع الشهر المقبل', 'مطلع الشهر المقبل', '2020-01', '2020-01-01', '2020-01-10'],
    ['تصل الشحنة في نهاية الأسبوع المقبل', 'نهاية الأسبوع المقبل', null, '2019-12-13', '2019-12-15'],
    ['ارتفعت الأسعار أواخر العام الماضي', 'أواخر العام الماضي', '2018', '2018-09-01', '2018-12-31'],
    // A day of a month named from the reference.
    ['وقعت الحادثة في الخامس من الشهر الجاري', 'الخامس من الشهر الجاري', '2019-12-05', null, null],
    ['تبدأ الجلسات في الـ15 من الشهر المقبل', 'الـ15 من الشهر المقبل', '2020-01-15', null, null],
    ['عقد الاجتماع يوم الثلاثاء التاسع عشر من الشهر الماضي', 'الثلاثاء التاسع عشر من الشهر الماضي', '2019-11-19', null, null],
    ['وقعت الحادثة يوم الثلاثاء 3 الجاري', 'الثلاثاء 3 الجاري', '2019-12-03', null, null],
    ['أعلنت النتائج في 12 الشهر الماضي', '12 الشهر الماضي', '2019-11-12', null, null],
    // Rolling periods ending the day before the reference or starting the day after it.
    ['قتل عشرون شخصا خلال الأيام الثلاثة الماضية', 'الأيام الثلاثة الماضية', null, '2019-12-01', '2019-12-03'],
    ['يتوقع هطول أمطار في الأسابيع الأربعة المقبلة', 'الأسابيع الأربعة المقبلة', null, '2019-12-05', '2020-01-01'],
    ['تضاعفت الأسعار في الشهرين الماضيين', 'الشهرين الماضيين', null, '2019-10-04', '2019-12-03'],
    ['غادر البلاد آلاف خلال آخر 3 سنوات', 'آخر 3 سنوات', null, '2016-12-04', '2019-12-03'],
    // Earlier / later in the reference's week, month or year.
    ['أعلن الوزير في وقت سابق من هذا الأسبوع', 'في وقت سابق من هذا الأسبوع', null, '2019-12-02', '2019-12-03'],
    ['تصدر النتائج في وقت لاحق من الشهر الجاري', 'في وقت لاحق من الشهر الجاري', '2019-12', '2019-12-05', '2019-12-31'],
    ['ارتفع التضخم في العام قبل الماضي', 'العام قبل الماضي', '2017', null, null],
    // The nth weekday of a month; «الثلاثاء الثالث من …» is the 3rd only if the 3rd is a Tuesday.
    ['تعقد القمة في أول خميس من شهر مارس 2020', 'أول خميس من شهر مارس 2020', '2020-03-05', null, null],
    ['جرت الانتخابات الثلاثاء الثالث من سبتمبر 2019', 'الثلاثاء الثالث من سبتمبر 2019', '2019-09-03', null, null],
    ['جرت الانتخابات الجمعة الثالثة من أكتوبر 2019', 'الجمعة الثالثة من أكتوبر 2019', '2019-10-18', null, null],
    ['يبدأ المهرجان آخر جمعة من الشهر المقبل', 'آخر جمعة من الشهر المقبل', '2020-01-31', null, null],
    // A Hijri month alone after a time preposition, or with last/next: its closest occurrence.
    ['ترتفع الأسعار عادة في رمضان', 'رمضان', null, '2020-04-24', '2020-05-23'],
    ['تضاعفت المساعدات في رمضان الماضي', 'رمضان الماضي', null, '2019-05-06', '2019-06-03'],
    // Holidays with a fixed or Hijri date.
    ['خرج العمال في مسيرات بمناسبة عيد العمال', 'عيد العمال', '2020-05-01', null, null],
    ['وقف الحجاج على جبل عرفات في يوم عرفة 2019', 'يوم عرفة 2019', '2019-08-10', null, null],
    ['يتوقع هطول الأمطار من مارس إلى مايو عادة', 'من مارس إلى مايو', '2020-03', '2020-03', '2020-05'],
    ['تراجعت الصادرات من مارس إلى مايو الماضيين', 'من مارس إلى مايو الماضيين', '2019-03', '2019-03', '2019-05'],
    // An ordinal day after the month.
    ['أقيم الحفل يوم الاثنين، يناير الثاني والعشرين، 2018', 'الاثنين، يناير الثاني والعشرين، 2018', '2018-01-22', null, null],
    // Separators between the day and the month.
    ['وصل الوفد يوم 7. أكتوبر 2018 إلى العاصمة', '7. أكتوبر 2018', '2018-10-07', null, null],
  ])('%s', (s, text, value, from, to) => {
    expect(rows(s)).toEqual([[text, value, from, to]]);
  });

  test.each<string>([
    'قتل في نوفمبر 15 شخصا على الأقل', // a count after the month, not its day
    'قال إنه حتى الآن لم يتلق ردا', // «حتى الآن» closes no period
    'اشترت الشركة ربع الأسهم', // a quarter of something, not of a year
  ])('no day-level date or period: %s', (s) => {
    expect(rows(s).filter((r) => r[2] !== null || /\d{4}-\d{2}-\d{2}/.test(String(r[1])))).toEqual([]);
  });
});

describe('Arabic dates: months after a time preposition, decades, offsets from now', () => {
  const rows = (s: string) => extractDates(normalize(s), { reference: REF }).map((m) => [m.text, m.value ?? `${m.from}..${m.to}`]);
  test.each<[string, string, string]>([
    // An ambiguous month name after a preposition that only places things in time.
    ['بدأت الاحتجاجات في مارس واستمرت', 'مارس', '2020-03'],
    ['تراجعت الأسعار منذ تموز', 'تموز', '2019-07'],
    ['يرتفع الطلب خلال نيسان عادة', 'نيسان', '2020-04'],
    ['يعود الوفد هذا أكتوبر', 'هذا أكتوبر', '2019-10'],
    // Decades: the last of that name, or the century written after it.
    ['عاشت المدينة أزمة في الثمانينيات', 'الثمانينيات', '1980..1989'],
    ['بني الجسر في عشرينيات القرن الماضي', 'عشرينيات القرن الماضي', '1920..1929'],
    // A count from now.
    ['تصل الشحنة بعد أسبوعين من الآن', 'بعد أسبوعين من الآن', '2019-12-18'],
    ['وصل الوفد يوم 27.', 'يوم 27', '2019-11-27'],
  ])('%s', (s, text, value) => {
    expect(rows(s)).toEqual([[text, value]]);
  });

  test.each<string>(['من مارس الضغط على الحكومة فقد خسر', 'قال هذا أب لثلاثة أطفال', 'وصل بعد يومين من الهجوم'])('nothing: %s', (s) => {
    expect(rows(s)).toEqual([]);
  });
});

describe('Arabic dates: anaphoric years and months resolve against the date narrated before', () => {
  const REF26 = '2026-07-03';
  test.each<[string, string, string | null, string]>([
    ['اكتمل بناء السد في آذار/مارس 2019. وفي تشرين الأول/أكتوبر من ذلك العام تصدع.', 'تشرين الأول/أكتوبر من ذلك العام', '2019-10', 'month'],
    ['اكتمل بناء السد في مارس 2019، وفي أكتوبر من العام نفسه تصدع.', 'أكتوبر من العام نفسه', '2019-10', 'month'],
    ['اكتمل بناء السد في مارس 2019، وفي 9 أكتوبر من العام ذاته تصدع.', '9 أكتوبر من العام ذاته', '2019-10-09', 'day'],
    ['اكتمل بناء السد عام 2019، وفي العام التالي تصدع.', 'العام التالي', '2020', 'year'],
    ['اكتمل بناء السد عام 2019، وفي العام السابق توقفت الأشغال.', 'العام السابق', '2018', 'year'],
    ['اكتمل بناء السد عام 2019، وفي ذلك العام افتتح طريق.', 'ذلك العام', '2019', 'year'],
    ['اكتمل بناء السد في آذار/مارس 2019. وفي الشهر نفسه افتتح طريق.', 'الشهر نفسه', '2019-03', 'month'],
    ['اكتمل بناء السد في كانون الأول/ديسمبر 2019. وفي الشهر التالي افتتح طريق.', 'الشهر التالي', '2020-01', 'month'],
    ['اكتمل بناء السد في مارس 2019، وبعد ذلك بعام تصدع.', 'وبعد ذلك بعام', '2020', 'year'],
    ['اكتمل بناء السد في مارس 2019 وتصدع في يونيو من العام التالي.', 'يونيو من العام التالي', '2020-06', 'month'],
    // the nearest date before
    ['بدأت الأشغال عام 2015، واكتمل السد في أيار/مايو 2019، وفي العام التالي تصدع.', 'العام التالي', '2020', 'year'],
  ])('%s', (text, span, value, grain) => {
    expect(brief(text, REF26).find(([t]) => t === span)).toEqual([span, value, grain]);
  });

  test.each<[string, string, string | null]>([
    // nothing narrated before: the previous year counts from the reference
    ['تراجعت الصادرات مقارنة بالعام السابق.', 'بالعام السابق', '2025'],
  ])('without an antecedent: %s', (text, span, value) => {
    expect(brief(text, REF26).find(([t]) => t === span)?.[1]).toBe(value);
  });

  test('«العام» that is "general", not "year", is no anaphor', () => {
    expect(brief('وقال الأمين العام نفسه إن الوضع خطير.', REF26)).toEqual([]);
    expect(brief('ودعا المدعي العام ذاته إلى التحقيق.', REF26)).toEqual([]);
  });
});

describe('Arabic dates: a bare year after words of time', () => {
  test.each<[string, string]>([
    ['ارتفعت الأسعار في الأسابيع الأولى من 2026 بحسب التجار.', '2026'],
    ['ارتفعت الأسعار في الأيام الأخيرة من 2025 بحسب التجار.', '2025'],
    ['يتوقع أن تستقر الأسعار مطلع 2026 بعد موسم الأمطار.', '2026'],
    ['يتوقع أن تستقر الأسعار بحلول نهاية 2026 بحسب التجار.', '2026'],
  ])('%s', (text, year) => {
    expect(brief(text, '2026-07-03').map(([, v, g]) => [v, g])).toEqual([[year, 'year']]);
  });
});

type Span = [string, string | null, string | null, string | null];
/** Text, value, from and to of every mention. */
function full(s: string, reference: string | null = REF): Span[] {
  return dates(s, reference).map((m) => [m.text, m.value, m.from ?? null, m.to ?? null]);
}

// «يوم» before a weekday is the preposition-like head ("on"): out of the span, as in English
// spans and in Recognizers-Text's Arabic specs; «أمس»/«اليوم» before it name the day and stay.
describe('Arabic dates: weekdays without «يوم» (REF is Wednesday 4 December 2019)', () => {
  test.each<[string, Span[]]>([
    ['أعلنت الوزارة الثلاثاء أن المفاوضات متوقفة', [['الثلاثاء', '2019-12-03', null, null]]],
    ['وصل الوفد الخميس الماضي إلى العاصمة', [['الخميس الماضي', '2019-11-28', null, null]]],
    // an ordinal after the weekday: the nth such weekday of the month, or that day of the month
    ['تعقد الجلسة يوم الأحد الثاني', [['الأحد الثاني', '2019-12-08', null, null]]],
    ['يفتتح المعرض السبت الرابع عشر', [['السبت الرابع عشر', '2019-12-14', null, null]]],
    // a weekday named with its week
    ['احتفل السكان خميس الأسبوع الماضي بالمهرجان', [['خميس الأسبوع الماضي', '2019-11-28', null, null]]],
    // «اليوم»/«أمس» before the weekday name the day and stay in the span, before a date too
    ['أعلنت الوزارة اليوم الثلاثاء 10 ديسمبر أن الطرق مغلقة', [['اليوم الثلاثاء 10 ديسمبر', '2019-12-10', null, null]]],
    ['قالت الشرطة مساء أمس الثلاثاء إن الطريق أغلق', [['أمس الثلاثاء', '2019-12-03', null, null]]],
    // «غدا», «يوم غد», «أمس الأول» before the weekday give its day
    ['يصل الوفد غدا الخميس إلى العاصمة', [['غدا الخميس', '2019-12-05', null, null]]],
    ['يعقد المجلس يوم غد الخميس جلسة طارئة', [['يوم غد الخميس', '2019-12-05', null, null]]],
    ['أصدرت المحكمة أمس الأول الاثنين حكمها', [['أمس الأول الاثنين', '2019-12-02', null, null]]],
    // not a day: a prayer, "the two", "the eleven"
    ['امتلأ المسجد بالمصلين في صلاة الجمعة', []],
    ['اتفق الاثنين معا على الخطة', []],
    ['التقى ممثلو البلدين الاثنين في جنيف', []],
    ['صوت الأحد عشر نائبا ضد القرار', []],
  ])('%s', (sentence, expected) => {
    expect(full(sentence)).toEqual(expected);
  });
});

describe('Arabic dates: more words for days', () => {
  test.each<[string, string]>([
    ['سيصل الوفد بكرة صباحا', '2019-12-05'],
    ['غادر الضيوف امبارح', '2019-12-03'],
    ['سيعقد الاجتماع في اليوم الذي بعد الغد', '2019-12-06'],
    ['انتهى التحقيق في اليوم الذي قبل أمس', '2019-12-02'],
  ])('%s', (sentence, value) => {
    expect(dates(sentence).map((m) => m.value)).toEqual([value]);
  });
});

describe('Arabic dates: months by number, days by position, parts of a month', () => {
  test.each<[string, Span[]]>([
    ['تنتهي المهلة في اليوم الخامس من شهر 3', [['اليوم الخامس من شهر 3', '2020-03-05', null, null]]],
    ['يصدر القرار في العاشر من الشهر الثامن 2021', [['العاشر من الشهر الثامن 2021', '2021-08-10', null, null]]],
    ['أغلق الملف في آخر يوم من شهر شباط 2020', [['آخر يوم من شهر شباط 2020', '2020-02-29', null, null]]],
    ['يسلم التقرير ثاني يوم من شهر عشرة سنة 2022', [['ثاني يوم من شهر عشرة سنة 2022', '2022-10-02', null, null]]],
    // a month by its number alone is too often a count or a rank
    ['دخلت الحرب الشهر الثامن على التوالي', []],
    // months and days counted in a story
    ['تصاعد القصف مع بداية الشهر الثاني من الحرب', []],
    ['انضم المعلمون في اليوم العاشر من الشهر الثالث للاعتصام', []],
    // a part of a named month: the month's value, the part's days
    ['تصاعد القتال أواخر شهر أكتوبر', [['أواخر شهر أكتوبر', '2019-10', '2019-10-21', '2019-10-31']]],
    ['هدأت المعارك منتصف مارس 2018', [['منتصف مارس 2018', '2018-03', '2018-03-11', '2018-03-20']]],
    ['تستأنف الدراسة بداية شهر 2', [['بداية شهر 2', '2020-02', '2020-02-01', '2020-02-10']]],
  ])('%s', (sentence, expected) => {
    expect(full(sentence)).toEqual(expected);
  });
});

describe('Arabic dates: numbered weeks and weekdays of a month', () => {
  test.each<[string, Span[]]>([
    // a week belongs to the month that holds its Thursday, as in English; a week of a named month
    // is a part of it: the month is its value (as «مطلع يونيو»), the week's days its from/to
    ['تبدأ الحملة في الأسبوع الأول من شهر فبراير 2021', [['الأسبوع الأول من شهر فبراير 2021', '2021-02', '2021-02-01', '2021-02-07']]],
    ['تراجعت المبيعات في آخر أسبوع في نوفمبر', [['آخر أسبوع في نوفمبر', '2019-11', '2019-11-25', '2019-12-01']]],
    ['تجري الانتخابات أول ثلاثاء من شهر 11 سنة 2020', [['أول ثلاثاء من شهر 11 سنة 2020', '2020-11-03', null, null]]],
    ['يعقد المؤتمر الخميس الأخير من الشهر المقبل', [['الخميس الأخير من الشهر المقبل', '2020-01-30', null, null]]],
  ])('%s', (sentence, expected) => {
    expect(full(sentence)).toEqual(expected);
  });
});

describe('Arabic dates: holidays and named days', () => {
  test.each<[string, Span[]]>([
    ['أغلقت المتاجر يوم عيد الميلاد', [['يوم عيد الميلاد', '2019-12-25', null, null]]],
    ['ارتفعت المبيعات في عيد الشكر 2020', [['عيد الشكر 2020', '2020-11-26', null, null]]],
    ['تعود العائلة في رأس السنة العام المقبل', [['رأس السنة العام المقبل', '2020-01-01', null, null]]],
    // a day whose date depends on the country: its year when written, else nothing to resolve
    ['أقيم عرض عسكري في عيد الاستقلال عام 2018', [['عيد الاستقلال عام 2018', '2018', null, null]]],
    ['أقيم عرض عسكري في عيد الاستقلال', []],
    // a birthday, not Christmas
    ['احتفلت الفنانة بعيد الميلاد الـ 80 لوالدتها', []],
  ])('%s', (sentence, expected) => {
    expect(full(sentence)).toEqual(expected);
  });
});

test('a named day without a year is a span only without a reference date', () => {
  expect(full('أقيم عرض عسكري في عيد الاستقلال', null)).toEqual([['عيد الاستقلال', null, null, null]]);
});

describe('Arabic dates: seasons with a year or a modifier', () => {
  test.each<[string, Span[]]>([
    // a written year stays the value (as English "summer 2016"); the months are from/to
    ['اشتدت موجة الحر صيف 2018 في المنطقة', [['صيف 2018', '2018', '2018-06', '2018-08']]],
    ['تراجعت الأمطار في الشتاء الماضي', [['الشتاء الماضي', null, '2018-12', '2019-02']]],
    ['تبدأ الأشغال الربيع المقبل', [['الربيع المقبل', null, '2020-03', '2020-05']]],
    ['افتتح الجسر خريف العام الماضي', [['خريف العام الماضي', null, '2018-09', '2018-11']]],
    // alone, a season is generic; «الربيع العربي» is no season
    ['يزداد استهلاك الكهرباء في الصيف', []],
    ['اندلعت احتجاجات الربيع العربي في تونس', []],
  ])('%s', (sentence, expected) => {
    expect(full(sentence)).toEqual(expected);
  });
});

describe('Arabic dates: years in words', () => {
  test.each<[string, Span[]]>([
    ['ولد الكاتب عام ألف وتسعمائة وخمسة وأربعين في القاهرة', [['عام ألف وتسعمائة وخمسة وأربعين', '1945', null, null]]],
    ['وقعت الاتفاقية في الخامس من مايو، ألفين وعشرة', [['الخامس من مايو، ألفين وعشرة', '2010-05-05', null, null]]],
    ['هاجرت الأسرة سنة تسعة عشر وثمانية وستين', [['سنة تسعة عشر وثمانية وستين', '1968', null, null]]],
    // a count in words is not a year
    ['نزح ألفين شخص من القرية', []],
  ])('%s', (sentence, expected) => {
    expect(full(sentence)).toEqual(expected);
  });
});

describe('Arabic dates: periods of days, weeks, quarters and decades', () => {
  test.each<[string, Span[]]>([
    // ordinal days joined into one period, the opener with them
    ['تقام الدورة من الحادي عشر حتى الرابع عشر من فبراير', [['من الحادي عشر حتى الرابع عشر من فبراير', '2020-02-11', '2020-02-11', '2020-02-14']]],
    // days of the month after it
    ['تغلق الحدود شهر يناير بين 3 و 9', [['شهر يناير بين 3 و 9', '2020-01-03', '2020-01-03', '2020-01-09']]],
    ['يزور الوفد أكتوبر من الأول إلى الخامس', [['أكتوبر من الأول إلى الخامس', '2019-10-01', '2019-10-01', '2019-10-05']]],
    // weeks of a year and of the current month (ISO: the week holds the Thursday)
    ['تبدأ التصفيات الأسبوع الثاني من عام 2021', [['الأسبوع الثاني من عام 2021', null, '2021-01-11', '2021-01-17']]],
    ['تنتهي الامتحانات الأسبوع الأخير من هذا الشهر', [['الأسبوع الأخير من هذا الشهر', '2019-12', '2019-12-23', '2019-12-29']]],
    ['ارتفع الإنتاج في الربع الثاني من عام ألفين وثمانية عشر', [['الربع الثاني من عام ألفين وثمانية عشر', null, '2018-04', '2018-06']]],
    // calendar decades from the reference's
    ['تضاعف عدد السكان خلال العقدين الماضيين', [['العقدين الماضيين', null, '1990', '2009']]],
    ['يتوقع أن تتغير الخريطة في العقد المقبل', [['العقد المقبل', null, '2020', '2029']]],
    ['شهدت المنطقة ثلاث حروب في العقود الأربعة الماضية', [['العقود الأربعة الماضية', null, '1970', '2009']]],
    // a few = three, as in English
    ['تحسن الطقس في الأيام القليلة الماضية', [['الأيام القليلة الماضية', null, '2019-12-01', '2019-12-03']]],
    ['ازدحمت الطرق في عطلة نهاية الأسبوع', [['عطلة نهاية الأسبوع', null, '2019-12-06', '2019-12-08']]],
    ['تعود الشركة إلى العمل بعد أسبوعين في المستقبل', [['بعد أسبوعين في المستقبل', '2019-12-18', null, null]]],
    ['ارتفعت الأسعار هذا شهر كانون الثاني', [['هذا شهر كانون الثاني', '2019-01', null, null]]],
    // the nth weekday before or after a holiday
    ['تستأنف الدراسة أول أحد بعد عيد الميلاد', [['أول أحد بعد عيد الميلاد', '2019-12-29', null, null]]],
  ])('%s', (sentence, expected) => {
    expect(full(sentence)).toEqual(expected);
  });
});

describe('Arabic dates: more periods and days named from the reference', () => {
  test.each<[string, Span[]]>([
    // two days joined by «حتى» need no opener; one end may be a written date
    ['يستمر الإضراب اليوم حتى الغد', [['اليوم حتى الغد', '2019-12-04', '2019-12-04', '2019-12-05']]],
    ['تغلق المدارس من الأحد حتى الثلاثاء', [['من الأحد حتى الثلاثاء', '2019-12-01', '2019-12-01', '2019-12-03']]],
    ['يستمر المعرض اليوم حتى 20 ديسمبر', [['اليوم حتى 20 ديسمبر', '2019-12-04', '2019-12-04', '2019-12-20']]],
    // «الغد» alone is "the future"
    ['يتحدث الكتاب عن مدن الغد', []],
    // bare first day before a day named from the reference
    ['تقام الدورة من 8 إلى 12 الشهر المقبل', [['من 8 إلى 12 الشهر المقبل', '2020-01-08', '2020-01-08', '2020-01-12']]],
    // days of a named week, the week of a date, the rest of "my week"
    ['تجرى المقابلات الأسبوع المقبل بين الثلاثاء والخميس', [['الأسبوع المقبل بين الثلاثاء والخميس', null, '2019-12-10', '2019-12-12']]],
    ['تبدأ الحملة أسبوع 16 ديسمبر', [['أسبوع 16 ديسمبر', null, '2019-12-16', '2019-12-22']]],
    // counts of several units from now
    ['تنتهي المهلة بعد شهر و 10 أيام من الآن', [['شهر و 10 أيام من الآن', '2020-01-14', null, null]]],
    // a number after «في» closing the text: a day of the month, unless it can be a clock hour
    ['قال إنه سيعود في 21', [['21', '2019-11-21', null, null]]],
    ['قال إنه سيعود في 9', []],
    // a weekday with its day number, unless something is counted
    ['يعقد الاجتماع الأربعاء 18 مع الوفد', [['الأربعاء 18', '2019-12-18', null, null]]],
    ['قتل الجمعة 15 شخصا', [['الجمعة', '2019-11-29', null, null]]],
    // «ما بين»: the particle stays out of the span
    ['تغلق الطرق ما بين 5 و 9 يناير', [['بين 5 و 9 يناير', '2020-01-05', '2020-01-05', '2020-01-09']]],
    ['ولد الفيلسوف عام 980.', [['عام 980', '0980', null, null]]],
    ['وصل الحجاج موسم الحج 2019', [['موسم الحج 2019', null, '2019-08-09', '2019-08-14']]],
    ['يذهب الملايين إلى الحج', []],
    ['كانت القبائل تعقد أسواقها في موسم الحج', []],
    // a day word right after a word that ends like «أول»/«قبل» («تداول», «استقبل») is still read
    ['تراجع المؤشر خلال جلسة تداول أمس', [['أمس', '2019-12-03', null, null]]],
    ['كان الرئيس قد استقبل أمس الوفد', [['أمس', '2019-12-03', null, null]]],
  ])('%s', (sentence, expected) => {
    expect(full(sentence)).toEqual(expected);
  });
});

describe('Arabic dates: half-open periods (issue 6, round 2)', () => {
  /** [text, value, from, to, halfOpen] of each mention. */
  const view = (s: string, reference: string | null = REF) =>
    extractDates(normalize(s), { reference }).map((m) => [m.text, m.value, m.from, m.to, !!m.halfOpen]);

  test.each<[string, Array<[string, string | null, string | null | undefined, string | null | undefined, boolean]>]>([
    ['قتل 300 شخص على الأقل منذ 14 تشرين الثاني', [['14 تشرين الثاني', '2019-11-14', '2019-11-14', '2019-12-04', true]]],
    ['ارتفعت الإيجارات منذ أغسطس', [['أغسطس', '2019-08', '2019-08', '2019-12-04', true]]],
    ['وتستمر الاحتجاجات ومنذ عام 2017 في المدينة', [['عام 2017', '2017', '2017', '2019-12-04', true]]],
    ['يسري القانون على المنازل المبنية قبل عام 2010', [['عام 2010', '2010', null, '2009', true]]],
    ['تبقى الأسعار مجمدة حتى مارس', [['مارس', '2020-03', null, '2020-03', true]]],
    ['تعافت الصادرات بعد أيار 2018', [['أيار 2018', '2018-05', '2018-06', null, true]]],
    // A part of a year or month: «منذ» from its first day, «حتى» to its last; a year-less one lies before the reference.
    ['ارتفع عدد الضحايا منذ مطلع 2019', [['2019', '2019', '2019', '2019-12-04', true]]],
    ['يستمر البرنامج حتى نهاية 2020', [['2020', '2020', null, '2020', true]]],
    ['تضاعفت الأسعار منذ بداية شهر مارس', [['بداية شهر مارس', '2019-03', '2019-03-01', '2019-12-04', true]]],
    ['يبقى الحظر حتى نهاية مارس 2020', [['نهاية مارس 2020', '2020-03', null, '2020-03-31', true]]],
    ['قتل 40 شخصا منذ 20 ديسمبر', [['20 ديسمبر', '2018-12-20', '2018-12-20', '2019-12-04', true]]],
    // A part of a unit named from the reference opens a count: «منذ مطلع العام»; «حتى نهاية العام» stays that part.
    ['أعدم 800 شخص منذ مطلع العام', [['مطلع العام', '2019', '2019-01-01', '2019-12-04', true]]],
    ['تستمر الأشغال حتى نهاية العام', [['نهاية العام', '2019', '2019-09-01', '2019-12-31', false]]],
    // Not half-open: offsets from the reference, an operator's date, "to this day", a full period.
    ['انقطعت الكهرباء منذ أسبوعين', [['منذ أسبوعين', '2019-11-20', undefined, undefined, false]]],
    ['استؤنفت المحادثات قبل يومين من 20 أكتوبر 2019', [['20 أكتوبر 2019', '2019-10-20', undefined, undefined, false]]],
    ['ولا يزال العمل متواصلا حتى اليوم', [['اليوم', '2019-12-04', undefined, undefined, false]]],
    ['ارتفعت الأسعار من 2015 حتى 2018', [['من 2015 حتى 2018', '2015', '2015', '2018', false]]],
  ])('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });
});

describe('Arabic dates: periods whose ends are spans or named from the reference (issue 6, round 2)', () => {
  /** [text, value, from, to] of each mention. */
  const view = (s: string, reference: string | null = REF) => extractDates(normalize(s), { reference }).map((m) => [m.text, m.value, m.from, m.to]);

  test.each<[string, Array<[string, string | null, string | null | undefined, string | null | undefined]>]>([
    // An end that is a part of a month closes the period with its own last day.
    ['تستمر الحملة من منتصف مارس إلى نهاية أبريل', [['من منتصف مارس إلى نهاية أبريل', '2020-03', '2020-03-11', '2020-04-30']]],
    ['امتدت الأشغال من مطلع يناير 2019 حتى أواخر فبراير 2019', [['من مطلع يناير 2019 حتى أواخر فبراير 2019', '2019-01', '2019-01-01', '2019-02-28']]],
    // «حتى» joins a day named from the reference and a written date without an opener.
    ['يبقى المعبر مغلقا اليوم حتى 22 ديسمبر', [['اليوم حتى 22 ديسمبر', '2019-12-04', '2019-12-04', '2019-12-22']]],
    ['تغلق المدارس الجمعة حتى يوم الأحد', [['الجمعة حتى يوم الأحد', '2019-11-29', '2019-11-29', '2019-12-01']]],
    // «و» is a plain conjunction: two days, no period.
    ['زار الوفد المدينة الجمعة ويوم الأحد', [['الجمعة', '2019-11-29', undefined, undefined], ['الأحد', '2019-12-01', undefined, undefined]]],
    // «إلى» without «من» may be "to" a day: adjourned today to 15 December is no period.
    ['أجلت المحكمة الجلسة اليوم إلى 15 ديسمبر', [['اليوم', '2019-12-04', undefined, undefined], ['15 ديسمبر', '2019-12-15', undefined, undefined]]],
    ['تغلق المدارس من الجمعة إلى الأحد', [['من الجمعة إلى الأحد', '2019-11-29', '2019-11-29', '2019-12-01']]],
  ])('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });
});

describe('Arabic dates: week anaphors (issue 6, round 2)', () => {
  const view = (s: string, reference: string | null = REF) => extractDates(normalize(s), { reference }).map((m) => [m.text, m.value, m.from, m.to]);

  test.each<[string, Array<[string, string | null, string | null | undefined, string | null | undefined]>]>([
    ['بدأ الحصار في 12 مارس 2019 وسقطت البلدة في الأسبوع التالي', [['12 مارس 2019', '2019-03-12', undefined, undefined], ['الأسبوع التالي', null, '2019-03-18', '2019-03-24']]],
    ['هطلت الأمطار في 5 يونيو 2018 وفاض النهر في الأسبوع نفسه', [['5 يونيو 2018', '2018-06-05', undefined, undefined], ['الأسبوع نفسه', null, '2018-06-04', '2018-06-10']]],
    ['وتراجعت الأسعار في الأسبوع التالي', [['الأسبوع التالي', null, '2019-12-09', '2019-12-15']]],
  ])('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });
});

describe('Arabic dates: day anaphors from the narrated day (issue 6, round 2)', () => {
  const view = (s: string, reference: string | null = REF) => extractDates(normalize(s), { reference }).map((m) => [m.text, m.value]);

  test.each<[string, Array<[string, string | null]>]>([
    ['بدأت الاحتجاجات في 15 نوفمبر، وفي اليوم التالي قتل 20 شخصا', [['15 نوفمبر', '2019-11-15'], ['اليوم التالي', '2019-11-16']]],
    ['وقع الهجوم يوم الأحد، وفي اليوم نفسه أغلقت الطرق', [['الأحد', '2019-12-01'], ['اليوم نفسه', '2019-12-01']]],
    ['صدر الحكم في 10 يونيو 2018، وكانت الجلسة في اليوم السابق', [['10 يونيو 2018', '2018-06-10'], ['اليوم السابق', '2018-06-09']]],
    // No day narrated before it: no date.
    ['عاد الوفد في اليوم التالي إلى العاصمة', []],
  ])('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });
});

describe('Arabic dates: effective dates, parts of a year, weekday ends of periods (issue 6, round 3)', () => {
  const view = (s: string, reference: string | null = REF) =>
    extractDates(normalize(s), { reference }).map((m) => [m.text, m.value, m.from ?? null, m.to ?? null, !!m.halfOpen]);

  test.each<[string, Array<[string, string | null, string | null, string | null, boolean]>]>([
    // «اعتبارا من» / «ابتداء من» / «بدءا من»: from the date on, the end open (not up to the reference).
    ['تدخل الرسوم حيز التنفيذ اعتبارا من 15 مارس 2020.', [['15 مارس 2020', '2020-03-15', '2020-03-15', null, true]]],
    ['ترتفع الأسعار ابتداء من الأول من يناير.', [['الأول من يناير', '2020-01-01', '2020-01-01', null, true]]],
    ['يبدأ التسجيل بدءا من شهر فبراير 2021.', [['شهر فبراير 2021', '2021-02', '2021-02', null, true]]],
    ['تغلق المحلات اعتبارا من اليوم.', [['اليوم', '2019-12-04', '2019-12-04', null, true]]],
    // An event named by its year (construct state); a count stays a count.
    ['اندلعت الاحتجاجات بعد ثورة 2011 في تونس.', [['2011', '2011', null, null, false]]],
    ['تأجلت انتخابات 2018 ثم انقلابي 2020 و2021.', [['2018', '2018', null, null, false], ['2020', '2020', null, null, false], ['2021', '2021', null, null, false]]],
    ['قتل 2000 شخص في الهجمات.', []],
    // A year with a part: the year, the part's days as from/to (as a month's «أواخر مارس»).
    ['اندلعت الاحتجاجات في أواخر 2018.', [['2018', '2018', '2018-09-01', '2018-12-31', false]]],
    ['تراجع الإنتاج منتصف عام 2017.', [['عام 2017', '2017', '2017-05-01', '2017-08-31', false]]],
    // A weekday alone closing a period is the first one on or after its start (reference Wednesday 4 December 2019).
    ['تغلق المدارس من الأحد المقبل إلى الخميس.', [['من الأحد المقبل إلى الخميس', '2019-12-08', '2019-12-08', '2019-12-12', false]]],
    // «منذ» still runs to the reference.
    ['قتل 40 شخصا منذ 2 نوفمبر.', [['2 نوفمبر', '2019-11-02', '2019-11-02', '2019-12-04', true]]],
    // «قبل»/«بعد» before a part of a year: the part names the closed end.
    ['يجب أن ينتهي البناء قبل نهاية عام 2021.', [['عام 2021', '2021', null, '2021', true]]],
    ['تراجعت الصادرات بعد مطلع 2018.', [['2018', '2018', '2018', null, true]]],
    ['أغلقت المصانع قبل بداية 2016.', [['2016', '2016', null, '2015', true]]],
    ['عادت الحركة بعد نهاية 2017.', [['2017', '2017', '2018', null, true]]],
  ])('%s', (sentence, expected) => {
    expect(view(sentence)).toEqual(expected);
  });
});

describe('Arabic dates: the half-open gate (speed) keeps every half-open word', () => {
  test('its words are whole words of letters: the phrases\' ends, after the words before them', () => {
    const tails = halfOpenTails();
    for (const [w, before] of tails) {
      expect(w).toMatch(/^\p{L}+$/u);
      for (const b of before ?? []) expect(b).toMatch(/^\p{L}+$/u);
    }
    for (const w of ['منذ', 'ومنذ', 'حتي', 'قبل', 'بعد', 'مطلع', 'نهايه']) expect(tails.get(w)).toBeNull();
    expect(tails.get('من')?.has('اعتبارا')).toBe(true);
    expect(tails.get('العام')?.has('مطلع')).toBe(true);
    expect(tails.get('العام')?.has('في')).toBe(false);
  });

  const read = (s: string) =>
    extractDates(normalize(s), { reference: '2024-06-01' }).map((m) => [m.text, m.value, m.from ?? null, m.to ?? null, m.halfOpen ?? null]);
  test.each<[string, unknown[]]>([
    ['تراجعت الأسعار منذ مطلع عام 2021 بشكل ملحوظ', [['عام 2021', '2021', '2021', '2024-06-01', true]]],
    ['وحتى 12 مارس 2020 لم يصدر القرار', [['12 مارس 2020', '2020-03-12', null, '2020-03-12', true]]],
    ['يجب تسليم التقرير قبل نهاية 2022', [['2022', '2022', null, '2022', true]]],
    ['يسري القانون اعتبارا من 3 يناير 2024', [['3 يناير 2024', '2024-01-03', '2024-01-03', null, true]]],
    ['غادر بعد أيار 2020', [['أيار 2020', '2020-05', '2020-06', null, true]]],
    ['وصل الوفد في 5 مايو 2019', [['5 مايو 2019', '2019-05-05', null, null, null]]],
  ])('%s', (s, expected) => {
    expect(read(s)).toEqual(expected);
  });
});

describe('Arabic dates: ordinal days behind their gates (speed)', () => {
  test('the words of the ordinal days are whole words of letters', () => {
    const { first, last } = ordinalWords();
    for (const w of [...first, ...last]) expect(w).toMatch(/^\p{L}+$/u);
    for (const w of ['الخامس', 'الحادي', 'السادس']) expect(first.has(w)).toBe(true);
    for (const w of ['الخامس', 'والخامس', 'عشر', 'والعشرين']) expect(last.has(w)).toBe(true);
  });

  test('the last words of the day phrases are whole words of letters', () => {
    for (const w of dayPhraseEnds()) expect(w).toMatch(/^\p{L}+$/u);
    for (const w of ['اليوم', 'امس', 'غد', 'غدا']) expect(dayPhraseEnds().has(w)).toBe(true);
  });

  const read = (s: string) => extractDates(normalize(s), { reference: '2024-06-01' }).map((m) => [m.text, m.value, m.from ?? null, m.to ?? null]);
  test.each<[string, unknown[]]>([
    ['عقد الاجتماع في الخامس من شهر مايو 2019 في القاهرة', [['الخامس من شهر مايو 2019', '2019-05-05', null, null]]],
    ['وصلت القافلة في الحادي والعشرين من مارس 2022', [['الحادي والعشرين من مارس 2022', '2022-03-21', null, null]]],
    [
      'تستمر المعارض من الثالث والعشرين حتى السادس والعشرين من أكتوبر 2023',
      [['من الثالث والعشرين حتى السادس والعشرين من أكتوبر 2023', '2023-10-23', '2023-10-23', '2023-10-26']],
    ],
    ['انتهت الجولة يوم السبت السادس عشر', [['السبت السادس عشر', '2024-03-16', null, null]]],
    ['تم التوقيع في مايو الحادي عشر، 2018', [['مايو الحادي عشر، 2018', '2018-05-11', null, null]]],
    ['أعلن الجيش الخميس الماضي عن خطة جديدة', [['الخميس الماضي', '2024-05-30', null, null]]],
    ['ولد في 7 مارس 1990 في دمشق', [['7 مارس 1990', '1990-03-07', null, null]]],
    ['وصل الوزير غدا، الأحد الثاني من الشهر', [['غدا، الأحد', '2024-06-02', null, null]]],
    ['استمرت الحملة من 2011 حتى مايو 2014', [['من 2011 حتى مايو 2014', '2011', '2011', '2014-05']]],
  ])('%s', (s, expected) => {
    expect(read(s)).toEqual(expected);
  });
});

describe('Arabic reference date: read from the written-date readers only (speed)', () => {
  test.each<[string, string | null]>([
    ['القاهرة - الأحد 3 مارس 2024 - أعلنت الحكومة خطة جديدة للنقل.', '2024-03-03'],
    // a relative day in the lead is no reference; a date of the running text neither
    ['أعلنت الحكومة أمس خطة جديدة للنقل.\n\nوكانت قد ناقشتها في 12 يناير 2023.', null],
    // a Hijri date line, converted
    ['عنوان الخبر\nنشر في 15 رمضان 1445 هـ\n\nنص الخبر هنا.', '2024-03-25'],
    // an all-digit date after a publication cue further down
    ['عنوان\n\nنص طويل بما يكفي ليكون فقرة أولى.\n\nتتمة.\n\nتاريخ النشر: 2024/05/06', '2024-05-06'],
    ['الرياض - في الأسبوع الماضي اجتمع الوزراء، وقبل ذلك في 2 فبراير 2022 وقعوا الاتفاق.', '2022-02-02'],
  ])('%s', (s, expected) => {
    expect(findReferenceDate(normalize(s))).toBe(expected);
  });
});

describe('Arabic dates: periods news writes (fourth round)', () => {
  const read = (s: string, reference: string | null = '2021-10-05') =>
    extractDates(normalize(s), { reference }).map((m) => [m.text, m.value, m.from ?? null, m.to ?? null]);
  test.each<[string, unknown[]]>([
    // «بين» and two bare years: a period when a word of time stands before «بين» or nothing counted follows
    ['تضاعفت الصادرات في الفترة ما بين 2012 و2017 بحسب الوزارة', [['بين 2012 و2017', '2012', '2012', '2017']]],
    ['ارتفعت الأسعار بين 2003 و2008، ثم تراجعت', [['بين 2003 و2008', '2003', '2003', '2008']]],
    ['نزح بين 2000 و3000 شخص من القرى', []],
    ['شارك بين 1500 و1900 متطوع في الحملة', []],
    ['قتل ما بين 1900 و2000 مدني في المعارك', []],
    // the duals «شهري» and «يومي» after «بين»
    ['أغلقت المدارس بين شهري مارس ومايو 2020 بسبب الوباء', [['بين شهري مارس ومايو 2020', '2020-03', '2020-03', '2020-05']]],
    ['تجرى الانتخابات بين يومي 12 و14 ديسمبر 2021', [['بين يومي 12 و14 ديسمبر 2021', '2021-12-12', '2021-12-12', '2021-12-14']]],
    // a Hijri year after «العام الهجري» / «السنة الهجرية»
    ['تبدأ السنة الهجرية 1443 بعد أيام', [['السنة الهجرية 1443', null, '2021-08-09', '2022-07-29']]],
    // a birth year: «مواليد» in construct before the year
    ['اللاعب من مواليد 1998 في مدينة سطيف', [['1998', '1998', null, null]]],
    ['بلغ عدد المواليد 1998 طفلا في الشهر', []],
    // quarters and halves of «العام» alone: the current year, as «نهاية العام»
    ['نما الاقتصاد في الربع الثاني من العام بنسبة 2%', [['الربع الثاني من العام', null, '2021-04', '2021-06']]],
    ['تراجعت المبيعات في النصف الأول من السنة', [['النصف الأول من السنة', null, '2021-01', '2021-06']]],
    // a quarter alone is a game's as often: no date
    ['سجل اللاعب 12 نقطة في الربع الأول', []],
    // the first or last months of a year
    ['بلغ العجز في الأشهر التسعة الأولى من 2020 نحو 4 مليارات', [['الأشهر التسعة الأولى من 2020', null, '2020-01', '2020-09']]],
    ['تراجعت السياحة خلال الشهور الثلاثة الأخيرة من العام الماضي', [['الشهور الثلاثة الأخيرة من العام الماضي', null, '2020-10', '2020-12']]],
    ['سجلت الشركة أرباحا في أول ستة أشهر من العام الجاري', [['أول ستة أشهر من العام الجاري', null, '2021-01', '2021-06']]],
    ['ارتفعت الصادرات في الشهرين الأولين من هذا العام', [['الشهرين الأولين من هذا العام', null, '2021-01', '2021-02']]],
    // counted from an event, or vague: no months of a calendar year
    ['قتل المئات في الأشهر الستة الأولى من الحرب', []],
    ['عاد بعد بضعة أشهر من العام', []],
  ])('%s', (s, expected) => {
    expect(read(s)).toEqual(expected);
  });

  test.each<[string, unknown[]]>([
    // a future verb right before a month closing the clause places the action in it
    ['قال إنه سيعود نوفمبر.', [['نوفمبر', '2021-11', null, null]]],
    // not a noun of that shape, not an ambiguous month name, not before more words
    ['تعطلت سيارة نوفمبر.', []],
    ['قال إنه سيمارس رياضته', []],
  ])('%s', (s, expected) => {
    expect(read(s)).toEqual(expected);
  });

  test('a year and a month after a dot are a month only where the caller asked for numeric dates', () => {
    // a decimal before a counted noun stays one even then
    expect(extractDates(normalize('أغلق المؤشر عند 2019.7 نقطة'), { reference: '2021-10-05', shortNumeric: true })).toEqual([]);
    const asked = extractDates(normalize('يعود المشروع 2019.7'), { reference: '2021-10-05', shortNumeric: true });
    expect(asked.map((m) => [m.text, m.value])).toEqual([['2019.7', '2019-07']]);
    expect(extractDates(normalize('يعود المشروع 2019.7'), { reference: '2021-10-05' })).toEqual([]);
  });
});

describe('Arabic dates: parts and days of Hijri months and feasts, weeks of a named month (fourth round)', () => {
  const read = (s: string, reference: string | null = '2019-12-02') =>
    extractDates(normalize(s), { reference }).map((m) => [m.text, m.value, m.from ?? null, m.to ?? null]);
  test.each<[string, unknown[]]>([
    // a part of a Hijri month named alone: thirds of its days (Ramadan 1441 = 24 April–23 May 2020)
    ['تكثر الزيارات في أواخر شهر رمضان عادة', [['أواخر شهر رمضان', null, '2020-05-14', '2020-05-23']]],
    ['يعتكف كثيرون في العشر الأواخر من رمضان', [['العشر الأواخر من رمضان', null, '2020-05-14', '2020-05-23']]],
    ['ترتفع أسعار الأضاحي في العشر الأوائل من ذي الحجة', [['العشر الأوائل من ذي الحجة', null, '2019-08-02', '2019-08-11']]],
    // the nth and the last day of a Hijri month
    ['تبدأ العطلة في أول أيام رمضان', [['أول أيام رمضان', '2020-04-24', null, null]]],
    ['تنتهي الحملة في آخر أيام شهر رمضان', [['آخر أيام شهر رمضان', '2020-05-23', null, null]]],
    ['أعلنت النتائج في آخر يوم من رمضان 1440', [['آخر يوم من رمضان 1440', '2019-06-03', null, null]]],
    // the nth day of a feast
    ['تزدحم الحدائق في ثاني أيام عيد الفطر', [['ثاني أيام عيد الفطر', '2020-05-25', null, null]]],
    // a feast of the Hijri calendar with a Hijri year
    ['توفي الحاج خلال موسم الحج 1440 بسبب الحر', [['موسم الحج 1440', null, '2019-08-09', '2019-08-14']]],
    // other names of Ramadan
    ['ترتفع أسعار التمور خلال الشهر الفضيل', [['الشهر الفضيل', null, '2020-04-24', '2020-05-23']]],
    // a Hijri marker after the second year of a pair marks the first too
    ['تراجع عدد الحجاج بين عامي 1440 و1441 هـ', [['عامي 1440', null, '2018-09-11', '2019-08-30'], ['1441 هـ', null, '2019-08-31', '2020-08-19']]],
    ['أعلنت عطلة عيد الفطر 1441 للموظفين', [['عيد الفطر 1441', '2020-05-24', null, null]]],
    // a week of a month with «الماضي»/«المقبل» after the month
    ['عقدت الجولة في الأسبوع الثالث من يناير الماضي', [['الأسبوع الثالث من يناير الماضي', '2019-01', '2019-01-14', '2019-01-20']]],
    ['يعقد المؤتمر في الأسبوع الأول من أكتوبر المقبل', [['الأسبوع الأول من أكتوبر المقبل', '2020-10', '2020-09-28', '2020-10-04']]],
    ['جرت الانتخابات في أول ثلاثاء من نوفمبر الماضي', [['أول ثلاثاء من نوفمبر الماضي', '2019-11-05', null, null]]],
    // a numbered week of «العام» alone: the current year (ISO weeks, as for months)
    ['تراجعت المبيعات في الأسبوع الأخير من العام', [['الأسبوع الأخير من العام', null, '2019-12-23', '2019-12-29']]],
  ])('%s', (s, expected) => {
    expect(read(s)).toEqual(expected);
  });
});

describe('Arabic dates: centuries, anniversaries and pairs of years (fourth round)', () => {
  const read = (s: string, reference: string | null = '2019-12-02') =>
    extractDates(normalize(s), { reference }).map((m) => [m.text, m.value, m.from ?? null, m.to ?? null]);
  test.each<[string, unknown[]]>([
    // a century: its hundred years (as English reads "the 19th century"), named or from the reference
    ['بني القصر في القرن الثامن عشر على يد الحاكم', [['القرن الثامن عشر', null, '1700', '1799']]],
    ['شهدت المدينة نهضة في القرن الـ20', [['القرن الـ20', null, '1900', '1999']]],
    ['تغير المناخ منذ أواخر القرن الماضي بسرعة', [['القرن الماضي', null, '1900', '1999']]],
    ['تعهدت بخفض الانبعاثات خلال القرن الحادي والعشرين', [['القرن الحادي والعشرين', null, '2000', '2099']]],
    // a Hijri century: its Hijri years, as Gregorian days
    ['ازدهرت المدينة في القرن الرابع عشر الهجري', [['القرن الرابع عشر الهجري', null, '1882-11-12', '1979-11-20']]],
    // the Horn of Africa is no century
    ['تعاني دول القرن الأفريقي من الجفاف', []],
    // nor a century before the Common Era (years we do not write)
    ['بني المعبد في القرن الثالث قبل الميلاد', []],
    // «في مثل هذا اليوم من عام …»: the reference's day in that year; without a year, no day
    ['في مثل هذا اليوم من عام 2010 انطلقت الاحتجاجات', [['مثل هذا اليوم من عام 2010', '2010-12-02', null, null]]],
    ['في مثل هذا اليوم تحتفل العائلات', []],
    // two years joined by «و» after «في», when nothing counted follows the second
    ['جرت الانتخابات في 2014 و2018، وفق اللجنة', [['2014', '2014', null, null], ['2018', '2018', null, null]]],
    ['وزعت المساعدات في 2000 و3000 منزل', []],
  ])('%s', (s, expected) => {
    expect(read(s)).toEqual(expected);
  });
});

describe('Arabic dates: modifiers after a day, pairs sharing their tail (fourth round)', () => {
  const read = (s: string, reference: string | null = '2019-12-02') =>
    extractDates(normalize(s), { reference }).map((m) => [m.text, m.value, m.from ?? null, m.to ?? null]);
  test.each<[string, unknown[]]>([
    // «الماضي» after a day: the latest such day on or before the reference; «المقبل» the first after it
    ['قتل الصحفي في 20 ديسمبر الماضي قرب الحدود', [['20 ديسمبر الماضي', '2018-12-20', null, null]]],
    ['انطلقت الحملة في 25 نوفمبر الماضي', [['25 نوفمبر الماضي', '2019-11-25', null, null]]],
    ['تجرى الانتخابات في 10 نوفمبر المقبل', [['10 نوفمبر المقبل', '2020-11-10', null, null]]],
    ['يبدأ المعرض في 9 ديسمبر الجاري', [['9 ديسمبر الجاري', '2019-12-09', null, null]]],
    // the modifier in the span lets the period join, and «منذ» stays half-open
    ['ارتفعت الأسعار من 3 نوفمبر الماضي حتى اليوم', [['من 3 نوفمبر الماضي حتى اليوم', '2019-11-03', '2019-11-03', '2019-12-02']]],
    ['ارتفعت الأسعار منذ 3 نوفمبر الماضي', [['3 نوفمبر الماضي', '2019-11-03', '2019-11-03', '2019-12-02']]],
    // a named month with its modifier is a written month: half-open after «منذ»/«حتى»
    ['تصاعدت الاحتجاجات منذ أكتوبر الماضي', [['أكتوبر الماضي', '2019-10', '2019-10', '2019-12-02']]],
    ['تستمر الهدنة حتى مارس المقبل', [['مارس المقبل', '2020-03', null, '2020-03']]],
    // two months sharing the year written after the second
    ['تراجعت الصادرات خلال شهري يناير وفبراير من العام الجاري', [['شهري يناير', '2019-01', null, null], ['فبراير من العام الجاري', '2019-02', null, null]]],
    ['ارتفعت الأسعار في ديسمبر ويناير 2020', [['ديسمبر', '2019-12', null, null], ['يناير 2020', '2020-01', null, null]]],
    // two days sharing the month: two days, a period only after «بين»
    ['جرت الجولتان في 14 و21 مارس 2021', [['14', '2021-03-14', null, null], ['21 مارس 2021', '2021-03-21', null, null]]],
    ['نظمت الاحتجاجات يومي 8 و9 يونيو 2020', [['8', '2020-06-08', null, null], ['9 يونيو 2020', '2020-06-09', null, null]]],
    ['أغلقت الطرق بين 8 و9 يونيو 2020', [['بين 8 و9 يونيو 2020', '2020-06-08', '2020-06-08', '2020-06-09']]],
    // a count before «و» is no day
    ['أصيب 5 و6 آخرون في 7 يونيو 2020', [['7 يونيو 2020', '2020-06-07', null, null]]],
    // a weekday joined to its date by «الموافق» or a parenthesis is one mention
    ['عقدت الجلسة يوم الإثنين الموافق 25 نوفمبر 2019 في المقر', [['الإثنين الموافق 25 نوفمبر 2019', '2019-11-25', null, null]]],
    ['أعلنت الوزارة يوم الخميس (28 نوفمبر) نتائج التحقيق', [['الخميس (28 نوفمبر)', '2019-11-28', null, null]]],
    ['وصل الوفد يوم الخميس الماضي 28 نوفمبر إلى العاصمة', [['الخميس الماضي 28 نوفمبر', '2019-11-28', null, null]]],
    // the eve of a feast is the day before it
    ['ازدحمت الأسواق عشية عيد الأضحى', [['عشية عيد الأضحى', '2019-08-10', null, null]]],
  ])('%s', (s, expected) => {
    expect(read(s)).toEqual(expected);
  });
});

describe('Arabic dates: a year-less date narrated in the past (fourth round)', () => {
  const read = (s: string, reference: string | null = '2019-12-02') =>
    extractDates(normalize(s), { reference }).map((m) => [m.text, m.value, m.from ?? null, m.to ?? null]);
  test.each<[string, unknown[]]>([
    // a verb in the perfect right before «في»/«يوم» and the date: on or before the reference
    ['أفاد شهود بأن المسلح قتل في 12 فبراير داخل منزله', [['12 فبراير', '2019-02-12', null, null]]],
    ['وكانت الناشطة اختفت في منتصف يناير', [['منتصف يناير', '2019-01', '2019-01-11', '2019-01-20']]],
    ['اندلعت في مارس موجة احتجاجات', [['مارس', '2019-03', null, null]]],
    // an imperfect, or a future cue before it: the closest date, as before
    ['تعقد القمة في 12 فبراير', [['12 فبراير', '2020-02-12', null, null]]],
    ['من المقرر أن تنطلق الحملة في 12 فبراير', [['12 فبراير', '2020-02-12', null, null]]],
  ])('%s', (s, expected) => {
    expect(read(s)).toEqual(expected);
  });
});

describe('Arabic dates: more periods of months and years (fourth round)', () => {
  const read = (s: string, reference: string | null = '2019-12-02') =>
    extractDates(normalize(s), { reference }).map((m) => [m.text, m.value, m.from ?? null, m.to ?? null]);
  test.each<[string, unknown[]]>([
    // «بين» and two months (an ambiguous name too, when a month follows «و»)
    ['ارتفعت الأسعار بين يناير ويونيو الماضيين', [['بين يناير ويونيو الماضيين', '2019-01', '2019-01', '2019-06']]],
    ['تضاعفت الحالات بين مارس وأغسطس 2018', [['بين مارس وأغسطس 2018', '2018-03', '2018-03', '2018-08']]],
    ['لا فرق بين مارس الماضي والضغط الحالي', [['مارس الماضي', '2019-03', null, null]]],
    // two bare months after «بين» name a season of every year as often: no period
    ['تنتشر الأوبئة في موسم الجفاف بين ديسمبر ويونيو', []],
    // «ولغاية» closing a period, «لغاية» before a year with nothing counted after it
    ['تولى المنصب من 2011 ولغاية 2016', [['من 2011 ولغاية 2016', '2011', '2011', '2016']]],
    ['يستوعب الملعب لغاية 2000 مشجع', []],
    // years after the plural «السنوات»/«الأعوام», not a count of years
    ['تراجعت الزراعة في السنوات 2016 و2017', [['2016', '2016', null, null], ['2017', '2017', null, null]]],
    ['تطورت اللغة خلال السنوات 2000 الماضية', []],
  ])('%s', (s, expected) => {
    expect(read(s)).toEqual(expected);
  });
});

describe('Arabic dates: hedged offsets and last night (fourth round)', () => {
  const read = (s: string, reference: string | null = '2019-12-04') =>
    extractDates(normalize(s), { reference }).map((m) => [m.text, m.value, m.from ?? null, m.to ?? null]);
  test.each<[string, unknown[]]>([
    // a hedge between «قبل» and the count is read past, as English "about two weeks ago"
    ['وصل اللاجئون قبل نحو أسبوعين إلى المخيم', [['قبل نحو أسبوعين', '2019-11-20', null, null]]],
    ['غادر الوفد قبل أكثر من شهر', [['قبل أكثر من شهر', '2019-11-04', null, null]]],
    // after «منذ»/«بعد» a hedged count is a duration
    ['يعيش النازحون في المخيم منذ أكثر من عامين', []],
    ['لم تعد الخيام صالحة بعد أكثر من عشر سنوات', []],
    // a hedge before a count of things is no offset
    ['تجمع قبل نحو 3 آلاف متظاهر', []],
    // «الليلة الماضية» is the day before the reference
    ['اندلع الحريق الليلة الماضية في المستودع', [['الليلة الماضية', '2019-12-03', null, null]]],
  ])('%s', (s, expected) => {
    expect(read(s)).toEqual(expected);
  });
});

describe('Arabic dates: all-digit dates with spaces around the separators (fourth round)', () => {
  const read = (s: string) => extractDates(normalize(s), { reference: '2019-12-04' }).map((m) => [m.text, m.value]);
  test.each<[string, unknown[]]>([
    ['صدر القرار بتاريخ 5 / 11 / 2019 عن الوزارة', [['5 / 11 / 2019', '2019-11-05']]],
    ['نشر البيان في 2019 - 11 - 05 مساء', [['2019 - 11 - 05', '2019-11-05']]],
    ['انتهت المباراة بنتيجة 2 / 1 / 0 للفريق', []],
  ])('%s', (s, expected) => {
    expect(read(s)).toEqual(expected);
  });
});

describe('Arabic dates: a day written in both calendars (fourth round)', () => {
  const read = (s: string) => extractDates(normalize(s), { reference: '2019-12-04' }).map((m) => [m.text, m.value]);
  test.each<[string, unknown[]]>([
    // one mention, the Gregorian day (here the writer's calendar is a day behind the tabular one)
    ['صدر البيان يوم الأحد 5 شوال 1440 هـ الموافق 9 يونيو 2019 م', [['الأحد 5 شوال 1440 هـ الموافق 9 يونيو 2019 م', '2019-06-09']]],
    ['أعلن القرار في 8 يونيو 2019 الموافق 5 شوال 1440 هـ', [['8 يونيو 2019 الموافق 5 شوال 1440 هـ', '2019-06-08']]],
    // two days joined by «و» stay two
    ['وقعت الأحداث في 5 شوال 1440 هـ و9 يونيو 2019', [['5 شوال 1440 هـ', '2019-06-08'], ['9 يونيو 2019', '2019-06-09']]],
  ])('%s', (s, expected) => {
    expect(read(s)).toEqual(expected);
  });
});

describe('Arabic dates: Maghrebi forms, ambiguous month names, seasons of every year (fifth round)', () => {
  /** [text, value, grain, from, to, halfOpen] of each mention. */
  const read = (s: string, reference: string | null = REF) =>
    extractDates(normalize(s), { reference }).map((m) => [m.text, m.value, m.grain, m.from ?? null, m.to ?? null, !!m.halfOpen]);
  test.each<[string, unknown[]]>([
    // «فاتح» / «الفاتح»: the first of the month (MAP, TAP, Libyan usage)
    ['افتتح الموسم الفلاحي فاتح أكتوبر 2024 بالرباط', [['فاتح أكتوبر 2024', '2024-10-01', 'day', null, null, false]]],
    ['يدخل القانون حيز التنفيذ في فاتح شهر يناير المقبل', [['فاتح شهر يناير المقبل', '2020-01-01', 'day', null, null, false]]],
    ['خرجت النقابات في مسيرات بمناسبة فاتح ماي', [['فاتح ماي', '2020-05-01', 'day', null, null, false]]],
    ['أحيا أنصاره ذكرى الفاتح من سبتمبر 1969 في المدينة', [['الفاتح من سبتمبر 1969', '1969-09-01', 'day', null, null, false]]],
    ['تفتح الشواطئ للمصطافين من فاتح يوليوز إلى 15 شتنبر', [['من فاتح يوليوز إلى 15 شتنبر', '2019-07-01', 'day', '2019-07-01', '2019-09-15', false]]],
    // Tunisian and Gulf «الفارط»/«المنقضي» (past), Moroccan «متم» and Tunisian «موفى» (the end of)
    ['ارتفعت أسعار الخضر في جانفي الفارط', [['جانفي الفارط', '2019-01', 'month', null, null, false]]],
    ['تراجع إنتاج الحبوب خلال السنة الفارطة', [['السنة الفارطة', '2018', 'year', null, null, false]]],
    ['ارتفعت الصادرات خلال العام المنقضي', [['العام المنقضي', '2018', 'year', null, null, false]]],
    ['تنتهي أشغال الطريق في متم يونيو 2020', [['متم يونيو 2020', '2020-06', 'month', '2020-06-21', '2020-06-30', false]]],
    ['تستمر الأشغال إلى غاية موفى ديسمبر 2020', [['موفى ديسمبر 2020', '2020-12', 'month', null, '2020-12-31', true]]],
    // «إلى غاية» (Maghreb: up to) joins the two ends of a period, as «حتى»
    ['تفتح التسجيلات من 1 جانفي إلى غاية 31 مارس 2020', [['من 1 جانفي إلى غاية 31 مارس 2020', '2020-01-01', 'day', '2020-01-01', '2020-03-31', false]]],
    ['تتواصل الأشغال من مارس إلى غاية ديسمبر 2020', [['من مارس إلى غاية ديسمبر 2020', '2020-03', 'month', '2020-03', '2020-12', false]]],
    // «الثلاثي» / «السداسي» (Maghreb: quarter, half-year) of a year; alone (a trio) no date
    ['ارتفع الناتج الداخلي خلال الثلاثي الأول من سنة 2018', [['الثلاثي الأول من سنة 2018', null, 'month', '2018-01', '2018-03', false]]],
    ['تراجع العجز التجاري خلال السداسي الثاني من العام الماضي', [['السداسي الثاني من العام الماضي', null, 'month', '2018-07', '2018-12', false]]],
    ['انعقد الاجتماع الثلاثي الأول من نوعه في العاصمة', []],
    // «الصائفة» (Maghreb: the summer), decades written «-ات», with «من» before the century; an age is no decade
    ['ارتفع عدد السياح خلال صائفة 2018', [['صائفة 2018', '2018', 'year', '2018-06', '2018-08', false]]],
    ['هاجرت العائلة إلى فرنسا في الثمانينات من القرن الماضي', [['الثمانينات من القرن الماضي', null, 'year', '1980', '1989', false]]],
    ['توفي رجل في الثلاثينيات من عمره إثر الحادث', []],
    // a season written with two consecutive years and a slash, as with a hyphen
    ['انطلق الموسم الدراسي 2019/2020 وسط إضرابات', [['2019/2020', '2019', 'year', '2019', '2020', false]]],
    ['صدر القرار عدد 12/2019/2020 عن الوزارة', []],
    // Tunisian «بداية من»: from that date on
    ['تطبق التعريفة الجديدة بداية من غرة جانفي 2020', [['غرة جانفي 2020', '2020-01-01', 'day', '2020-01-01', null, true]]],
    // «ماي» (Theresa May, water) and «آب» need a day, a year, a modifier or «شهر» — or a month before them
    ['قالت تيريزا ماي إن الاتفاق نهائي، وحتى ماي نفسها تعترف بصعوبته', []],
    ['تنطلق امتحانات الباكالوريا أواخر ماي', [['أواخر ماي', '2020-05', 'month', '2020-05-21', '2020-05-31', false]]],
    ['تبلغ الحرارة ذروتها في منتصف آب عادة', [['منتصف آب', '2019-08', 'month', '2019-08-11', '2019-08-20', false]]],
    ['ارتفعت الأسعار من مارس إلى ماي بنسبة عشرة في المئة', [['من مارس إلى ماي', '2020-03', 'month', '2020-03', '2020-05', false]]],
    // «أوت» of «بلاك أوت»: a weak preposition does not place it; «إلى غاية» does
    ['عاشت المدينة بلاك أوت قبل أوت', []],
    ['يبقى قرار المنع ساريا إلى غاية أوت', [['أوت', '2019-08', 'month', null, '2019-08', true]]],
    // «جوان» is also a first name: a weak preposition before it does not place it in time
    ['وصل الوفد بعد جوان حسو بساعة', []],
    // «شهر أكتوبر 12»: «شهر» names the whole month, the number is no day of it
    ['صدر العدد الخاص في شهر أكتوبر 12.', [['شهر أكتوبر', '2019-10', 'month', null, null, false]]],
    // a season of every year: no dates; with a year it is a period
    ['يمتد موسم الصيد البحري من أكتوبر إلى مارس', []],
    ['تتوقف الرحلات في فصل الأمطار الممتد من يونيو/حزيران إلى سبتمبر/أيلول', []],
    ['تغلق المصانع أبوابها من يوليو إلى أغسطس من كل عام', []],
    ['تمتد الحملة من مارس إلى مايو 2020', [['من مارس إلى مايو 2020', '2020-03', 'month', '2020-03', '2020-05', false]]],
    // several feasts, no date
    ['شهدت مواسم الحج السابقة موجات حر شديدة', []],
    // a week of a named month with its other name and a modifier: the month, the week's days
    ['رحّلت السلطات المهاجرين خلال الأسبوع الأول من ديسمبر/ كانون الأول الجاري', [['الأسبوع الأول من ديسمبر/ كانون الأول الجاري', '2019-12', 'month', '2019-12-02', '2019-12-08', false]]],
  ])('%s', (s, expected) => {
    expect(read(s)).toEqual(expected);
  });
});
