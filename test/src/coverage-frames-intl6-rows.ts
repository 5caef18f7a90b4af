// Issue 13, sixth round (session 15, helper cov-intl): held-out sentences for Dutch, German and
// French. BATCH10 was written BEFORE any change of this round (the base is scored on it, then the
// data and the reader improved); BATCH11 AFTER, with the data frozen: its figure is the
// generalisation figure. Kinds: a question written as a plain line over its answer or list
// (recipients, purposes); rights named as list items under a lead-in that says "rights"; a sole
// trader who says "I am responsible" with the name given elsewhere; an organisation's mission about
// children; deleting one's account in the settings (partial); data-source and statutory-contractual
// in other words; cookies as "trackers" or an SDK's identifier; a protected password named among
// the data (no security measure); a date-only line that is no last-updated date. A body that begins
// with "# " is a whole document (its own title).
// `node scripts/score-rows.js . --rows=intl6 --batch=10|11|all` counts the wrong rows.
import type { IntlRow } from './coverage-frames-intl-rows.js';

export const BATCH10: IntlRow[] = [
  // ---- Dutch ----
  ['nl', 'recipients', 'present', '## Met wie delen we je gegevens?\n\n- onze boekhouder\n- de bezorgdienst die je pakket brengt'],
  ['nl', 'recipients', 'present', 'Aan wie geven wij uw gegevens door?\nAan de huisarts van uw kind en, als u daarom vraagt, aan de jeugdverpleegkundige.'],
  ['nl', 'recipients', 'notpresent', '## Bij wie kunt u terecht met vragen?\n\n- de receptie\n- de teamleider van uw afdeling'],
  ['nl', 'purposes', 'present', 'Waarvoor gebruiken we je gegevens?\n\n- om je bestelling te bezorgen\n- om je te laten weten wanneer je pakket onderweg is'],
  ['nl', 'children', 'notpresent', 'Onze vereniging organiseert elk jaar een zomerkamp voor kinderen uit de buurt.'],
  ['nl', 'children', 'notpresent', 'Stichting Lichtpunt zet zich in voor jongeren die een ouder hebben verloren.'],
  ['nl', 'children', 'present', 'Gegevens van kinderen onder de zestien verwerken we alleen met toestemming van hun ouders.'],
  ['nl', 'right-erasure', 'partial', 'Je profiel verwijder je zelf via Instellingen > Profiel wissen.'],
  ['nl', 'right-erasure', 'partial', 'Uw account kunt u opheffen in de app onder Mijn gegevens > Account opheffen.'],
  ['nl', 'data-source', 'present', 'Sommige gegevens ontvangen wij van de gemeente, zoals uw adres en de samenstelling van uw gezin.'],
  ['nl', 'data-source', 'notpresent', 'Wij ontvangen graag uw reactie op deze verklaring.'],
  ['nl', 'withdraw-consent', 'present', 'Heb je ingestemd met het gebruik van je foto’s? Die instemming kun je op ieder moment weer terugtrekken.'],
  ['nl', 'statutory-contractual', 'present', 'Het opgeven van uw BSN is wettelijk verplicht; zonder dat nummer kunnen wij u niet inschrijven.'],
  ['nl', 'right-objection', 'present', 'Je hebt de volgende rechten:\n\n- inzage in je gegevens\n- bezwaar tegen de verwerking, vooral tegen reclame'],
  ['nl', 'last-updated', 'notpresent', '## Sluitingsdagen\n\nDe praktijk is dicht op:\n\n- 27 april 2026\n- 5 mei 2026'],
  ['nl', 'controller-identity', 'present', '# Privacy bij Veldkamp Vertaalt\n\n## Wie ben ik?\n\nIk ben Joris Veldkamp, zelfstandig vertaler in Zwolle. Je bereikt me via joris@veldkampvertaalt.example.\n\n## Verantwoordelijke\n\nIk ben zelf verantwoordelijk voor de verwerking van de gegevens die je me geeft.'],
  // ---- German ----
  ['de', 'right-objection', 'present', 'Sie können folgende Rechte geltend machen:\n\n- Auskunft über Ihre Daten\n- Widerspruch gegen die Verarbeitung, vor allem zu Werbezwecken'],
  ['de', 'right-restriction', 'present', 'Ihnen stehen diese Rechte zu:\n\n- Berichtigung\n- Einschränkung der Verarbeitung, etwa solange die Richtigkeit geprüft wird'],
  ['de', 'right-objection', 'notpresent', 'Folgendes können Sie bei uns melden:\n\n- Widerspruch gegen eine Rechnung\n- Reklamationen zu einer Lieferung'],
  ['de', 'controller-identity', 'present', '# Datenschutz in der Hebammenpraxis Albers\n\n## Wer ich bin\n\nMein Name ist Katrin Albers, ich arbeite als freie Hebamme in Lüneburg. Sie erreichen mich unter hebamme@albers.example.\n\n## Verantwortlich\n\nFür die Verarbeitung Ihrer Daten bin ich selbst verantwortlich.'],
  ['de', 'data-source', 'present', 'Manche Angaben stammen nicht von Ihnen selbst, sondern von Ihrer Krankenkasse.'],
  ['de', 'data-source', 'notpresent', 'Die Idee zu diesem Verein stammt von drei Nachbarn.'],
  ['de', 'children', 'notpresent', 'Unser Verein ermöglicht Kindern aus Familien mit wenig Geld eine Woche im Ferienlager.'],
  ['de', 'withdraw-consent', 'present', 'Eine erteilte Einwilligung können Sie mit Wirkung für die Zukunft zurückziehen, zum Beispiel per E-Mail.'],
  ['de', 'statutory-contractual', 'present', 'Ohne Ihre Steuer-ID dürfen wir Ihnen keine Spendenquittung ausstellen.'],
  ['de', 'recipients', 'present', 'Wer bekommt Ihre Daten?\nDie Fluggesellschaft, Ihr Hotel am Urlaubsort und, falls gebucht, der Mietwagenverleih.'],
  ['de', 'last-updated', 'notpresent', '## Termine\n\nDie Praxis bleibt an diesen Tagen geschlossen:\n\n- 24. Dezember 2025\n- 31. Dezember 2025'],
  ['de', 'purposes', 'present', 'Wozu brauchen wir Ihre Daten?\nFür die Buchung Ihrer Reise und für Rückfragen, wenn sich am Ablauf etwas ändert.'],
  // ---- French ----
  ['fr', 'controller-identity', 'present', '# Confidentialité – Hélène Marchal Photographie\n\n## Qui suis-je ?\n\nJe m’appelle Hélène Marchal, photographe indépendante à Nantes ; vous pouvez m’écrire à contact@helene-marchal.example.\n\n## Responsable du traitement\n\nC’est moi qui suis responsable du traitement de vos données.'],
  ['fr', 'security', 'notpresent', 'Nous collectons :\n\n- votre nom\n- votre identifiant et votre mot de passe chiffré\n- votre adresse de livraison'],
  ['fr', 'security', 'present', 'Les mots de passe sont enregistrés sous forme chiffrée et ne sont jamais lisibles par notre équipe.'],
  ['fr', 'cookies', 'present', 'L’application intègre un outil de statistiques qui enregistre un identifiant sur votre téléphone ; vous pouvez le désactiver à tout moment dans les réglages.'],
  ['fr', 'right-objection', 'present', 'Vous bénéficiez des droits suivants :\n\n- accès à vos données\n- opposition au traitement, notamment à la prospection commerciale'],
  ['fr', 'data-source', 'present', 'Lorsque votre employeur vous inscrit, c’est lui qui nous communique vos coordonnées.'],
  ['fr', 'children', 'notpresent', 'Notre association offre des séjours à la montagne aux enfants hospitalisés.'],
  ['fr', 'recipients', 'present', 'À qui vos données sont-elles transmises ?\n\n- à notre transporteur\n- à notre expert-comptable'],
  ['fr', 'withdraw-consent', 'present', 'Vous pouvez revenir sur votre accord à tout moment en nous écrivant.'],
  ['fr', 'statutory-contractual', 'notpresent', 'La loi nous oblige à conserver vos factures pendant dix ans.'],
  ['fr', 'last-updated', 'notpresent', '## Nos ateliers\n\nProchaines séances :\n\n- 12 mars 2026\n- 9 avril 2026'],
  ['fr', 'right-erasure', 'partial', 'Vous pouvez supprimer votre compte depuis Paramètres > Supprimer mon compte.'],
];

