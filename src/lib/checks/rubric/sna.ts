/**
 * What a summary of the Strategic Needs Assessment must say (paras 41a,
 * 146-147, 154l): the period its data covers, where the data came from,
 * the kinds of serious violence found and, so far as possible, their causes.
 */
import { kindsPoint } from './definition.ts';
import { aPeriod, atLeast, point, says } from './points.ts';
import type { Rubric, RubricPoint } from './rubric.ts';
import { CAUSES, DATA_SOURCES } from './terms.ts';

export const causesPoint: RubricPoint = point(
  {
    id: 'causes',
    paragraph: '41a, 146',
    needs: { en: 'say what causes or drives the violence, so far as the partners can tell', cy: "dweud beth sy'n achosi neu'n sbarduno'r trais, hyd y gall y partneriaid ddweud" },
    hint: { en: 'say what the assessment found about causes and risk factors, or say plainly what is not yet known', cy: "dywedwch beth a ganfu'r asesiad am achosion a ffactorau risg, neu dywedwch yn glir beth nad yw'n hysbys eto" },
  },
  says(CAUSES),
);

export const SNA_SUMMARY_RUBRIC: Rubric = {
  minWords: 25,
  points: [
    point(
      {
        id: 'data-period',
        paragraph: '147, 154l',
        needs: { en: 'say what period the data covers (for example "1 April 2023 to 31 March 2026" or "the three years to March 2026")', cy: "dweud pa gyfnod y mae'r data'n ei gwmpasu (er enghraifft \"1 Ebrill 2023 i 31 Mawrth 2026\" neu \"y tair blynedd hyd at fis Mawrth 2026\")" },
        hint: { en: 'say which years or months the data covers and when the assessment was completed', cy: "dywedwch pa flynyddoedd neu fisoedd y mae'r data'n eu cwmpasu a phryd y cwblhawyd yr asesiad" },
      },
      aPeriod,
    ),
    point(
      {
        id: 'sources',
        paragraph: '147',
        needs: { en: 'say where the data came from (at least two sources, such as police, hospital, education or youth justice data)', cy: "dweud o ble y daeth y data (o leiaf ddwy ffynhonnell, fel data'r heddlu, ysbytai, addysg neu gyfiawnder ieuenctid)" },
        hint: { en: 'name the main data sources the assessment used, for example police recorded crime, emergency department data, school exclusions', cy: "enwch brif ffynonellau data'r asesiad, er enghraifft troseddau a gofnodwyd gan yr heddlu, data adrannau achosion brys, gwaharddiadau o'r ysgol" },
      },
      atLeast(2, DATA_SOURCES),
    ),
    kindsPoint(2, '41a, 154l'),
    causesPoint,
  ],
};
