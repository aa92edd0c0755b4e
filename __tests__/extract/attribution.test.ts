/**
 * Attribution (the `source` of a claim) rule by rule, on news-like sentences written for these
 * tests (none is taken from the evaluation pairs). Entity recognition is not under test here:
 * each row names the entities of its text ("TYPE:name", every occurrence), handed to the claim
 * engine as the recogniser would. Row: what the rule is, text, the source expected
 * for every claim of the text (exact, or null), the entities.
 */
import type { Claim } from '../../src/index.js';
import { attributed as attributedWith } from './attributed.js';

function attributed(text: string, lang: string, names: string[]): Claim[] {
  return attributedWith(text, lang, names, '2025-03-01');
}

type Row = [string, string, string | null, string[]];

const ENGLISH: Row[] = [
  // A place is never the source when a speaker noun or an organisation is the subject.
  ['headline: unnamed speaker after a place', 'Floods in northern Ghana kill at least 30, officials say', 'officials', ['LOC:Ghana']],
  ['dateline and places around "officials said"', "ACCRA, Ghana (Wire) — Heavy rain killed at least 30 people in the Upper East region, officials said, in one of Ghana's deadliest floods.", 'officials', ['LOC:ACCRA', 'LOC:Ghana', 'LOC:Upper East']],
  ['a country in an organisation name', "Ghana's Interior Ministry said 14 people were missing.", "Ghana's Interior Ministry", ['LOC:Ghana']],
  ['a lone country next to the verb is a speaker', 'Kenya said 12 soldiers were killed.', 'Kenya', ['LOC:Kenya']],
  ['a country with its article speaks for its government', 'The talks stalled: the US said 80 civilians had been killed.', 'US', ['LOC:US']],
  ['the subject of a verb inside a reported clause is not the source', 'The governor said that Kano Province recorded 45 deaths.', 'The governor', ['LOC:Kano Province']],
  ['a long title before "of"', 'Deputy Health Minister General Amina Bello of the Federal Emergency Agency admitted on Friday that 210 people had died.', 'Amina Bello', ['PER:Amina Bello', 'ORG:Federal Emergency Agency']],
  ['a speaker before the figure governs it', 'The ministry said 60 people were injured, though the opposition disputed the figure, the agency reported.', 'The ministry', []],
  ['a place modifier is left out', 'Police in Tamale said 9 people were arrested.', 'Police', ['LOC:Tamale']],
  ['an organisation after "at" only modifies the speaker', 'A doctor at Tamale Teaching Hospital said 22 people were injured.', 'A doctor', ['ORG:Tamale Teaching Hospital']],
  ['an organisation after "for" is part of the speaker', 'A spokesman for the Ministry of Roads said 6 workers were killed.', 'A spokesman for the Ministry of Roads', ['ORG:Ministry of Roads']],
  ['a date between subject and verb', 'Police on Tuesday said 13 people were arrested.', 'Police', []],
  ['a political group as the subject', 'The ruling party said 7 of its members were detained overnight.', 'The ruling party', []],
  ['a militia as the subject', 'A local militia said 16 of its fighters had been killed.', 'A local militia', []],
  ['an acronym in brackets after "according to"', 'According to the national disaster agency (NDA), 45 people were evacuated.', 'the national disaster agency (NDA)', []],
  ['a quotation is no name', 'The ministry said "Rescue Teams" had found 45 bodies.', 'The ministry', []],
  ['the prosecution ordering a detention', 'The public prosecution ordered the detention of four employees pending an investigation.', 'The public prosecution', []],
  ['a responder ordering is no authority', 'Gunmen ordered 12 passengers off the bus.', null, []],
  ['a time of day between an earlier toll and its verb', 'An earlier toll released by the county office on Sunday evening had put the number of dead at 14.', 'the county office', []],
  ['"shortly after midnight" between an earlier toll and its verb', 'An initial toll released by the rescue directorate shortly after midnight put the number of dead at 6.', 'the rescue directorate', []],
  // Datelines and pronouns.
  ['"she said" after a dateline', 'LIMA (Wire) — Health minister Rosa Quispe said the fire killed 8 workers. Another 5 people were injured, she said.', 'Rosa Quispe', ['LOC:LIMA', 'PER:Rosa Quispe']],
  ['"it said" is the organisation', 'The Sahel Relief Network said the clinic was hit. "At least 20 patients were killed," it said.', 'Sahel Relief Network', ['ORG:Sahel Relief Network']],
  ['a described watchdog refers back', 'Human Rights Watch released a report. The Berlin-based watchdog said 30 people were executed.', 'Human Rights Watch', ['ORG:Human Rights Watch']],
  ['"the organisation" refers back', 'Amnesty International published a report on Monday. The organisation said 45 people were executed last year.', 'Amnesty International', ['ORG:Amnesty International']],
  // Unnamed speakers as written.
  ['witnesses', 'Witnesses said 4 protesters were shot dead.', 'Witnesses', []],
  ['medics after a coordinated clause', 'Two bridges collapsed and 11 people drowned, medics said.', 'medics', []],
  ['an aside between subject and verb; no leak from the previous paragraph', 'Army spokesman Musa Bello said the area was calm.\n\nOne villager, speaking by telephone, said he had seen 15 bodies.', 'One villager', ['PER:Musa Bello']],
  ['a relative clause as the aside', 'One woman, who asked not to be named, said 4 children had drowned.', 'One woman', []],
  ['quote first, then "a nurse said"', '"We took 40 injured people to Tamale," a nurse said.', 'a nurse', ['LOC:Tamale']],
  ['quote first, then "said a nurse"', '"We took 40 injured people to Tamale," said a nurse.', 'a nurse', ['LOC:Tamale']],
  // The nearest speech verb before the figure wins.
  ['nearest speaker in the sentence', 'The Red Cross said roads were blocked, while local officials said 25 people were missing.', 'local officials', ['ORG:Red Cross']],
  // Names and acronyms.
  ['an acronym in brackets before the verb, with the name it abbreviates', 'The Geneva-based group Refugee Watch (RW) said 300 people had fled.', 'Refugee Watch (RW)', ['LOC:Geneva', 'ORG:Refugee Watch', 'ORG:RW']],
  ['an acronym in brackets alone before the verb', 'A Geneva-based group (RW) said 300 people had fled.', 'RW', ['LOC:Geneva', 'ORG:RW']],
  ['an organisation as the text names it there, not its longest mention', 'The Sahel Relief Network opened a clinic in May. On Monday SRN said 14 patients had died.', 'SRN', ['ORG:Sahel Relief Network', 'ORG:SRN=ORG:Sahel Relief Network']],
  ['a person by their longest mention', 'Rosa Quispe visited the site on Monday. Quispe said 8 workers were killed.', 'Rosa Quispe', ['PER:Rosa Quispe', 'PER:Quispe=PER:Rosa Quispe']],
  // Auxiliaries, adverbs and reporting phrases between a subject and what it reports.
  ['"had" and a date between subject and verb', 'The Disaster Office had on Monday reported 9 deaths.', 'The Disaster Office', []],
  ['"has" and an adverb between subject and verb', 'Paramedics have initially reported 6 dead.', 'Paramedics', []],
  ['"put the death toll at"', 'The opposition party put the death toll at 14.', 'The opposition party', []],
  ['"gave a higher toll of"', 'The provincial hospital gave a higher toll of 31 dead.', 'The provincial hospital', []],
  ['an event word modifying the speaker noun', 'At least 18 people drowned when the boat sank, the sea rescue service said.', 'the sea rescue service', []],
  ['a written statement as the speaker', 'Four of the injured were in a critical condition, the statement said.', 'the statement', []],
  ['the head of an appositive wins over a broader body', "According to the UN children's agency UNICEF, about 3,000 children were displaced.", 'UNICEF', ['ORG:UN', 'ORG:UNICEF']],
  ['a name the recogniser missed, before "told"', 'Halima Yusuf told reporters that 18 people were injured.', 'Halima Yusuf', []],
  // Relayed figures: the first-hand source.
  ['"quoted Y as saying"', 'Amnesty International quoted witnesses as saying 6 people were shot dead.', 'witnesses', ['ORG:Amnesty International']],
  ['", adding that" after a relayed clause continues the speaker', 'The agency, citing survivors, said the boat sank, adding that the coast guard rescued 25 people.', 'The agency', []],
  ['"Y told X"', 'Survivors told the charity that 70 people drowned.', 'Survivors', []],
  // Sources referred back to, and persons set off.
  ['"the same source" is the source named last', 'Local officials said 4 people died in the floods. Rescuers evacuated 80 families, according to the same source.', 'Local officials', []],
  ['"the statement" is the source of the statement before', 'Harbour police said in a statement that 3 sailors drowned. Nine people were injured, the statement said.', 'Harbour police', []],
  ['"the statement" is the last speaker, not an organisation named in between', 'Harbour police said in a statement that 3 sailors drowned. Two of them were flown to the capital in an Air Force helicopter, the statement said.', 'Harbour police', ['ORG:Air Force']],
  ['"the organisation" is never a person who spoke last', 'The Red Crescent said roads were cut. Its spokeswoman Tamara Haddad said the rescue was hard. Volunteers had recovered 17 bodies, the organisation said.', 'Red Crescent', ['ORG:Red Crescent', 'PER:Tamara Haddad']],
  ['a person set off right before the verb', 'The head of the relief committee, Omar Khalil, told reporters that 12 people were missing.', 'Omar Khalil', ['PER:Omar Khalil']],
  ['an organisation that is the whole aside before the verb', 'The United Nations agency for refugees, UNRO, says that around 19,000 people have been displaced.', 'UNRO', ['ORG:UNRO']],
  // A verb after a comma or "and" with no subject of its own speaks for the sentence's subject.
  ['", saying" after a toll given by the subject', 'The Coastal Relief League gave a higher toll, saying its divers had recovered 35 bodies.', 'The Coastal Relief League', []],
  ['"and said" after "put the death toll at"', 'The Teachers Union (TU) put the death toll at six and said 40 people had been hurt.', 'Teachers Union (TU)', ['ORG:Teachers Union', 'ORG:TU']],
  ['", warning that" with no speaker before speaks for the sentence\'s subject', 'The charity appealed for funds on Monday, warning that 3,000 children could die.', 'The charity', []],
  ['"…, said a nurse." still names the speaker after the verb', 'The ward was overflowing with 30 patients, said a nurse.', 'a nurse', []],
  // Quotes and pronouns.
  ['a quote with no speaker goes on in the voice of the quote before it', '"We pulled out 26 bodies," a rescue worker said. "Two of the injured are critical."', 'a rescue worker', []],
  ['a long subject with an aside and a possessive after a quote', '"We have found 48 bodies," a member of the local miners\' association, who asked not to be named, told reporters.', "a member of the local miners' association", []],
  ['"he" stands for the unnamed speaker just before', '"We heard shooting all night," a village resident told reporters. He said 200 families had fled.', 'a village resident', []],
  ['"it" stands for the speaker before, not an organisation in an adjunct', "The Health Ministry gave a higher toll on state radio RNT. It said 14 of the dead were children.", 'The Health Ministry', ['ORG:RNT']],
  // Counts opening a subject, documents and their authors.
  ['"one of the sources" as the subject', 'Gunmen stormed the camp at dawn and killed 12 guards, one of the sources said.', 'one of the sources', []],
  ['an ordinal after an article opens the subject', 'A second police source said 5 officers were wounded.', 'A second police source', []],
  ['"according to figures compiled by"', 'So far 74 fishermen have been detained this year, according to figures compiled by the state fisheries department.', 'the state fisheries department', []],
  ['"put the number of … at"', 'The relief agency put the number of displaced people at 35,000.', 'The relief agency', []],
  ['a toll and its author as the subject', 'An earlier toll released by the regional governor had put the number of dead at 11.', 'the regional governor', []],
  // Headlines.
  ['a headline source after a dash', 'Gunmen kill 12 villagers in northern raid - officials', 'officials', []],
  ['a headline source after a colon', 'Militants abduct 30 students from boarding school: sources', 'sources', []],
  ['a headline source before a colon', 'Health Ministry: 40 dead in cholera outbreak', 'Health Ministry', ['ORG:Health Ministry']],
  ['a place before a headline colon is no source', 'Kumasi: 40 dead in cholera outbreak', null, ['LOC:Kumasi']],
  // No source.
  ['no speech verb', 'The storm killed 7 people.', null, []],
  ['a count is no subject of the verb after it', 'Court jails 12 activists as monitors report new arrests', null, []],
  ['a speaker after a colon does not reach back', 'The official toll stands at 41 dead: relief agencies estimate that the true figure is far higher.', null, []],
  ['a pronoun with nobody to stand for', 'She said 7 people were injured.', null, []],
];