export const BATCH11: IntlRow[] = [
  // ---- Dutch ----
  ['nl', 'recipients', 'present', '## Wie krijgen mijn gegevens te zien?\n\nOnze trainers en, bij een blessure, de fysiotherapeut van de club.'],
  ['nl', 'recipients', 'notpresent', '## Wie mag er meedoen?\n\nIedereen vanaf twaalf jaar die lid is.'],
  ['nl', 'right-erasure', 'present', 'Je hebt de volgende rechten:\n\n- je gegevens bekijken\n- je gegevens laten wissen'],
  ['nl', 'right-objection', 'present', 'Je rechten op een rij:\n\n- inzage\n- bezwaar tegen het gebruik van je gegevens, bijvoorbeeld voor nieuwsbrieven'],
  ['nl', 'children', 'notpresent', 'Met de opbrengst van de veiling steunen we een speeltuin voor kinderen in Afrika.'],
  ['nl', 'children', 'present', 'Ben je jonger dan zestien? Vraag dan eerst je ouders of je de app mag gebruiken.'],
  ['nl', 'data-source', 'present', 'Je uitslagen komen rechtstreeks van de wedstrijdorganisatie.'],
  ['nl', 'data-source', 'notpresent', 'De meeste vragen komen van nieuwe leden.'],
  ['nl', 'statutory-contractual', 'present', 'Vul je je geboortedatum niet in, dan kunnen we je niet aanmelden bij de bond.'],
  ['nl', 'withdraw-consent', 'present', 'Voor de nieuwsbrief en de ledenfoto’s vragen we je toestemming, die je op ieder moment kunt intrekken bij het secretariaat.'],
  ['nl', 'last-updated', 'notpresent', '## Doel\n\nWe gebruiken je gegevens voor de ledenadministratie.\n\n## Agenda\n\nDe jaarvergadering is op:\n\n14 april 2026\n\nIedereen is welkom.\n\n## Rechten\n\nJe mag je gegevens inzien.\n\n## Contact\n\nMail het bestuur.'],
  ['nl', 'controller-identity', 'present', '# Privacy – Hondenuitlaatservice\n\nMijn naam is Sanne Bakker en ik laat honden uit in Utrecht. Ik ben verantwoordelijk voor wat er met je gegevens gebeurt. Bel of app me op 06 12345678.'],
  // ---- German ----
  ['de', 'right-objection', 'present', 'Ihre Rechte im Überblick:\n\n- Auskunft\n- Widerspruch gegen die Verarbeitung, etwa wenn wir uns auf berechtigte Interessen stützen'],
  ['de', 'right-portability', 'present', 'Sie haben folgende Rechte:\n\n- Berichtigung\n- Datenübertragbarkeit'],
  ['de', 'recipients', 'present', 'Wer sieht Ihre Angaben?\nUnser Praxisteam und, wenn Sie eine Überweisung brauchen, die Fachpraxis.'],
  ['de', 'recipients', 'notpresent', '## Wer kann mitmachen?\n\nAlle Mitglieder ab 16 Jahren.'],
  ['de', 'children', 'notpresent', 'Mit den Spenden fördern wir Leseclubs für Kinder an Grundschulen.'],
  ['de', 'data-source', 'present', 'Ihre Vertragsdaten kommen nicht direkt von Ihnen, sondern von Ihrem Vermieter.'],
  ['de', 'data-source', 'notpresent', 'Die meisten Anfragen kommen von Stammkunden.'],
  ['de', 'statutory-contractual', 'present', 'Ohne Ihre Bankverbindung können wir den Mitgliedsbeitrag nicht einziehen.'],
  ['de', 'withdraw-consent', 'present', 'Newsletter und Fotos beruhen auf Ihrer Einwilligung, die Sie jederzeit mit einer formlosen E-Mail widerrufen können.'],
  ['de', 'international-transfers', 'present', 'Eine Weitergabe Ihrer Daten an Stellen außerhalb der EU erfolgt nicht.'],
  ['de', 'security', 'notpresent', 'Für Ihr Konto speichern wir: Benutzername, E-Mail-Adresse, gehashtes Passwort.'],
  // ---- French ----
  ['fr', 'recipients', 'present', 'Qui reçoit vos informations ?\nLe moniteur de votre groupe et notre assureur en cas d’accident.'],
  ['fr', 'recipients', 'notpresent', '## Qui peut s’inscrire ?\n\nToute personne de plus de seize ans.'],
  ['fr', 'right-restriction', 'present', 'Vous disposez des droits suivants :\n\n- rectification\n- limitation du traitement'],
  ['fr', 'children', 'notpresent', 'Chaque été, l’association emmène des enfants de familles modestes en colonie de vacances.'],
  ['fr', 'data-source', 'present', 'Votre numéro d’adhérent et votre adresse nous viennent de la fédération.'],
  ['fr', 'data-source', 'notpresent', 'Nos légumes viennent de producteurs de la région.'],
  ['fr', 'statutory-contractual', 'present', 'Sans votre certificat médical, nous ne pouvons pas vous délivrer de licence.'],
  ['fr', 'cookies', 'present', 'L’application lit l’identifiant publicitaire de votre téléphone pour mesurer nos campagnes ; vous pouvez le réinitialiser ou le désactiver dans les réglages du téléphone.'],
  ['fr', 'security', 'notpresent', 'Informations du compte : pseudonyme, adresse électronique, mot de passe chiffré, date d’inscription.'],
  ['fr', 'controller-identity', 'present', '# Confidentialité – Atelier de reliure\n\nJe m’appelle Odile Perrin et je restaure des livres anciens à Dijon. C’est moi qui suis responsable du traitement de vos données ; vous pouvez me joindre au 03 80 00 00 00.'],
  ['fr', 'last-updated', 'present', '## Finalités\n\nNous traitons vos données pour vos réservations.\n\n## Contact\n\nÉcrivez-nous.\n\n*Version du 2 mars 2026*'],
];

// The corpus suite runs this round from corpus/coverage-frames-rows.test.ts: its label (each row's test is
// named `<LABEL>, batch <b>: …`) and the rows this branch still gets wrong.
export const LABEL = 'frames nl/de/fr batches 10-11';

/** Rows this branch still gets wrong, and why (key: the row's body). */
export const KNOWN: Record<string, string> = {
  // Batch 10 (written before the changes: base 15 of 40 wrong, now 0).
  // Batch 11 (written after the changes, data frozen: 9 of 34 wrong; main's checker got 16 wrong). Eight
  // were then fixed by kind (the test above), with look-alikes; one was left:
  // Session 16 (cov-intl): the last one, a who-question with "krijgen … te zien" over its answer, is now read (intl7).
};
