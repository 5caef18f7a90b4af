// Issue 13, session 33 (helper deve): the failure classes still open on dev-E, each read as a general shape and written
// in our own words in every language where the shape exists, with the paraphrases that must still count.
// - right-access: the subject of a relative clause ("the inspectorate, which may ask to see …") is not the reader;
//   self-service viewing and editing is partial (the conventions), not the right;
// - legitimate-interests: the basis named in a condition with "doing so" and no interest ("when doing so is in our
//   legitimate interest") is partial even beside a purpose of another basis; the interests named with the basis in
//   German and Dutch word order ("Auf unser berechtigtes Interesse stützen wir uns bei …", "Voor … doen wij een beroep op
//   ons gerechtvaardigd belang") are given;
// - data-source: cookies "from" a network name no source of data; a party that sends us or tells us about the reader is one;
// - recipients: photos shown on our site or a social network, a cloud provider in a list of who sees the data;
// - statutory-contractual: a law that obliges someone to give data, data needed "for the contract", a refusal of service as
//   the consequence of not giving it.
// BATCH_A was written BEFORE this session's changes (main is scored on it).
// `node scripts/score-rows.js . --rows=grid33deve --batch=a` counts the wrong rows.
import type { CrossRow } from './coverage-frames-cross-rows.js';

export const LABEL = 'frames grid33deve';