const ARABIC: Row[] = [
  ['what rose is the news, not the name', 'أعلن مكتب الصحة ارتفاع عدد الوفيات بالحصبة إلى 19 حالة.', 'مكتب الصحة', []],
  ['a name that ends like a rise verb («زاده») is kept whole', 'وكان القائد حسين علي زاده قد أعلن مقتل 40 مسلحا.', 'حسين علي زاده', ['PER:حسين علي زاده']],
  ['a re-arrest after the speaker is no part of the name', 'أعلنت الشرطة إعادة القبض على 20 سجينا.', 'الشرطة', []],
  // A place is never the source.
  ['a doctor before a quote, a hospital after him', 'وقال طبيب في مستشفى كانو: "استقبلنا 40 جريحا منذ الصباح".', 'طبيب', ['LOC:كانو']],
  ['a dateline before «أعلنت X، اليوم، أن»', 'القاهرة - أعلنت وزارة الصحة، اليوم الأحد، أن 12 شخصا لقوا حتفهم في الحادث.', 'وزارة الصحة', ['LOC:القاهرة']],
  ['the authorities in a province', 'وقالت السلطات في ولاية كسلا إن 20 شخصا لقوا حتفهم.', 'السلطات', ['LOC:كسلا']],
  ['a place inside an organisation name', 'قتل 17 شخصا، وفق ما أفادت شبكة أطباء دارفور.', 'شبكة أطباء دارفور', ['LOC:دارفور']],
  // The nearest speech verb wins.
  ['«فيما قال» after another speaker', 'وأفاد الهلال الأحمر بأن الطرق مقطوعة، فيما قال مسؤولون محليون إن 25 شخصا ما زالوا في عداد المفقودين.', 'مسؤولون محليون', ['ORG:الهلال الأحمر']],
  ['rebels as speakers after another speaker', 'وأفاد الجيش بأن الطرق مقطوعة، بينما قال المتمردون إن 40 جنديا قتلوا.', 'المتمردون', []],
  // Unnamed speakers as written.
  ['witnesses', 'وقال شهود إن الشرطة اعتقلت 30 شخصا.', 'شهود', []],
  ['one resident', 'وقال أحد السكان في اتصال هاتفي إنه دفن 15 جثة.', 'أحد السكان', []],
  ['a source of the local authority, not the agency it spoke to', 'قتل 9 أشخاص، حسب مصدر من السلطة المحلية لوكالة الأنباء الرسمية.', 'مصدر من السلطة المحلية', ['ORG:وكالة الأنباء الرسمية']],
  ['a subject before its verb after «أن»', 'غير أن مسؤولا في الشرطة قال للصحفيين إن 11 شخصا اعتقلوا.', 'مسؤولا', []],
  ['a speaker after the figure who opens a report of their own', 'وقالت منظمة العفو إن 40 شخصا قتلوا، في المقابل قالت الحكومة، في بيان، إن الحصيلة مبالغ فيها.', 'منظمة العفو', ['ORG:منظمة العفو', 'ORG:الحكومة']],
  ['an acronym in brackets before «قد ذكرت», with the name it abbreviates', 'وكانت الوكالة الدولية للإغاثة (إيرا) قد ذكرت الأسبوع الماضي أن 3000 شخص نزحوا.', 'الوكالة الدولية للإغاثة (إيرا)', ['ORG:الوكالة الدولية للإغاثة', 'ORG:إيرا']],
  ['«وفق تقديرها» names nobody', 'وقالت وزارة الخارجية في بيان إن مئات الأشخاص قتلوا وفق تقديرها.', 'وزارة الخارجية', ['ORG:وزارة الخارجية']],
  // Particles and verbs are never sources.
  ['«قد» before the verb', 'وكانت حصيلة سابقة أعلنها المتحدث باسم الوزارة قد أشارت إلى 200 قتيل.', 'المتحدث باسم الوزارة', []],
  ['a clause before a verb with a conjunction is no subject', 'ونشرت السلطات المحلية قائمة وقالت إن 12 شخصا قتلوا.', null, []],
  ['a speaker who asked not to be named', 'وقالت امرأة طلبت عدم ذكر اسمها إن 4 أطفال غرقوا.', 'امرأة', []],
  ['a name the recogniser missed, before «إن»', 'وقال قائد الشرطة موسى داودا إن 13 شخصا اعتقلوا.', 'قائد الشرطة موسى داودا', []],
  ['a titled name with a word spelt like a preposition', 'وكان العقيد علي حسن، قائد الشرطة، قد أعلن مقتل 9 أشخاص.', 'العقيد علي حسن', []],
  // A verb with no subject continues the previous speaker.
  ['«وذكرت أن» opening a paragraph', 'وقالت منظمة الإغاثة الدولية إن الوضع خطير.\n\nوذكرت أن 70 شخصا قتلوا في القصف.', 'منظمة الإغاثة الدولية', ['ORG:منظمة الإغاثة الدولية']],
  ['«وأوضح أن» after a named speaker', 'وقال وزير الصحة أحمد سالم إن المستشفيات مكتظة. وأوضح أن 7 أشخاص أصيبوا بجروح خطيرة.', 'أحمد سالم', ['PER:أحمد سالم']],
  ['«وأوضح أن» after an unnamed speaker', 'وقال مسؤول في الدفاع المدني إن الطرق مغلقة. وأوضح أن 7 أشخاص أصيبوا بجروح خطيرة.', 'مسؤول', []],
  // Relayed figures: the first-hand source.
  ['«نقلت X عن Y أن»', 'ونقلت المنظمة عن شهود أن قوات الأمن قتلت 5 متظاهرين.', 'شهود', []],
  ['«نقلا عن» set off after the speaker', 'وقال المتحدث باسم المنظمة كريم حداد، نقلا عن ناجين، إن 60 مهاجرا غرقوا.', 'ناجين', ['PER:كريم حداد']],
  ['«مضيفا أن» after a relayed clause continues the speaker', 'وقال المتحدث كريم حداد، نقلا عن ناجين، إن القارب غرق، مضيفا أن خفر السواحل انتشل 25 شخصا.', 'كريم حداد', ['PER:كريم حداد']],
  // Names.
  ['an adjective spelt like a speech verb («التابعة») and a name glued to «لل»', 'أعلنت منظمة الإغاثة، الهيئة التابعة للأمم المتحدة، أن 50 شخصا قتلوا.', 'منظمة الإغاثة', ['ORG:منظمة الإغاثة', 'ORG:للأمم المتحدة']],
  ['an organisation glued to «ل» after «وفقا»', 'وفقا لمفوضية اللاجئين، نزح نحو 4000 شخص.', 'مفوضية اللاجئين', ['ORG:مفوضية اللاجئين']],
  ['«الشبكة» refers back to a source named as written', 'قتل 17 شخصا، وفق ما أفادت شبكة أطباء دارفور. وأوضحت الشبكة في بيان أن 5 أطفال قتلوا.', 'شبكة أطباء دارفور', ['LOC:دارفور']],
  ['«المفوضية» refers back to the organisation with that noun', 'وحذرت مفوضية اللاجئين وبرنامج الغذاء من نقص التمويل. وبحسب المفوضية، عبر أكثر من 5000 شخص الحدود.', 'مفوضية اللاجئين', ['ORG:مفوضية اللاجئين', 'ORG:برنامج الغذاء']],
  // Titles, last names and verbs that only look like speech.
  ['a title then a person after the verb: the person speaks', 'وقال المتحدث باسم وزارة الداخلية في العاصمة سامي يوسف إن 12 شخصا اعتقلوا.', 'سامي يوسف', ['ORG:وزارة الداخلية', 'PER:سامي يوسف']],
  ['a last name alone before «أن» is the person named before', 'وقال وزير الصحة أحمد سالم إن المستشفيات مكتظة. وأوضح سالم أن 7 أشخاص أصيبوا بجروح.', 'أحمد سالم', ['PER:أحمد سالم']],
  ['a governor as the speaker', 'وأوضح الحاكم أن 23 مصابا يتلقون العلاج.', 'الحاكم', []],
  ['a relay verb that moves people reports nothing', 'وقال مدير المستشفى إن الطرق مغلقة، فيما نقلت الإدارة 40 جريحا إلى مستشفى آخر.', 'مدير المستشفى', []],
  ['«في بيان» goes with the verb before it and its named speaker', 'وقال المحافظ خالد عمر في بيان إن "20 شخصا أصيبوا في الحادث".', 'خالد عمر', ['PER:خالد عمر']],
  ['a person set off by Arabic commas after a title', 'في المقابل، قال مدير مكتب الإغاثة في المدينة، كمال ناصر، إن 9 أشخاص قتلوا.', 'كمال ناصر', ['ORG:مكتب الإغاثة', 'PER:كمال ناصر']],
  ['an agency glued to «ل» after the source is the medium told', 'قتل 30 شخصا، بحسب ما أفاد مسؤول محلي لوكالة الأنباء المحلية.', 'مسؤول محلي', ['ORG:لوكالة الأنباء المحلية']],
  ['a tally glued to its author with «ل»', 'وحسب حصيلة جديدة لوزارة الصحة، قتل 45 شخصا.', 'وزارة الصحة', ['ORG:وزارة الصحة']],
  ['a headline source before a colon', 'الصحة العالمية: الحصبة تقتل 40 طفلا في الإقليم', 'الصحة العالمية', ['ORG:الصحة العالمية']],
  ['a place before a headline colon is no source', 'كانو: مصرع 12 شخصا في انهيار جسر', null, ['ORG:كانو']],
  ['a relay verb after «بحسب ما» gives the relayed source', 'قتل 40 شخصا في القصف، بحسب ما نقلته الوكالة عن مسؤولين محليين.', 'مسؤولين محليين', []],
  ['an adjective spelt like a speech verb before a quote', 'أعلنت "أونرا"، وكالة غوث اللاجئين التابعة للأمم المتحدة، أن المخيم تعرض "لقصف أسفر عن مقتل 10 مدنيين".', 'أونرا', ['ORG:أونرا', 'ORG:وكالة غوث اللاجئين', 'ORG:للأمم المتحدة']],
  ['a name the recogniser missed after a title and its body', 'وقال مدير إدارة الإطفاء سامر خليل للصحفيين إن 38 جثة انتشلت.', 'سامر خليل', ['ORG:إدارة الإطفاء']],
  ['a name the recogniser missed, set off by commas after a title', 'وقال قائد شرطة الولاية، يوسف داود، في مؤتمر صحفي إن 30 شخصا قتلوا.', 'يوسف داود', []],
  ['a titled name set off by commas after a title and its place', 'وقال مدير الوحدة الصحية في المدينة، الدكتور سامي حداد، إن 17 شخصا أصيبوا.', 'الدكتور سامي حداد', []],
  ['a title set off by commas is no name', 'وقال قائد الشرطة، مسؤول محلي، إن 30 شخصا قتلوا.', 'قائد الشرطة', []],
  ['«حسب ما علم لدى»', 'قتل 6 أشخاص في انهيار صخري، حسب ما علم لدى السلطات المحلية بالإقليم.', 'السلطات المحلية بالإقليم', []],
  ['a date between «حسب ما أفاد به» and its source', 'أصيب 38 شرطيا في المواجهات، حسب ما أفاد به أمس الأحد بيان لأمن الولاية.', 'بيان لأمن الولاية', []],
  ['no speech verb', 'اندلع حريق في المصنع وقتل 6 عمال.', null, []],
  ['«ذات المصدر» is the source named last', 'أعلنت الحماية المدنية وفاة 4 أشخاص في الفيضانات. وأضاف ذات المصدر أن 80 أسرة تم إجلاؤها.', 'الحماية المدنية', ['ORG:الحماية المدنية']],
  ['«المصدر ذاته» is the source named last', 'قالت السلطات المحلية إن 4 أشخاص لقوا حتفهم. وحسب المصدر ذاته، أصيب 9 آخرون.', 'السلطات المحلية', []],
  // A body's name in quotes or brackets after its description is part of the source.
  ['a name in quotes after a description', 'وبحسب منظمة "رصد" لمتابعة النزاعات، قتل أكثر من 300 شخص منذ بداية العام.', 'منظمة "رصد"', []],
  ['a name in quotes after a modifier opened by a link', 'وقالت الهيئة المشرفة على الموانئ "إي بي إن" إن 12 بحارا فقدوا.', 'الهيئة المشرفة على الموانئ "إي بي إن"', []],
  ['an acronym in brackets after the name', 'أعلن مكتب تنسيق الشؤون الإنسانية (أوتشا) أن 300 شخص نزحوا.', 'مكتب تنسيق الشؤون الإنسانية (أوتشا)', ['ORG:مكتب تنسيق الشؤون الإنسانية', 'ORG:أوتشا']],
  ['a quotation going on with a speech verb is no name', 'وقالت الوزارة "الوضع صعب"، مضيفة أن 8 أشخاص قتلوا.', 'الوزارة', []],
  // Who speaks, and who is spoken to.
  ['a body right after the person speaking is the medium', 'وقال الحاكم سامي يوسف لإذاعة الجنوب الرسمية إن 20 مسلحا هاجموا القرية.', 'سامي يوسف', ['PER:سامي يوسف', 'ORG:لإذاعة الجنوب']],
  ['after a relative word the subject follows the verb', 'وكانت الحصيلة الأولية التي أعلنتها المحافظة يوم الأربعاء 9 وفيات.', 'المحافظة', []],
  ['a statement glued to its author with «ل»', 'وأسفرت المواجهات، وفق بلاغ لوزارة الداخلية، عن إصابة 27 شرطيا.', 'وزارة الداخلية', ['ORG:وزارة الداخلية']],
  ['a dateline agency is no subject', 'طهران/ إرنا- أعلن المدير العام لإدارة الأزمات في محافظة هرمز، حسن رضائي، مصرع 7 بحارة.', 'حسن رضائي', ['ORG:إرنا', 'ORG:لإدارة الأزمات', 'PER:حسن رضائي']],
  ['media after a dateline', 'دمشق - سانا - أفادت وسائل إعلام محلية بأن 6 أشخاص قتلوا.', 'وسائل إعلام محلية', ['ORG:سانا']],
  ['an organisation opening the words after the verb keeps its aside out', 'أعلنت منظمة الإغاثة الدولية، ضمن حصيلة محدثة، أن 304 أشخاص قتلوا.', 'منظمة الإغاثة الدولية', ['ORG:منظمة الإغاثة الدولية']],
  ['a common noun opening the words after the verb is a title', 'وأوضح المكلف بالإعلام لدى مديرية الحماية المدنية، الملازم كمال عيسى، أن من بين الضحايا طفلين.', 'كمال عيسى', ['ORG:مديرية الحماية المدنية', 'PER:كمال عيسى']],
  ['a name set off by commas after a title and its body glued to «ل»', 'قالت المديرة الطبية لمستشفى المدينة، كريمة تاج، إن المستشفى استقبل 52 مصابا.', 'كريمة تاج', []],
  ['a speech verb right before the figure governs it over a phrase after it', 'وكانت الشرطة أعلنت مساء الأحد مقتل 6 أشخاص، وفق ما أفاد المحافظ لاحقا.', 'الشرطة', []],
  ['a phrase after the figure that relays keeps the first-hand source', 'قالت الوكالة إن 40 متظاهرا قتلوا، بحسب ما نقلته عن مسؤولين محليين.', 'مسؤولين محليين', []],
  ['a present-tense «تعلن» with its subject, and the tally it gives left out', 'وكانت مصادر محلية أفادت بسقوط قتلى في القصف، قبل أن تعلن الشرطة حصيلة أولية بـ12 قتيلا.', 'الشرطة', []],
  // A body's own decision about the people counted.
  ['the prosecution ordering a detention', 'وأمرت النيابة العامة بحبس 3 متهمين على ذمة التحقيق.', 'النيابة العامة', ['ORG:النيابة العامة']],
];

