/**
 * A Word strategy made with the `docx` package, phrased the way published
 * strategies phrase their headings (numbered, unnumbered, a few bilingual),
 * with what real ones hold: a captioned table, a footnote, a photo carrying
 * GPS EXIF, a reviewer's comment, a tracked change, and "(<25)" in prose.
 */
import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, FootnoteReferenceRun, HeadingLevel, ImageRun, InsertedTextRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import sharp from 'sharp';

/** Each requirement heading, the key it should get, and a sentence of what real strategies write under it. */
export const REQUIREMENT_HEADINGS: [heading: string, key: string, text: string][] = [
  ['1. Summary', 'executive-summary', 'Serious violence in Marchmoor is concentrated among young people in the town centre at night. This strategy sets out what the partners will do about it.'],
  ['2. Definition of serious violence', 'local-definition', 'For this strategy, serious violence means homicide, violence with injury, robbery, sexual violence and domestic abuse, and any violence involving a knife. We chose it by weighing the maximum penalty for each offence, the impact on victims, how prevalent each kind is in Marchmoor, and the impact on the community.'],
  ['3. Partnership arrangements', 'delivery-arrangements', 'The Marchmoor Community Safety Partnership leads the Duty for the specified authorities, through its Serious Violence Board.'],
  ['Section 4: Governance and accountability', 'governance', 'The Serious Violence Board reports to the Community Safety Partnership each quarter, and the partnership reports to the council\'s scrutiny committee each year.'],
  ['5. Data and information sharing', 'data-framework', 'Partners share anonymised data each quarter under the Marchmoor information sharing agreement, and the partnership analyst combines it.'],
  ['6. Our partners', 'partners', 'The police, the fire and rescue service, the youth justice service, probation, the integrated care board and the council are the specified authorities.'],
  ['7. Consultation and engagement', 'consultation', 'We asked 410 young people and 12 community groups what makes them feel unsafe, through schools, youth clubs and an online survey.'],
  ['8. About the borough', 'geography', 'Marchmoor is a borough of 180,000 people, with one town centre, two market towns and a large rural area.'],
  ['9. Working with schools, colleges, prisons and youth custody', 'education-prisons', 'We consulted every secondary school and college, HMP Marchmoor and the youth custody service on the draft strategy, and they now sit on the board\'s education and custody group.'],
  ['10. Links with safeguarding partnerships', 'safeguarding', 'The Safeguarding Children Partnership and the Safeguarding Adults Board sit on the Serious Violence Board, so exploitation cases are shared.'],
  ['11. Role of the Police and Crime Commissioner', 'policing-body', 'The Police and Crime Commissioner funds the youth diversion programme and attends the board.'],
  ['12. Funding and resources', 'commissioning', 'The Serious Violence Duty grant of £210,000 a year funds the hospital navigators and the detached youth work.'],
  ['Craffu annibynnol / Independent scrutiny', 'scrutiny', 'The council\'s Communities Scrutiny Committee reviews the strategy each year and publishes its findings.'],
  ['14. Summary of the strategic needs assessment', 'sna-summary', 'The assessment covers the three years to March 2026 and used police recorded crime, emergency department data and youth justice records. Violence with injury, robbery, knife crime and domestic abuse rose; most victims and suspects were young people (<25), half of incidents were in the town centre, and exploitation, school exclusion and alcohol were the main drivers.'],
  ['15. Our priorities and action plan', 'actions', 'Over the next three years the partners will:\n- The integrated care board will fund hospital navigators in the emergency department.\n- The council will extend detached youth work to the two market towns.\n- Marchmoor Police will train night-time economy staff to spot and report violence early.'],
  ['16. How we will measure success', 'success-measures', 'We track the three national measures and one local measure, reported to the board each quarter.'],
  ['Cydraddoldeb / Equality impact assessment', 'equality', 'The partners must comply with the Equality Act 2010. An equality impact assessment found young Black men are over-represented among victims; we will monitor who each action reaches every quarter and adapt the actions that do not reach them.'],
  ["Adolygu'r strategaeth / Reviewing the strategy", 'review', 'The board reviews this strategy every year, with the next review by 29 October 2027, and refreshes it in full every three years.'],
];