export const BATCH_A: CrossRow[] = [
  // right-access: an outside body as the subject of a relative clause (look-alikes) / the reader (given).
  ['en', 'right-access', 'notpresent', 'We pass trip logs to the harbour authority, which can ask to see them when it inspects our boats.'],
  ['en', 'right-access', 'notpresent', 'Our auditors, who may ask to see any client file, are bound by confidentiality.'],
  ['en', 'right-access', 'present', 'You can ask to see the trip logs we keep about you.'],
  ['en', 'right-access', 'present', 'Members, who may ask to see their own file at any time, should write to the secretary.'],
  ['nl', 'right-access', 'notpresent', 'De gemeente, die onze ritlogboeken mag inzien bij een controle, krijgt alleen wat de vergunning vraagt.'],
  ['nl', 'right-access', 'present', 'U mag de gegevens inzien die wij over u bewaren.'],
  ['de', 'right-access', 'notpresent', 'Das Ordnungsamt, das bei einer Kontrolle unsere Fahrtenbücher einsehen darf, erhält nur das Nötige.'],
  ['de', 'right-access', 'present', 'Sie dürfen die Daten einsehen, die wir über Sie speichern.'],
  ['fr', 'right-access', 'notpresent', 'La mairie, qui peut consulter nos registres de courses lors d’un contrôle, ne reçoit que le nécessaire.'],
  ['fr', 'right-access', 'present', 'Vous pouvez consulter les données que nous conservons sur vous.'],
  // right-access / rectification: self-service viewing and editing in the product (partial) / a request to us (given).
  ['en', 'right-access', 'partial', 'Under **My profile** you can see which details we hold and change your height or nickname.'],
  ['en', 'right-rectification', 'partial', 'Under **My profile** you can see which details we hold and change your height or nickname.'],
  ['en', 'right-access', 'present', 'Ask us and we will show you which details we hold about you.'],
  ['nl', 'right-access', 'partial', 'Onder **Mijn account** zie je welke gegevens we van je hebben en kun je je adres aanpassen.'],
  ['nl', 'right-rectification', 'partial', 'Onder **Mijn account** zie je welke gegevens we van je hebben en kun je je adres aanpassen.'],
  ['nl', 'right-access', 'present', 'Wil je weten welke gegevens we van je hebben? Vraag het ons, dan sturen we je een overzicht.'],
  ['de', 'right-access', 'partial', 'Unter **Mein Konto** sehen Sie, welche Daten wir über Sie gespeichert haben, und können Ihre Anschrift ändern.'],
  ['de', 'right-rectification', 'partial', 'Unter **Mein Konto** sehen Sie, welche Daten wir über Sie gespeichert haben, und können Ihre Anschrift ändern.'],
  ['fr', 'right-access', 'partial', 'Dans **Mon compte**, vous voyez les données que nous avons sur vous et pouvez modifier votre adresse.'],
  ['fr', 'right-rectification', 'partial', 'Dans **Mon compte**, vous voyez les données que nous avons sur vous et pouvez modifier votre adresse.'],
  // legitimate-interests: the basis in a condition with no interest (partial) / the interests named (given).
  ['en', 'legitimate-interests', 'partial', 'We need your address to plan the delivery; we may also use your details where doing so is in our legitimate interest.'],
  ['en', 'legitimate-interests', 'partial', 'We keep the invoices to meet our tax duties, and we use your data whenever this is in our legitimate interests.'],
  ['en', 'legitimate-interests', 'present', 'We film the car park to deter break-ins; doing so is in our legitimate interest.'],
  ['en', 'legitimate-interests', 'present', 'We rely on our legitimate interests for the camera in the yard, to protect the vans against theft.'],
  ['de', 'legitimate-interests', 'present', 'Auf unser berechtigtes Interesse stützen wir uns bei der Kamera im Hof zum Schutz vor Diebstahl.'],
  ['de', 'legitimate-interests', 'partial', 'Auf unser berechtigtes Interesse stützen wir uns bei einzelnen weiteren Verarbeitungen.'],
  ['nl', 'legitimate-interests', 'present', 'Voor het beveiligen van ons pand met camera’s doen wij een beroep op ons gerechtvaardigd belang.'],
  ['nl', 'legitimate-interests', 'partial', 'Voor een deel van de verwerkingen doen wij een beroep op ons gerechtvaardigd belang.'],
  ['fr', 'legitimate-interests', 'present', 'Pour la vidéosurveillance du parking, afin de prévenir les vols, nous nous fondons sur notre intérêt légitime.'],
  ['fr', 'legitimate-interests', 'partial', 'D’autres traitements reposent sur notre intérêt légitime.'],
  // data-source: cookies from a network (look-alike) / a party that sends or tells us (given).
  ['en', 'data-source', 'notpresent', 'We set advertising cookies from social networks so that sellers can see how their ads did.'],
  ['en', 'data-source', 'notpresent', 'Analytics cookies from our statistics provider count page visits.'],
  ['en', 'data-source', 'present', 'If a club books for its members, the club secretary may send us the names of those taking part.'],
  ['en', 'data-source', 'present', 'The hospital tells us when your stay has ended.'],
  ['nl', 'data-source', 'notpresent', 'We plaatsen advertentiecookies van sociale netwerken.'],
  ['nl', 'data-source', 'present', 'De vereniging waar u speelt laat ons weten of u nog lid bent.'],
  ['de', 'data-source', 'notpresent', 'Wir setzen Werbe-Cookies von sozialen Netzwerken ein.'],
  ['de', 'data-source', 'present', 'Ihr Verein teilt uns mit, ob Sie noch Mitglied sind.'],
  ['fr', 'data-source', 'notpresent', 'Nous utilisons des cookies publicitaires de réseaux sociaux.'],
  ['fr', 'data-source', 'present', 'Votre club nous fait savoir si vous êtes toujours membre.'],
  // recipients: photos shown publicly, a cloud provider in a list (given) / our own tips or news shared (look-alike).
  ['en', 'recipients', 'present', 'With your permission I show some of your photos on my website and on Instagram.'],
  ['en', 'recipients', 'present', 'Who sees your data:\n\n- our cloud provider, which runs the servers for us;\n- our payment provider.'],
  ['en', 'recipients', 'notpresent', 'I show some of my favourite landscapes on my website.'],
  ['nl', 'recipients', 'present', 'Wie je gegevens ziet:\n\n- onze cloudprovider, die de servers voor ons beheert;\n- onze betaaldienst.'],
  ['nl', 'recipients', 'present', 'Met je toestemming plaats ik enkele van je foto’s op mijn website en op Instagram.'],
  ['de', 'recipients', 'present', 'Wer Ihre Daten sieht:\n\n- unser Cloud-Anbieter, der die Server für uns betreibt;\n- unser Zahlungsdienst.'],
  ['fr', 'recipients', 'present', 'Qui voit vos données :\n\n- notre hébergeur, qui gère les serveurs pour nous ;\n- notre prestataire de paiement.'],
  // statutory-contractual: a law that obliges someone to give data, data needed for the contract, a refusal (given) /
  // data disclosed when the law requires (look-alike).
  ['en', 'statutory-contractual', 'present', 'Much of what we ask for is something the law obliges parents to give us.'],
  ['en', 'statutory-contractual', 'present', 'If you book, I will also need your home address for the contract.'],
  ['en', 'statutory-contractual', 'present', 'If you do not give us proof of identity, the law requires us to refuse the service.'],
  ['en', 'statutory-contractual', 'notpresent', 'We disclose your details to the police when the law requires us to.'],
  ['nl', 'statutory-contractual', 'present', 'Als u geen geldig identiteitsbewijs geeft, is de notaris wettelijk verplicht de dienst te weigeren.'],
  ['nl', 'statutory-contractual', 'present', 'De wet verplicht ouders ons deze gegevens te geven.'],
  ['de', 'statutory-contractual', 'present', 'Legen Sie keinen Ausweis vor, sind wir gesetzlich verpflichtet, die Beurkundung abzulehnen.'],
  ['fr', 'statutory-contractual', 'present', 'Si vous ne fournissez pas de pièce d’identité, la loi nous oblige à refuser le service.'],
  // withdraw-consent: a withdrawal of a newsletter consent at any time, with two means (given).
  ['en', 'withdraw-consent', 'present', 'We send the newsletter only with your consent. That consent may be taken back whenever you like, through the link in each issue or by writing to us.'],
  // right-access: "curious what we hold? ask and we will show you" (given).
  ['nl', 'right-access', 'present', 'Benieuwd welke gegevens we van je hebben? Vraag het gerust, dan laten we het je zien.'],
  ['en', 'right-access', 'present', 'Curious what we have on file about you? Just ask and we will show you.'],
];

