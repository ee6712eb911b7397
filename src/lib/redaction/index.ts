/**
 * The redaction-risk detectors (guidance para 41b, paras 168-196): what must
 * never be published, in English and Welsh. Document detectors read each
 * document's parsed tree (through one shared extraction, text.ts); project
 * detectors read the image and document files under public/ and content/.
 * The engine runs them as the 'scan' rule set, in the build and in `svd scan`.
 */
import type { DocumentRule, ProjectRule } from '../engine/types.ts';
import { address } from './address.ts';
import { crimeReference } from './crime-reference.ts';
import { dateOfBirth } from './dob.ts';
import { documentMetadata } from './document-metadata.ts';
import { draftResidue } from './draft-residue.ts';
import { email } from './email.ts';
import { imageAlt } from './image-alt.ts';
import { imageMetadata } from './image-metadata.ts';
import { internalLink } from './internal-link.ts';
import { jigsaw } from './jigsaw.ts';
import { marking } from './marking.ts';
import { namedStaff } from './named-staff.ts';
import { nhsNumber } from './nhs-number.ts';
import { niNumber } from './ni-number.ts';
import { operational } from './operational.ts';
import { person } from './person.ts';
import { phone } from './phone.ts';
import { place } from './place.ts';
import { postcode } from './postcode.ts';
import { reviewComment } from './review-comment.ts';
import { smallNumber } from './small-number.ts';
import { vehicle } from './vehicle.ts';

export const documentDetectors: DocumentRule[] = [
  // Identifiers
  phone,
  email,
  postcode,
  address,
  dateOfBirth,
  nhsNumber,
  niNumber,
  vehicle,
  crimeReference,
  internalLink,
  // People, numbers and places
  person,
  namedStaff,
  smallNumber,
  jigsaw,
  place,
  operational,
  // Markings and draft residue
  marking,
  draftResidue,
  reviewComment,
  imageAlt,
];

export const projectDetectors: ProjectRule[] = [imageMetadata, documentMetadata];
