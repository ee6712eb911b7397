/**
 * The headings real strategies and SNA summaries use for each requirement,
 * in English and Welsh. Numbering, case and punctuation do not matter here
 * (lexicon.ts strips them); write each heading once, as a reader sees it.
 *
 * Where the phrasings come from (see docs/authoring.md, "Section names"):
 * - LBHF: LB Hammersmith & Fulham, Serious Violence Duty Strategy (web, 2023-24)
 * - LBBD: LB Barking & Dagenham CSP Serious Violence Duty Strategy
 * - BUCKS: Buckinghamshire Serious Violence Response Strategy 2024-27
 * - OXON: Oxfordshire / Safer Oxfordshire Partnership, Serious Violence Duty
 * - HUMBER: Humber Violence Prevention Partnership Response Strategy and Delivery Plan
 * - NORFOLK: Norfolk CSP Serious Violence Duty Response Strategy
 * - NWALES: North Wales Serious Violence Response Strategy (Safer North Wales)
 * - VALE: Vale of Glamorgan Safer Vale, Serious Violence Duty
 * - DORSET: Dorset CSP Serious Violence Strategy
 * - HAVERING: LB Havering Serious Violence Duty Strategy 2024-27 (cabinet report)
 * - SNAG: Home Office / PHE, Serious Violence Duty: strategic needs assessment guidance (2021)
 * - GUIDE: Serious Violence Duty statutory guidance (Dec 2022), English and Welsh
 * - COMMON: phrasings seen across several of the above, or the usual council
 *   report headings ("Governance arrangements", "Monitoring and evaluation")
 * The held-out headings in test/fixtures/lexicon/held-out.json must never be
 * copied here: they measure how well this list generalises.
 */

export interface Phrases {
  en: string[];
  cy: string[];
}

