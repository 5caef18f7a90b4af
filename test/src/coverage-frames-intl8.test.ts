// Issue 13, eighth round (session 17, helper cov-intl): Dutch, German and French on the held-out rows
// of coverage-frames-intl8-rows.ts — batch a written before this round's changes, batch b after
// them with the data frozen (the generalisation figure) — and, per kind this round read on the
// development rounds, sentences that give the item and look-alikes that must not. Rows in our own
// words. A row the checker still gets wrong is listed in KNOWN with what it lacks (a `todo`).
import { languageRow, roundRows } from './helpers/row-rounds.js';
import { BATCH_A, BATCH_B } from './coverage-frames-intl8-rows.js';

/** Rows this branch still gets wrong, and why (key: the row's body). */
const KNOWN: Record<string, string> = {
  // Batch a (written before the changes): main's checker gets 8 of 89 wrong.
  'Auskunftsersuchen von Behörden beantworten wir nur im gesetzlich vorgesehenen Rahmen.': 'an authority’s request for information is read as the reader’s right of access',
  'Bent u het niet eens met het besluit over uw vergunning, dan kunt u binnen zes weken bezwaar maken bij het college.': 'an objection to a municipal decision is read as the right to object',
  'Je kunt een verzoek tot inzage, correctie, verwijdering of overdracht van je gegevens sturen naar privacy@kwikstaart.example.': '“verzoek tot … overdracht van je gegevens” is not read as portability',
  'Sie haben jederzeit das Recht, kostenlos Auskunft über Herkunft, Empfänger und Zweck Ihrer gespeicherten Daten zu bekommen.': 'what the right of access covers (“Empfänger”) is read as recipients named',
  'Elles sont conservées pendant 3 ans et sont destinées au service commercial.': 'data “destinées à” a department is not read as recipients',
  'Consultez le site cnil.fr pour plus d’informations sur vos droits.': 'a pointer to the authority’s website is read as the right to complain',
  '# Politique de confidentialité\n\n## Hébergement\n\nL’hébergement du site est assuré par OVH SAS, 2 rue Kellermann, 59100 Roubaix.': 'the host named with its address is read as the controller',
};

roundRows('frames nl/de/fr round 8, batches a-b', { a: BATCH_A, b: BATCH_B }, KNOWN, languageRow);