// Rows written after the first changes (none).
/** The session's review (written after the changes): sentences the new readings must not take from a policy. */
export const BATCH_B: CrossRow[] = [
  // A purpose named before "where this is in our legitimate interests" is the interest.
  ['en', 'legitimate-interests', 'present', 'We use your data to keep the platform free of fraud where this is in our legitimate interests.'],
  // Staff who let the reader see their data: the right itself, not our people's access.
  ['nl', 'right-access', 'present', 'Je hebt recht op inzage: onze medewerkers kunnen je op verzoek laten zien welke gegevens we over je hebben.'],
  ['de', 'right-access', 'present', 'Sie haben ein Recht auf Auskunft: Unser Team kann Sie auf Anfrage Ihre gespeicherten Daten einsehen lassen.'],
  // A club's rules or a law that asks something of the reader that is no data.
  ['en', 'statutory-contractual', 'notpresent', 'Our club rules require members to show respect to referees and other players.'],
  ['nl', 'statutory-contractual', 'notpresent', 'De huisregels verplichten gasten om schade aan de kamer direct te melden.'],
  ['de', 'statutory-contractual', 'notpresent', 'Das Gesetz verpflichtet Eltern, ihren Kindern Schutz und Fürsorge zu geben.'],
  // Cookies from partners through which we obtain information: a source.
  ['en', 'data-source', 'present', 'We also obtain information about your interests through cookies from our advertising partners.'],
];

export const KNOWN: Record<string, string> = {
  "We keep the invoices to meet our tax duties, and we use your data whenever this is in our legitimate interests.": "the review's trade-off: 'where this is in our legitimate interests' after a purpose names the interest as often as not ('to keep the platform free of fraud where this is …', batch b), and the mark is read against the whole sentence, so only the 'doing so' forms leave the interests open; telling the two needs the clause the purpose belongs to",
  "We pass trip logs to the harbour authority, which can ask to see them when it inspects our boats.": "the subject of a relative clause ('X, which can ask to see') is not found: the request reads as the reader's (an engine change to the actor search; not done this session)",
  "Members, who may ask to see their own file at any time, should write to the secretary.": "the same construct: a relative clause's subject (here the readers themselves) is not read",
  "Under **My profile** you can see which details we hold and change your height or nickname.": "'you can see which details we hold' is no access statement to the frames (seeing is not read as the right's action); a self-service view is missing rather than partial (both count as not given)",
  "Unter **Mein Konto** sehen Sie, welche Daten wir über Sie gespeichert haben, und können Ihre Anschrift ändern.": "as the English row: a self-service view in verb-second order is read as nothing (missing, not partial; both not given)",
  "Dans **Mon compte**, vous voyez les données que nous avons sur vous et pouvez modifier votre adresse.": "French: « vous voyez » is read as nothing for access; « pouvez modifier votre adresse » is read as the right of rectification, the bold place not as self-service (French narrowing left to the parity helper)",
  "De vereniging waar u speelt laat ons weten of u nog lid bent.": "a club ('de vereniging', „der Verein“) is read as the controller that writes the policy (frames.yaml, by design); the nearest subject of 'laat ons weten' is the relative clause's 'u'",
  "Ihr Verein teilt uns mit, ob Sie noch Mitglied sind.": "„der Verein“ is the controller by design (de frames.yaml: a club writes its own policy so); „Ihre Krankenkasse teilt uns mit, ob …“ now gives the source",
  "Votre club nous fait savoir si vous êtes toujours membre.": "French: « faire savoir » / « indiquer » by another party are not tell actions, and « votre club » is read as the reader's own thing; a try (tell words, a whether-mark) gave nothing and was taken out",
};
