/**
 * Word lists more than one rubric reads: the kinds of serious violence, its
 * causes, data sources, and the partners and sectors that lead actions.
 * Each entry is one kind of thing; counting entries (not words) means "knife
 * crime and knives" is one kind, not two. Welsh first words are mutated by
 * match.ts, so list the radical form only.
 */
import type { Terms } from './match.ts';

const t = (en: string[], cy: string[]): Terms => ({ en, cy });

/** Kinds of serious violence (s.13 PCSC Act; paras 28-31, 41a). */
export const VIOLENCE_KINDS: Terms[] = [
  t(['homicides?', 'murders?', 'manslaughter', 'killings?'], ['dynladdiad\\w*', 'llofruddiaeth\\w*', 'lladd']),
  t(['knife', 'knives', 'sharp objects?', 'weapons?', 'firearms?', 'guns?', 'offensive weapons?', 'corrosive'], ['cyllell', 'cyllyll', 'gwrthrych\\w* miniog', 'arf', 'arfau', 'dryll\\w*', 'gwn', 'gynnau']),
  t(['robber(?:y|ies)'], ['lladrad\\w*', 'lladrat\\w*', 'ysbeili\\w*']),
  t(['domestic abuse', 'domestic violence', 'domestic'], ['cam-drin domestig', 'trais domestig', 'domestig']),
  t(['sexual violence', 'sexual offences?', 'sexual assaults?', 'rapes?', 'sexual abuse', 'sexual'], ['trais rhywiol', 'troseddau rhywiol', 'treisio', 'ymosod\\w* rhywiol', 'rhywiol']),
  t(['wounding', 'grievous bodily harm', 'actual bodily harm', 'gbh', 'abh', 'assaults?', 'violence with injury', 'physical injur(?:y|ies)', 'serious injur(?:y|ies)'], ['clwyfo', 'niwed corfforol difrifol', 'gwir niwed corfforol', 'ymosod\\w*', 'trais ag anaf', 'anaf\\w* corfforol', 'anaf\\w* difrifol']),
  t(['exploitation', 'county lines', 'drug supply', 'drug dealing', 'drug-related', 'drugs? markets?', 'gangs?', 'organised crime'], ['camfanteisio', 'llinellau cyffuriau', 'llinellau sirol', 'cyflenwi cyffuriau', 'gwerthu cyffuriau', 'gang\\w*', 'troseddau cyfundrefnol']),
  t(['modern slavery', 'trafficking'], ['caethwasiaeth fodern', 'masnachu pobl']),
  t(['violence against women and girls', 'vawg', 'vawdasv'], ['trais yn erbyn menywod', 'vawdasv']),
  t(['public (?:places?|spaces?)', '(?:night-time|evening) economy', 'youth violence'], ['man\\w* cyhoeddus', 'lleoedd cyhoeddus', 'economi liw nos', 'economi nos', 'economi gyda\'r nos', 'trais ieuenctid']),
  t(['strangulation', 'suffocation'], ['tagu', 'mygu']),
  t(['threats? (?:of violence|to kill)', 'threats?'], ['bygythiad\\w*', 'bygwth']),
  t(['hate crimes?', 'hate-motivated'], ['trosedd\\w* casineb']),
  t(['violence against property', 'arson'], ['trais yn erbyn eiddo', 'llosgi bwriadol']),
];

/** The causes or drivers of violence (paras 41a, 146). */
export const CAUSES: Terms = t(
  ['caus\\w*', 'driv\\w*', 'risk factors?', 'protective factors?', 'linked to', 'links to', 'adverse childhood', 'trauma\\w*', 'because', 'contribut\\w*', 'root', 'poverty', 'deprivation'],
  ['achos\\w*', 'sbardun\\w*', 'ffactor\\w* risg', 'ffactor\\w* amddiffynnol', 'cysylltiedig', 'cysylltu', 'profiadau niweidiol', 'trawma\\w*', 'oherwydd', 'cyfrannu', 'tlodi', 'amddifadedd'],
);