describe.each([
  ['English', 'en', ENGLISH],
  ['Arabic', 'ar', ARABIC],
])('%s: the source of a claim', (_name, lang, rows) => {
  test.each(rows)('%s', (_what, text, source, names) => {
    const cs = attributed(text, lang, names);
    expect(cs.length).toBeGreaterThan(0);
    expect(cs.map((c) => c.source)).toEqual(cs.map(() => source));
  });
});

/** Texts whose claims have different sources: what the rule is, language, text, the source of each claim in order, the entities. */
const CLAIM_BY_CLAIM: Array<[string, string, string, Array<string | null>, string[]]> = [
  ['a clause set against the speaker\'s goes with the speaker after the figure', 'en', 'An earlier toll by the governor had put the number of dead at 14, but the figure was revised to 11 after checks, the ministry said.', ['the governor', 'the ministry'], []],
  ['"the statement" refers back before its own sentence', 'en', 'The fire service said in a statement that 8 people died. An earlier toll by local officials had put the number of dead at 12, but the figure was revised to 10 after checks, the statement said.', ['fire service', 'local officials', 'fire service'], ['ORG:fire service']],
];

describe('sources claim by claim', () => {
  test.each(CLAIM_BY_CLAIM)('%s', (_what, lang, text, sources, names) => {
    expect(attributed(text, lang, names).map((c) => c.source)).toEqual(sources);
  });
});

describe('source keys', () => {
  test('a named source carries its entity key; a source as written has none', () => {
    const [a] = attributed('The Red Cross said roads were blocked, while local officials said 25 people were missing.', 'en', ['ORG:Red Cross']);
    expect(a).toMatchObject({ source: 'local officials', sourceKey: null });
    const [b] = attributed("According to the UN children's agency UNICEF, about 3,000 children were displaced.", 'en', ['ORG:UN', 'ORG:UNICEF']);
    expect(b).toMatchObject({ source: 'UNICEF', sourceKey: 'ORG:UNICEF' });
  });
});
