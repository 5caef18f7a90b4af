// Issue 13, third round (session 13, helper cov-intl): held-out sentences for Dutch, German and
// French. BATCH6 was written BEFORE any change of this round (the base is scored on it, then the
// data and the reader improved); BATCH7 AFTER, with the data frozen: its figure is the
// generalisation figure. Registers: a club's informal page, a company's formal notice, a
// municipality, an app-store template translated badly, FAQ question headings with their answers.
// Classes: periods in number words, German "herstellen"/"beschränken"/"Ihnen steht … zu", a
// sentence-initial "Sie" that means "they", "ihre"/"leur(s)" that are not the reader's, Dutch
// "Je naam …" at a sentence's start, "Kan ik …?" headings answered "Ja.", service providers named by
// their trade as recipients; and other requirements at random.
// `node scripts/score-rows.js . --rows=intl3 --batch=6|7|all` counts the wrong rows.
import type { IntlRow } from './coverage-frames-intl-rows.js';

export const BATCH6: IntlRow[] = [
  // ---- Dutch ----
  ['nl', 'retention', 'present', 'Camerabeelden van de kantine bewaren we veertien dagen.'],
  ['nl', 'retention', 'present', 'De gemeente bewaart uw aanvraag vijftien jaar, zoals de Archiefwet voorschrijft.'],
  ['nl', 'retention', 'present', 'Sollicitatiebrieven worden zes weken na het sluiten van de vacature vernietigd.'],
  ['nl', 'retention', 'present', 'Gegevens van oud-leden bewaren we nog achttien maanden na het opzeggen.'],
  ['nl', 'retention', 'notpresent', 'Je krijgt binnen veertien dagen antwoord op je vraag.'],
  ['nl', 'retention', 'notpresent', 'Onze vereniging bestaat dit jaar vijfentwintig jaar.'],
  ['nl', 'right-erasure', 'present', '## Kan ik mijn account laten verwijderen?\n\nJa. Stuur een mail naar privacy@kwikstaart.example en wij wissen al je gegevens.'],
  ['nl', 'right-access', 'present', '## Kan ik zien welke gegevens jullie van mij hebben?\n\nJa, vraag het ons en je krijgt binnen een maand een kopie.'],
  ['nl', 'right-erasure', 'notpresent', '## Kan ik mijn bestelling nog annuleren?\n\nJa, tot het pakket is verzonden.'],
  ['nl', 'recipients', 'present', 'Je naam en telefoonnummer geven we door aan de bezorger die je pakket brengt.'],
  ['nl', 'recipients', 'present', 'Jouw adres krijgt alleen de drukkerij die het clubblad verstuurt.'],
  ['nl', 'recipients', 'notpresent', 'De drukkerij levert het clubblad elke maand op dinsdag af.'],
  ['nl', 'right-rectification', 'present', 'Jouw gegevens kloppen niet meer? Laat het ons weten, dan passen we ze aan.'],
  ['nl', 'right-rectification', 'present', 'Zijn uw gegevens onjuist, dan kunt u ons vragen ze te herstellen.'],
  ['nl', 'right-objection', 'present', 'Als wij uw gegevens gebruiken op basis van ons gerechtvaardigd belang, kunt u daar bezwaar tegen maken.'],
  ['nl', 'complaint-authority', 'present', 'Niet tevreden over hoe wij met je gegevens omgaan? Je kunt dan een klacht indienen bij de Autoriteit Persoonsgegevens.'],
  ['nl', 'complaint-authority', 'notpresent', 'Klachten over de afvalinzameling kunt u doorgeven aan het klantcontactcentrum.'],
  ['nl', 'withdraw-consent', 'present', 'De toestemming die je gaf voor foto’s op de website kun je altijd weer terugtrekken.'],
  ['nl', 'international-transfers', 'present', 'Onze mailprovider zit in de Verenigde Staten; met dat bedrijf hebben we de modelcontractbepalingen van de Europese Commissie gesloten.'],
  ['nl', 'purposes', 'present', 'Wij gebruiken uw e-mailadres om u de nieuwsbrief van de wijkraad te sturen.'],
  ['nl', 'data-categories', 'present', 'Wij noteren je naam, je geboortedatum en je bondsnummer.'],
  ['nl', 'right-portability', 'present', 'Vraag je erom, dan sturen we je gegevens in een gangbaar bestandsformaat naar je toe, zodat je ze kunt meenemen naar een andere club.'],
  ['nl', 'right-restriction', 'present', 'Je mag ons vragen je gegevens tijdelijk niet te gebruiken zolang we je bezwaar bekijken.'],
  ['nl', 'automated-decision-making', 'present', 'Computers nemen bij ons geen beslissingen over u zonder dat een medewerker ernaar kijkt.'],
  ['nl', 'right-erasure', 'present', 'U hebt het recht om te verzoeken dat wij uw persoonlijke informatie wissen.'],
  // ---- German ----
  ['de', 'retention', 'present', 'Videoaufnahmen aus dem Vereinsheim werden nach vierzehn Tagen automatisch gelöscht.'],
  ['de', 'retention', 'present', 'Bewerbungsunterlagen bewahren wir zwei Jahre auf, falls eine andere Stelle frei wird.'],
  ['de', 'retention', 'present', 'Die Gemeinde speichert Ihren Antrag fünfzehn Jahre lang.'],
  ['de', 'retention', 'present', 'Kontaktanfragen löschen wir spätestens nach einem halben Jahr.'],
  ['de', 'retention', 'notpresent', 'Sie erhalten innerhalb von vierzehn Tagen eine Antwort auf Ihre Anfrage.'],
  ['de', 'right-rectification', 'present', 'Sind gespeicherte Angaben unrichtig, können Sie verlangen, dass wir den richtigen Stand herstellen.'],
  ['de', 'right-restriction', 'present', 'Sie können verlangen, dass wir die Nutzung Ihrer Daten beschränken, solange ihre Richtigkeit strittig ist.'],
  ['de', 'right-restriction', 'present', 'Ihnen steht das Recht zu, die Verarbeitung Ihrer personenbezogenen Daten einschränken zu lassen.'],
  ['de', 'right-restriction', 'notpresent', 'Die Teilnehmerzahl der Kurse ist auf zehn beschränkt.'],
  ['de', 'right-objection', 'present', 'Sie haben jederzeit das Recht, der Verarbeitung Ihrer Daten aufgrund unserer berechtigten Interessen zu widersprechen.'],
  ['de', 'right-access', 'present', 'Ihnen steht das Recht zu, Auskunft über die zu Ihrer Person gespeicherten Daten zu erhalten.'],
  ['de', 'right-erasure', 'present', 'Sie haben jederzeit das Recht, von uns die Löschung Ihrer Daten zu verlangen.'],
  ['de', 'right-access', 'notpresent', 'Mit der Lohnabrechnung sind zwei Steuerberater beauftragt. Sie können Ihre Gehaltsdaten dafür einsehen.'],
  ['de', 'right-erasure', 'notpresent', 'Unsere Moderatoren prüfen jeden neuen Beitrag. Sie können Ihre Beiträge entfernen, wenn sie gegen die Regeln verstoßen.'],
  ['de', 'right-erasure', 'present', 'Nutzer können ihre Daten jederzeit löschen lassen, indem sie uns eine E-Mail schreiben.'],
  ['de', 'right-erasure', 'notpresent', 'Werbepartner müssen ihre Daten nach dem Ende einer Kampagne löschen.'],
  ['de', 'recipients', 'present', 'Für den Versand der Mitgliederzeitung erhält eine Druckerei Ihren Namen und Ihre Anschrift.'],
  ['de', 'recipients', 'present', 'Ihre Lohndaten übermitteln wir an unser Steuerbüro.'],
  ['de', 'recipients', 'notpresent', 'Die Druckerei am Marktplatz sponsert unser Sommerfest.'],
  ['de', 'complaint-authority', 'present', 'Wenn Sie meinen, dass wir mit Ihren Daten nicht richtig umgehen, können Sie sich beim Landesbeauftragten für Datenschutz beschweren.'],
  ['de', 'withdraw-consent', 'present', 'Eine erteilte Einwilligung kannst du uns gegenüber jederzeit zurücknehmen.'],
  ['de', 'international-transfers', 'partial', 'Einige unserer Dienstleister sitzen in den USA, daher können Ihre Daten dorthin übertragen werden.'],
  ['de', 'policy-changes', 'present', 'Wir behalten uns vor, diese Hinweise anzupassen, wenn sich die Rechtslage ändert.'],
  ['de', 'statutory-contractual', 'present', 'Ohne Ihre E-Mail-Adresse können wir Ihr Kundenkonto nicht anlegen.'],
  ['de', 'right-erasure', 'present', '## Kann ich mein Konto löschen lassen?\n\nJa. Schreiben Sie uns eine kurze Nachricht, dann löschen wir Ihr Konto mit allen Daten.'],
  ['de', 'right-access', 'present', 'Sie haben das Recht zu fragen eine Kopie von Ihre persönliche Daten.'],
  // ---- French ----
  ['fr', 'retention', 'present', 'Les images de vidéosurveillance sont effacées au bout de quatorze jours.'],
  ['fr', 'retention', 'present', 'Nous conservons les candidatures non retenues deux ans, avec votre accord.'],
  ['fr', 'retention', 'present', 'Les données des anciens adhérents sont supprimées trois ans après leur départ.'],
  ['fr', 'retention', 'present', 'Vos messages sont gardés pendant un an, puis détruits.'],
  ['fr', 'retention', 'notpresent', 'Nous répondons à votre demande sous quinze jours.'],
  ['fr', 'retention', 'notpresent', 'Notre association fête ses vingt ans cette année.'],
  ['fr', 'recipients', 'present', 'Votre nom et votre adresse sont transmis à l’imprimeur qui envoie le bulletin.'],
  ['fr', 'recipients', 'present', 'Le cabinet comptable reçoit les données de facturation de nos clients.'],
  ['fr', 'recipients', 'notpresent', 'L’imprimeur du quartier nous offre une remise sur les affiches.'],
  ['fr', 'right-erasure', 'notpresent', 'Les partenaires peuvent supprimer leurs données depuis leur espace professionnel.'],
  ['fr', 'right-access', 'notpresent', 'Les bénévoles peuvent consulter leur planning en ligne.'],
  ['fr', 'right-erasure', 'present', 'Les utilisateurs peuvent demander l’effacement de leurs données à tout moment.'],
  ['fr', 'right-rectification', 'present', 'Si vos coordonnées changent, prévenez-nous et nous les mettrons à jour.'],
  ['fr', 'right-objection', 'present', 'Vous pouvez à tout moment vous opposer au traitement fondé sur notre intérêt légitime.'],
  ['fr', 'right-portability', 'present', 'Sur simple demande, nous vous remettons vos données dans un format lisible par machine, pour que vous puissiez les confier à un autre prestataire.'],
  ['fr', 'complaint-authority', 'present', 'Vous pouvez aussi adresser une réclamation à la CNIL.'],
  ['fr', 'complaint-authority', 'notpresent', 'Pour toute réclamation concernant une livraison, contactez notre service client.'],
  ['fr', 'withdraw-consent', 'present', 'Tu peux revenir sur ton consentement quand tu veux, depuis ton profil ou en nous écrivant.'],
  ['fr', 'right-access', 'present', '## Puis-je savoir quelles données vous avez sur moi ?\n\nOui. Envoyez-nous un courriel et nous vous enverrons une copie sous un mois.'],
  ['fr', 'international-transfers', 'present', 'Certaines données sont hébergées aux États-Unis ; ce transfert est encadré par les clauses contractuelles types de la Commission européenne.'],
  ['fr', 'lawful-basis', 'present', 'Ce traitement repose sur l’exécution du contrat d’adhésion.'],
  ['fr', 'legitimate-interests', 'present', 'Nous gardons les journaux de connexion sur la base de notre intérêt légitime à protéger le site contre les attaques.'],
  ['fr', 'purposes', 'present', 'La mairie utilise ces informations pour inscrire votre enfant à la cantine.'],
  ['fr', 'automated-decision-making', 'present', 'Aucune décision vous concernant n’est prise de façon entièrement automatisée.'],
  ['fr', 'dpo-contact', 'present', 'Notre délégué à la protection des données répond à vos questions à dpo@martinet.example.'],
  ['fr', 'right-erasure', 'present', 'Vous avez le droit de demander que nous effaçons votre données personnel.'],
];

export const BATCH7: IntlRow[] = [];