/** Data sources (para 147's list, and the usual local ones). */
export const DATA_SOURCES: Terms[] = [
  t(['police', 'crime data', 'recorded crime'], ['heddlu', 'data troseddau']),
  t(['hospitals?', 'emergency departments?', 'a&e', 'a & e', 'accident and emergency', 'ambulance', 'nhs', 'health'], ['ysbyty\\w*', 'adran\\w* achosion brys', 'ambiwlans', 'gig', 'iechyd', 'bwrdd iechyd']),
  t(['education', 'schools?', 'exclusions?', 'attendance'], ['addysg', 'ysgol\\w*', 'gwahardd\\w*', 'presenoldeb']),
  t(['prisons?', 'probation', 'youth justice', 'youth offending'], ['carchar\\w*', 'prawf', 'cyfiawnder ieuenctid', 'troseddau ieuenctid']),
  t(['census', 'ons', 'office for national statistics', 'population'], ['cyfrifiad', 'syg', 'swyddfa ystadegau gwladol', 'poblogaeth']),
  t(['marac', 'dvds', 'domestic violence disclosure'], ['marac', 'dvds']),
  t(["social care", "children's services", 'social services'], ['gofal cymdeithasol', 'gwasanaethau plant', 'gwasanaethau cymdeithasol']),
  t(['homicide reviews?', 'domestic homicide reviews?', 'safeguarding reviews?', 'practice reviews?'], ['adolygiad\\w* dynladdiad', 'adolygiad\\w* ymarfer', 'adolygiad\\w* diogelu']),
  t(['voluntary', 'community sector', 'charit\\w*', 'third sector'], ['gwirfoddol', 'trydydd sector', 'elusen\\w*']),
  t(['surveys?', 'focus groups?', 'young people told', 'consultation'], ['arolwg\\w*', 'grwp\\w* ffocws', 'ymgynghoriad\\w*']),
  t(['fire and rescue', 'fire service'], ['tan ac achub', 'gwasanaeth tan']),
  t(['councils?', 'local authorit(?:y|ies)', 'licensing'], ['cyngor', 'cynghorau', 'awdurdod\\w* lleol', 'trwyddedu']),
];

/** Partners and sectors that can lead an action (para 154m; the specified authorities of Schedule 1). */
export const SECTORS: Terms[] = [
  t(['police', 'constabulary'], ['heddlu']),
  t(['councils?', 'local authorit(?:y|ies)', 'education authorit(?:y|ies)'], ['cyngor', 'cynghorau', 'awdurdod\\w* lleol', 'awdurdod\\w* addysg']),
  t(['health boards?', 'integrated care boards?', 'icbs?', 'nhs', 'health'], ['bwrdd iechyd', 'byrddau iechyd', 'bwrdd gofal integredig', 'gig', 'iechyd']),
  t(['probation'], ['gwasanaeth prawf', 'prawf']),
  t(['youth offending', 'youth justice'], ['troseddau ieuenctid', 'cyfiawnder ieuenctid']),
  t(['fire and rescue', 'fire service'], ['tan ac achub', 'gwasanaeth tan']),
  t(['schools?', 'colleges?', 'education'], ['ysgol\\w*', 'coleg\\w*', 'addysg']),
  t(['voluntary', 'community organisations?', 'community sector', 'charit\\w*', 'third sector'], ['gwirfoddol', 'sefydliad\\w* cymunedol', 'trydydd sector', 'elusen\\w*']),
  t(['prisons?'], ['carchar\\w*']),
  t(['commissioner', 'pcc', 'opcc'], ['comisiynydd']),
  t(['violence (?:reduction|prevention) (?:unit|network|partnership)', 'vru', 'vrn', 'vrp', 'community safety partnerships?', 'csps?'], ['uned atal trais', 'uned lleihau trais', 'partneriaeth\\w* diogelwch cymunedol']),
  t(['housing'], ['tai']),
];

/** Who leads or owns something, said outright. */
export const LEAD: Terms = t(['lead', 'leads', 'led by', 'leading', 'owner', 'owned by', 'responsible', 'will'], ['arwain', 'arweinydd', 'arweiniol', 'dan arweiniad', 'cyfrifol', 'bydd', 'byddwn', 'byddant']);

/** The nine protected characteristics of the Equality Act 2010 (s.4). */
export const CHARACTERISTICS: Terms[] = [
  t(['age', 'older people', 'young people', 'children'], ['oedran', 'pobl hyn', 'pobl ifanc', 'plant']),
  t(['disabilit(?:y|ies)', 'disabled'], ['anabledd\\w*', 'anabl']),
  t(['gender reassignment', 'transgender', 'trans'], ['ailbennu rhywedd', 'trawsryweddol', 'traws']),
  t(['marriage', 'civil partnership'], ['priodas', 'partneriaeth sifil']),
  t(['pregnancy', 'maternity'], ['beichiogrwydd', 'mamolaeth']),
  t(['race', 'ethnic\\w*', 'racism'], ['hil', 'ethnig\\w*', 'hiliaeth']),
  t(['religion', 'belief', 'faith'], ['crefydd\\w*', 'cred', 'ffydd']),
  t(['sex', 'women', 'men', 'girls', 'boys'], ['rhyw', 'menywod', 'dynion', 'merched', 'bechgyn']),
  t(['sexual orientation', 'lesbian', 'gay', 'bisexual', 'lgbt\\w*'], ['cyfeiriadedd rhywiol', 'lesbiaidd', 'hoyw', 'deurywiol', 'lhdt\\w*']),
];
