/**
 * The story the startup snapshot is warmed with (scripts/build/snapshot-entry.mjs) and checked
 * on (scripts/build/snapshot.mjs). Written for this purpose, not taken from any corpus: a
 * dateline, figures with qualifiers and sources, people, organisations, places, relative and
 * absolute dates, in English and Arabic — so that every lexicon, model and reader of both
 * languages is loaded. No Hijri or Hebrew date: their readers keep Intl formatters, which V8
 * cannot put in a snapshot.
 */
export const EN = [
  'GENEVA, March 4, 2021 (Wire) — At least 35 people were killed and more than 120 injured when',
  'floods swept through three villages in northern Kenya on Tuesday, the Kenya Red Cross said.',
  "Police arrested 14 men suspected of looting, according to interior minister Fred Matiang'i.",
  '"Dozens of families are still missing," said Sarah Thompson of the United Nations Children\'s Fund.',
  'The World Health Organization warned last week that about 2,000 cases of cholera had been reported',
  'since January 15. Rescue teams from Nairobi and Mombasa reached the area by Friday morning.',
  'In a similar flood in 2018, nearly 200 people died. President Uhuru Kenyatta will visit next week.',
].join('\n');

export const AR = [
  'جنيف، 4 مارس 2021 - قتل 35 شخصا على الأقل وأصيب أكثر من 120 آخرين عندما اجتاحت الفيضانات ثلاث',
  'قرى في شمال كينيا يوم الثلاثاء، بحسب ما أعلن الصليب الأحمر الكيني.',
  'وقال وزير الداخلية فريد ماتيانغي إن الشرطة اعتقلت 14 رجلا يشتبه في قيامهم بأعمال نهب.',
  'وقالت سارة طومسون من منظمة الأمم المتحدة للطفولة إن عشرات العائلات ما زالت في عداد المفقودين.',
  'وحذرت منظمة الصحة العالمية الأسبوع الماضي من تسجيل نحو 2000 إصابة بالكوليرا منذ 15 يناير.',
  'ووصلت فرق الإنقاذ من نيروبي ومومباسا إلى المنطقة صباح الجمعة، ومن المقرر أن يزور الرئيس أوهورو كينياتا المنطقة الأسبوع المقبل.',
].join('\n');
