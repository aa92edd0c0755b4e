import { normalize } from '../../../src/text/normalize.js';
import { extractDates, findReferenceDate } from '../../../src/lang/ar/dates.js';
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
    ['نظم المحتجون تجمعا يوم الاثنين 2 ديسمبر 2019 في الساحة', 'يوم الاثنين 2 ديسمبر 2019', '2019-12-02', 'day'],
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
    ['تصاعد العنف مطلع أكتوبر', 'أكتوبر', '2019-10'],
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
    ['أعلن الوزير يوم الاثنين استقالته', 'يوم الاثنين', '2019-12-02'],
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
    expect(brief('أعلن الوزير يوم الاثنين استقالته', null)).toEqual([['يوم الاثنين', null, 'day']]);
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
    expect(got[0]!.text).toBe('يوم الاثنين 2 ديسمبر ۲۰۱۹');
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
    expect(short('يجتمع المجلس يوم الجمعة', { prefer: 'future' })).toEqual([['يوم الجمعة', '2019-12-06']]);
    expect(short('يجتمع المجلس يوم الجمعة')).toEqual([['يوم الجمعة', '2019-11-29']]);
  });

  test('nextWeekday: «الخميس المقبل» is the coming Thursday, or next week\'s on request', () => {
    expect(short('يصل المبعوث يوم الخميس المقبل')).toEqual([['يوم الخميس المقبل', '2019-12-05']]);
    expect(short('يصل المبعوث يوم الخميس المقبل', { nextWeekday: 'week' })).toEqual([['يوم الخميس المقبل', '2019-12-12']]);
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
    ['عقد الاجتماع يوم الثلاثاء التاسع عشر من الشهر الماضي', 'يوم الثلاثاء التاسع عشر من الشهر الماضي', '2019-11-19', null, null],
    ['وقعت الحادثة يوم الثلاثاء 3 الجاري', 'يوم الثلاثاء 3 الجاري', '2019-12-03', null, null],
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
    ['أقيم الحفل يوم الاثنين، يناير الثاني والعشرين، 2018', 'يوم الاثنين، يناير الثاني والعشرين، 2018', '2018-01-22', null, null],
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
