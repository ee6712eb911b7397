/**
 * Refusals of content that could run code, load something from outside the
 * project or change the page beyond its text. Each is an error that no
 * waiver and no config can lower: a published page must never run an
 * author's code, and a build (in CI, where secrets live) must never run it.
 */
import type { RuleMeta } from '../engine/types.ts';

const PARA = '161';
const ALLOWED_URLS_EN = 'https:// web addresses, mailto: and tel: links, and the site\'s own pages (like /en/strategy/ or #governance)';
const ALLOWED_URLS_CY = "cyfeiriadau gwe https://, dolenni mailto: a tel:, a thudalennau'r wefan ei hun (fel /cy/strategaeth/ neu #llywodraethu)";

export const esm: RuleMeta = {
  id: 'mdx/esm',
  severity: 'error',
  paragraph: PARA,
  statutory: true,
  message: {
    en: 'This line is code ("{keyword}"), and content cannot contain code: it would run on the computer that builds the site.',
    cy: "Cod yw'r llinell hon (\"{keyword}\"), ac ni all cynnwys gynnwys cod: byddai'n rhedeg ar y cyfrifiadur sy'n adeiladu'r wefan.",
  },
  fix: {
    en: 'Delete the line. Charts are available without importing anything ({components}); put pictures in the content folder and use ![description](./picture.png).',
    cy: "Dilëwch y llinell. Mae siartiau ar gael heb fewnforio dim ({components}); rhowch luniau yn y ffolder cynnwys a defnyddiwch ![disgrifiad](./llun.png).",
  },
};

export const expression: RuleMeta = {
  id: 'mdx/expression',
  severity: 'error',
  paragraph: PARA,
  statutory: true,
  message: {
    en: 'Curly brackets {whereEn} are code in MDX, and content cannot contain code: "{code}".',
    cy: 'Cod yw cromfachau cyrliog {whereCy} yn MDX, ac ni all cynnwys gynnwys cod: "{code}".',
  },
  fix: {
    en: 'Write the words or number itself instead. A component setting takes plain text in quotes, like title="Knife crime". To keep a note that is not published, write {/* your note */}.',
    cy: 'Ysgrifennwch y geiriau neu\'r rhif ei hun yn lle hynny. Mae gosodiad cydran yn cymryd testun plaen mewn dyfynodau, fel title="Troseddau cyllyll". I gadw nodyn nad yw\'n cael ei gyhoeddi, ysgrifennwch {/* eich nodyn */}.',
  },
};

export const unknownComponent: RuleMeta = {
  id: 'mdx/unknown-component',
  severity: 'error',
  paragraph: PARA,
  statutory: true,
  message: {
    en: '<{name}> is not one of the components this site has, so it cannot be used.',
    cy: "Nid yw <{name}> yn un o gydrannau'r wefan hon, felly ni ellir ei ddefnyddio.",
  },
  fix: {
    en: 'The components you can use are: {components}. Check the spelling and the capital letter, or write the content as text, headings and tables.',
    cy: "Y cydrannau y gallwch eu defnyddio yw: {components}. Gwiriwch y sillafu a'r briflythyren, neu ysgrifennwch y cynnwys fel testun, penawdau a thablau.",
  },
};

export const componentProps: RuleMeta = {
  id: 'mdx/component-props',
  severity: 'error',
  paragraph: PARA,
  statutory: true,
  message: {
    en: '<{name}> has a setting that is not right: {detailEn}.',
    cy: "Mae gan <{name}> osodiad nad yw'n gywir: {detailCy}.",
  },
  fix: {
    en: '<{name}> takes: {allowed}. Write each as name="plain text".',
    cy: '<{name}> yn cymryd: {allowed}. Ysgrifennwch bob un fel enw="testun plaen".',
  },
};

export const unsafeElement: RuleMeta = {
  id: 'mdx/element',
  severity: 'error',
  paragraph: PARA,
  statutory: true,
  message: {
    en: 'The HTML element <{name}> is not allowed in content: {whyEn}.',
    cy: "Ni chaniateir yr elfen HTML <{name}> mewn cynnwys: {whyCy}.",
  },
  fix: {
    en: 'Use Markdown instead (headings, lists, tables, links, ![pictures](./picture.png)). HTML elements allowed: {elements}.',
    cy: 'Defnyddiwch Markdown yn lle hynny (penawdau, rhestrau, tablau, dolenni, ![lluniau](./llun.png)). Elfennau HTML a ganiateir: {elements}.',
  },
};

export const unsafeAttribute: RuleMeta = {
  id: 'mdx/attribute',
  severity: 'error',
  paragraph: PARA,
  statutory: true,
  message: {
    en: '"{name}" is not allowed on <{element}>: {whyEn}.',
    cy: 'Ni chaniateir "{name}" ar <{element}>: {whyCy}.',
  },
  fix: {
    en: 'Remove "{name}". The site\'s own styles set colours and layout; links need only href.',
    cy: 'Tynnwch "{name}". Mae arddulliau\'r wefan ei hun yn gosod lliwiau a chynllun; dim ond href sydd ei angen ar ddolenni.',
  },
};

export const unsafeUrl: RuleMeta = {
  id: 'mdx/url',
  severity: 'error',
  paragraph: PARA,
  statutory: true,
  message: {
    en: 'This link goes to "{url}", which is not allowed: {whyEn}.',
    cy: 'Mae\'r ddolen hon yn mynd i "{url}", na chaniateir: {whyCy}.',
  },
  fix: { en: `Links can go to ${ALLOWED_URLS_EN}.`, cy: `Gall dolenni fynd i ${ALLOWED_URLS_CY}.` },
};

export const externalResource: RuleMeta = {
  id: 'mdx/external-resource',
  severity: 'error',
  paragraph: PARA,
  statutory: true,
  message: {
    en: 'This loads "{url}" from outside the project. The site never loads anything from another website, so that readers are not tracked.',
    cy: "Mae hyn yn llwytho \"{url}\" o'r tu allan i'r prosiect. Nid yw'r wefan byth yn llwytho dim o wefan arall, fel nad yw darllenwyr yn cael eu tracio.",
  },
  fix: {
    en: 'Save the picture in the content folder and point at it with a path, like ![description](./picture.png). To send readers to another site, use a link instead.',
    cy: "Cadwch y llun yn y ffolder cynnwys a chyfeiriwch ato gyda llwybr, fel ![disgrifiad](./llun.png). I anfon darllenwyr i wefan arall, defnyddiwch ddolen yn lle hynny.",
  },
};

export const SAFETY_RULES: RuleMeta[] = [esm, expression, unknownComponent, componentProps, unsafeElement, unsafeAttribute, unsafeUrl, externalResource];