export const MEASURE_HEADINGS: [heading: string, key: string, text: string][] = [
  ['Hospital admissions for assault with a sharp object', 'national-hospital-admissions', 'Admissions fell from 31 in 2024 to 27 in 2025.'],
  ['Knife crime recorded by the police', 'national-knife-violence', 'Police recorded 142 knife-enabled offences in 2025.'],
  ['Homicide', 'national-homicide', 'There were 2 homicides in 2025.'],
];

/** Headings that are no requirement: the lexicon must leave them alone. */
export const OTHER_HEADINGS = ['Foreword', 'Violence with injury among young people', 'Appendix A: Glossary'];

/** A 60x40 JPEG carrying GPS coordinates and an author in its EXIF. */
export async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 60, height: 40, channels: 3, background: '#3a6ea5' } })
    .jpeg()
    .withExif({ IFD0: { Artist: 'Sam Photographer', Copyright: 'Marchmoor Council' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '53/1 48/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '1/1 33/1 0/1' } })
    .toBuffer();
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) => new Paragraph({ text, heading: level });

export async function wordStrategy(options: { revisions: boolean } = { revisions: true }): Promise<Buffer> {
  const photo = await photoWithGps();
  const children: (Paragraph | Table)[] = [new Paragraph({ text: 'Marchmoor Serious Violence Strategy 2026 to 2029', heading: HeadingLevel.TITLE }), heading('Foreword'), new Paragraph('Every partner in Marchmoor has signed this strategy.')];
  for (const [text, key, body] of REQUIREMENT_HEADINGS) {
    children.push(heading(text));
    if (key === 'sna-summary') {
      children.push(new Paragraph({ children: [new TextRun(body), new FootnoteReferenceRun(1)] }));
      children.push(new Paragraph({ text: 'Table 1: violence with injury by year', style: 'Caption' }));
      children.push(
        new Table({
          rows: [
            ['Year', 'Offences'],
            ['2024', '1,514'],
            ['2025', '1,635'],
          ].map((cells) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) })),
        }),
      );
      children.push(new Paragraph({ children: [new ImageRun({ type: 'jpg', data: photo, transformation: { width: 60, height: 40 }, altText: { name: 'launch', title: 'Launch', description: 'Young people and youth workers at the launch of the strategy' } })] }));
      children.push(new Paragraph('Spending {in brackets} stayed level.'));
    } else if (key === 'consultation' && options.revisions) {
      children.push(new Paragraph({ children: [new CommentRangeStart(0), new TextRun(body), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] }));
      children.push(new Paragraph({ children: [new TextRun('Most said '), new InsertedTextRun({ text: 'better lighting and ', id: 1, author: 'Policy Officer', date: '2026-10-02T09:00:00Z' }), new DeletedTextRun({ text: 'more police ', id: 2, author: 'Policy Officer', date: '2026-10-02T09:00:00Z' }), new TextRun('would help.')] }));
    } else {
      for (const line of body.split('\n')) children.push(line.startsWith('- ') ? new Paragraph({ text: line.slice(2), bullet: { level: 0 } }) : new Paragraph(line));
    }
    if (key === 'success-measures') {
      for (const [m, , text] of MEASURE_HEADINGS) children.push(heading(m, HeadingLevel.HEADING_2), new Paragraph(text));
      children.push(heading(OTHER_HEADINGS[1]!, HeadingLevel.HEADING_2), new Paragraph('Hospital attendances for violence among under-25s, from the emergency department data.'));
    }
  }
  children.push(heading(OTHER_HEADINGS[2]!), new Paragraph('SNA: strategic needs assessment.'));
  const doc = new Document({
    creator: 'Jo Bloggs',
    title: 'Marchmoor Serious Violence Strategy 2026 to 2029',
    description: 'How the organisations in Marchmoor will work together to prevent serious violence and reduce its impact.',
    comments: { children: options.revisions ? [{ id: 0, author: 'Partnership Analyst', date: new Date('2026-10-01T10:00:00Z'), children: [new Paragraph('Is 410 the final count?')] }] : [] },
    footnotes: { 1: { children: [new Paragraph('Source: police recorded crime, year to March 2025.')] } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