export const STRATEGY_PHRASES: Record<string, Phrases> = {
  'executive-summary': {
    en: ['Executive summary', 'Summary', 'Summary of the strategy', 'Strategy on a page', 'At a glance', 'Overview', 'Introduction and summary', 'Plain English summary'],
    cy: ['Crynodeb gweithredol', 'Crynodeb', "Crynodeb o'r strategaeth", 'Trosolwg', 'Y strategaeth ar dudalen', 'Cyflwyniad a chrynodeb'],
  },
  'local-definition': {
    en: ['Definition of serious violence', 'Local definition of serious violence', 'Our definition of serious violence', 'Defining serious violence', 'Our local definition', 'Serious violence definition', 'How we define serious violence', 'What do we mean by serious violence', 'Agreed definition of serious violence', 'Definition'],
    cy: ['Diffiniad o drais difrifol', 'Diffiniad lleol o drais difrifol', 'Ein diffiniad o drais difrifol', 'Diffinio trais difrifol', 'Ein diffiniad lleol', 'Beth a olygwn wrth drais difrifol', 'Diffiniad'],
  },
  'delivery-arrangements': {
    en: ['How we deliver the Duty', 'Partnership arrangements', 'Local partnership arrangements', 'Delivering the Serious Violence Duty', 'Implementing the Serious Violence Duty', 'How the duty will be implemented locally', 'Our partnership arrangements', 'Arrangements for delivery', 'Delivery arrangements', 'Lead partnership for the duty'],
    cy: ["Sut rydym yn cyflawni'r Ddyletswydd", "Trefniadau partneriaeth", 'Trefniadau partneriaeth lleol', "Cyflawni'r Ddyletswydd Trais Difrifol", "Gweithredu'r Ddyletswydd Trais Difrifol", 'Trefniadau cyflawni'],
  },
  governance: {
    en: ['Governance', 'Governance arrangements', 'Our partnership and governance', 'Governance and accountability', 'Partnership governance', 'Governance structure', 'Leadership and governance', 'System leadership', 'Accountability', 'Oversight and accountability'],
    cy: ['Llywodraethu', 'Trefniadau llywodraethu', 'Ein partneriaeth a llywodraethu', 'Llywodraethu ac atebolrwydd', 'Strwythur llywodraethu', 'Arweinyddiaeth a llywodraethu', 'Atebolrwydd'],
  },
  'data-framework': {
    en: ['Gathering and analysing data', 'Data sharing', 'Data and information sharing', 'Information sharing', 'Improved use of data and evidence', 'Data and evidence', 'Using data and evidence', 'Data sharing arrangements', 'Our data and analysis', 'Data and intelligence', 'Sharing data'],
    cy: ['Casglu a dadansoddi data', 'Rhannu data', 'Rhannu data a gwybodaeth', 'Rhannu gwybodaeth', 'Data a thystiolaeth', 'Defnyddio data a thystiolaeth', 'Trefniadau rhannu data'],
  },
  partners: {
    en: ['Who we work with', 'Our partners', 'Partners', 'The partnership', 'Working in partnership', 'Specified authorities', 'Duty holders', 'Responsible authorities', 'Partners and duty holders', 'Who is involved', 'Membership of the partnership'],
    cy: ['Gyda phwy rydym yn gweithio', 'Ein partneriaid', 'Partneriaid', 'Y bartneriaeth', 'Gweithio mewn partneriaeth', 'Awdurdodau penodedig', 'Deiliaid y ddyletswydd'],
  },
  consultation: {
    en: ['Consulting young people and communities', 'Consultation', 'Consultation and engagement', 'Engagement', 'Community engagement', 'Engaging communities', 'Voice of young people', 'Youth voice', 'Listening to young people', 'What people told us', 'Community voice', 'Co-production', 'Working with the voluntary and community sector', 'Engaging young people and communities', 'Community capacity and leadership'],
    cy: ['Ymgynghori â phobl ifanc a chymunedau', 'Ymgynghori', 'Ymgynghori ac ymgysylltu', 'Ymgysylltu', 'Ymgysylltu â chymunedau', 'Llais pobl ifanc', 'Gwrando ar bobl ifanc', 'Cyd-gynhyrchu', "Gweithio gyda'r sector gwirfoddol a chymunedol"],
  },
  geography: {
    en: ['The area we cover', 'Our area', 'About our area', 'Our borough', 'About the borough', 'Our county', 'Local context', 'Area profile', 'Geography', 'The place', 'Our local area'],
    cy: ['Yr ardal rydym yn ei chwmpasu', 'Ein hardal', 'Am ein hardal', 'Ein sir', 'Cyd-destun lleol', 'Proffil yr ardal', 'Daearyddiaeth', 'Ein hardal leol'],
  },
  'education-prisons': {
    en: ['Consulting education, prison and youth custody authorities', 'Relevant authorities', 'Education, prisons and youth custody', 'Working with schools and colleges', 'Schools, prisons and youth custody', 'Consultation with relevant authorities', 'Education and prisons', 'Role of education'],
    cy: ['Ymgynghori ag awdurdodau addysgol, carchardai a dalfa ieuenctid', 'Awdurdodau perthnasol', 'Addysg, carchardai a dalfa ieuenctid', 'Gweithio gydag ysgolion a cholegau', 'Ymgynghori ag awdurdodau perthnasol'],
  },
  safeguarding: {
    en: ['Links with safeguarding', 'Safeguarding', 'Safeguarding arrangements', 'Links to safeguarding partnerships', 'Safeguarding children and adults', 'Contextual safeguarding', 'Safeguarding partnerships', 'Links with other strategies and partnerships', 'Links to other strategies'],
    cy: ['Cysylltiadau â threfniadau diogelu', 'Diogelu', 'Trefniadau diogelu', 'Cysylltiadau â phartneriaethau diogelu', 'Diogelu plant ac oedolion', 'Diogelu cyd-destunol', 'Cysylltiadau â strategaethau eraill'],
  },
  'policing-body': {
    en: ['Role of the Police and Crime Commissioner', 'The Police and Crime Commissioner', 'Role of the PCC', 'The role of the local policing body', 'Local policing body', 'Police and Crime Commissioner', "Mayor's Office for Policing and Crime", 'Role of MOPAC', 'Violence Reduction Unit', 'Role of the Violence Reduction Unit'],
    cy: ['Rôl y Comisiynydd Heddlu a Throseddu', 'Y Comisiynydd Heddlu a Throseddu', 'Rôl y corff plismona lleol', 'Corff plismona lleol', 'Uned Atal Trais', 'Rôl yr Uned Atal Trais'],
  },
  commissioning: {
    en: ['Commissioning and funding', 'Funding', 'Resources', 'Resourcing', 'Funding and resources', 'Commissioning', 'Investment', 'Funding and commissioning', 'Resources and funding'],
    cy: ['Comisiynu a chyllid', 'Cyllid', 'Adnoddau', 'Cyllid ac adnoddau', 'Comisiynu', 'Buddsoddi'],
  },
  scrutiny: {
    en: ['Independent scrutiny', 'Scrutiny', 'Scrutiny and oversight', 'Overview and scrutiny', 'Scrutiny arrangements', 'Inspection and scrutiny', 'Independent oversight'],
    cy: ['Craffu annibynnol', 'Craffu', 'Craffu a goruchwylio', 'Trosolwg a chraffu', 'Trefniadau craffu', 'Goruchwyliaeth annibynnol'],
  },
  'sna-summary': {
    en: ['Summary of the Strategic Needs Assessment', 'Strategic Needs Assessment', 'Strategic needs assessment summary', 'What the data tells us', 'Key findings', 'Key findings of the strategic needs assessment', 'Our strategic needs assessment', 'Understanding serious violence in our area', 'The problem profile', 'Needs assessment findings', 'What we know'],
    cy: ["Crynodeb o'r Asesiad Strategol o Anghenion", 'Asesiad Strategol o Anghenion', "Beth mae'r data yn ei ddweud wrthym", 'Prif ganfyddiadau', 'Ein Hasesiad Strategol o Anghenion', 'Deall trais difrifol yn ein hardal', 'Yr hyn a wyddom'],
  },
  actions: {
    en: ['Actions', 'Our actions', 'Action plan', 'Delivery plan', 'Our priorities', 'Priorities', 'Strategic priorities', 'Objectives', 'Our objectives', 'Our response', 'Preventing and reducing serious violence', 'Our approach', 'Priority areas', 'Earlier prevention and intervention', 'Key actions'],
    cy: ['Camau gweithredu', 'Ein camau gweithredu', 'Cynllun gweithredu', 'Cynllun cyflawni', 'Ein blaenoriaethau', 'Blaenoriaethau', 'Blaenoriaethau strategol', 'Amcanion', 'Ein hamcanion', 'Ein hymateb', 'Atal a lleihau trais difrifol', 'Ein dull'],
  },
  'success-measures': {
    en: ['Success measures', 'Measuring success', 'How we will measure success', 'Outcomes and measures', 'Performance measures', 'Performance framework', 'Outcomes framework', 'How we will know we have made a difference', 'Measures of success', 'Monitoring and evaluation', 'Outcomes', 'Evaluation'],
    cy: ['Mesurau llwyddiant', 'Mesur llwyddiant', 'Sut y byddwn yn mesur llwyddiant', 'Canlyniadau a mesurau', 'Mesurau perfformiad', 'Fframwaith perfformiad', 'Monitro a gwerthuso', 'Canlyniadau', 'Gwerthuso'],
  },
  equality: {
    en: ['Equality', 'Equality and diversity', 'Equality impact assessment', 'Equalities', 'Equality, diversity and inclusion', 'Disproportionality', 'Tackling disproportionality', 'Equality impact'],
    cy: ['Cydraddoldeb', 'Cydraddoldeb ac amrywiaeth', 'Asesiad effaith ar gydraddoldeb', 'Cydraddoldeb, amrywiaeth a chynhwysiant', 'Anghymesuredd'],
  },
  review: {
    en: ['Review', 'Reviewing the strategy', 'Review of the strategy', 'Strategy review', 'Keeping the strategy under review', 'Next steps', 'Review and refresh', 'When we will review this strategy'],
    cy: ['Adolygu', "Adolygu'r strategaeth", "Adolygiad o'r strategaeth", 'Y camau nesaf', 'Adolygu ac adnewyddu'],
  },
  'annual-assessment': {
    en: ["Assessment of last year's performance", 'What we achieved last year', 'Progress so far', 'Our progress', 'Progress in the last year', 'Annual review', 'Year one review', 'What we have achieved', 'Achievements', 'Progress against last year\'s strategy', 'Delivery so far'],
    cy: ["Asesiad o berfformiad y llynedd", "Yr hyn a gyflawnwyd gennym y llynedd", 'Cynnydd hyd yma', 'Ein cynnydd', 'Adolygiad blynyddol', 'Cyflawniadau'],
  },
};

export const SNA_PHRASES: Record<string, Phrases> = {
  'local-definition': STRATEGY_PHRASES['local-definition']!,
  'violence-types': {
    en: ['Kinds of serious violence', 'Types of serious violence', 'Types of violence', 'The nature of serious violence', 'Serious violence in our area', 'Violence profile', 'Crime types', 'Scale and nature of violence', 'Prevalence'],
    cy: ['Mathau o drais difrifol', 'Mathau o drais', 'Natur trais difrifol', 'Trais difrifol yn ein hardal', 'Proffil trais'],
  },
  drivers: {
    en: ['Causes and drivers', 'Drivers of serious violence', 'Causes of serious violence', 'Risk factors', 'Risk and protective factors', 'Drivers of violence', 'Why violence happens', 'Underlying causes', 'Root causes'],
    cy: ['Achosion a sbardunau', 'Sbardunau trais difrifol', 'Achosion trais difrifol', 'Ffactorau risg', 'Ffactorau risg ac amddiffynnol', 'Achosion sylfaenol', 'Gwraidd y broblem'],
  },
  cohorts: {
    en: ['People most affected', 'Victims and offenders', 'Victims and perpetrators', 'Who is affected', 'Cohorts', 'People most at risk', 'Profile of victims and offenders', 'Those most vulnerable', 'Vulnerable groups'],
    cy: ["Y bobl yr effeithir arnynt fwyaf", 'Dioddefwyr a throseddwyr', 'Dioddefwyr a chyflawnwyr', 'Pwy yr effeithir arnynt', 'Pobl sydd fwyaf mewn perygl', 'Grwpiau agored i niwed'],
  },
  places: {
    en: ['Where violence happens', 'Locations', 'Hotspots', 'Places and spaces', 'Where and when violence happens', 'Geographic hotspots', 'Priority locations', 'Location and time', 'Temporal and spatial analysis'],
    cy: ["Ble mae trais yn digwydd", 'Lleoliadau', 'Mannau problemus', 'Lleoedd a mannau', 'Ble a phryd mae trais yn digwydd', 'Lleoliadau blaenoriaeth'],
  },
  'data-sources': {
    en: ['Data sources', 'Sources of data', 'Data used', 'Methodology', 'Method', 'Data and methodology', 'Where our data comes from', 'Information sources'],
    cy: ['Ffynonellau data', 'Data a ddefnyddiwyd', 'Methodoleg', 'Dull', 'Data a methodoleg', "O ble y daw ein data"],
  },
  'data-gaps': {
    en: ['Gaps in data and intelligence', 'Data gaps', 'Gaps in our data', 'Limitations', 'Limitations of the data', 'Data limitations', 'Gaps and limitations', 'What we do not know', 'Intelligence gaps'],
    cy: ['Bylchau mewn data a gwybodaeth', 'Bylchau data', 'Bylchau yn ein data', 'Cyfyngiadau', "Cyfyngiadau'r data", 'Yr hyn nad ydym yn ei wybod'],
  },
  'community-voices': {
    en: ['What communities and young people told us', 'Community voices', 'Voice of young people', 'What young people told us', 'Lived experience', 'Community consultation', 'Youth voice', 'What people told us', 'Listening to communities'],
    cy: ["Beth ddywedodd cymunedau a phobl ifanc wrthym", 'Lleisiau cymunedol', 'Llais pobl ifanc', 'Beth ddywedodd pobl ifanc wrthym', 'Profiad bywyd', 'Gwrando ar gymunedau'],
  },
  'data-period': {
    en: ['The period the data covers', 'Data period', 'Time period', 'Period covered', 'Reporting period', 'Timeframe of the data'],
    cy: ["Y cyfnod y mae'r data'n ei gwmpasu", 'Cyfnod y data', 'Cyfnod amser', "Y cyfnod a gwmpesir"],
  },
};

/** The three national measures (para 309), headings under the success measures. */
export const MEASURE_PHRASES: Record<string, Phrases> = {
  'national-hospital-admissions': {
    en: ['Hospital admissions for assault with a knife or sharp object', 'Hospital admissions for knife assaults', 'Hospital admissions', 'Knife-related hospital admissions'],
    cy: ["Derbyniadau i'r ysbyty am ymosodiad â chyllell neu wrthrych miniog", "Derbyniadau i'r ysbyty"],
  },
  'national-knife-violence': {
    en: ['Knife or sharp object-enabled serious violence recorded by the police', 'Knife crime recorded by the police', 'Knife-enabled serious violence', 'Police-recorded knife crime', 'Knife crime'],
    cy: ['Trais difrifol â chyllell neu wrthrych miniog a gofnodwyd gan yr heddlu', 'Troseddau cyllyll a gofnodwyd gan yr heddlu', 'Troseddau cyllyll'],
  },
  'national-homicide': {
    en: ['Homicides recorded by the police', 'Homicide', 'Homicides', 'Police-recorded homicides'],
    cy: ['Dynladdiadau a gofnodwyd gan yr heddlu', 'Dynladdiadau', 'Dynladdiad'],
  },
};
