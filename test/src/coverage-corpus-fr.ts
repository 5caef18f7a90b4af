// A French test corpus for coverage, written for these tests in the ways French policies say
// things (vous and tu, elisions l'/d'/qu', « article 21 du RGPD », CNIL-style lists of rights,
// « responsable du traitement », the CNIL and the Belgian, Swiss and Luxembourg authorities). See
// coverage-corpus-nl.ts for the form.
import type { Corpus } from './helpers/coverage-lang.js';

export const FR: Corpus = {
  gives: {
    'controller-identity': [
      'Le responsable du traitement est Martinet SAS, joignable à contact@martinet.example.',
      'Les données sont traitées par Martinet SAS, 12 rue des Lilas, 75011 Paris, en qualité de responsable du traitement.',
      "L'application est éditée par Claire Dubois, que tu peux contacter à claire@dubois-apps.example.",
      'Martinet SAS, société immatriculée au RCS de Lyon, 4 avenue Foch, 69006 Lyon, est responsable du traitement de vos données.',
      '## Qui sommes-nous ?\n\nMartinet SAS\n12 rue des Lilas\n75011 Paris\nCourriel : contact@martinet.example',
    ],
    'dpo-contact': [
      'Vous pouvez contacter notre délégué à la protection des données à dpo@martinet.example.',
      'Notre DPO est joignable par courrier à l’adresse de notre siège.',
    ],
    purposes: [
      'Nous utilisons votre adresse e-mail pour vous envoyer la confirmation de commande.',
      'Vos données sont traitées pour les finalités suivantes : gestion des commandes et envoi de la newsletter.',
      'Ton adresse nous sert à te livrer ton colis.',
      "Ces données nous permettent de répondre à vos demandes d'information.",
    ],
    'lawful-basis': [
      "Ce traitement repose sur l'exécution du contrat conclu avec vous (article 6.1.b du RGPD).",
      'La base légale de ce traitement est votre consentement.',
      'Nous traitons ces données pour respecter nos obligations légales en matière de comptabilité.',
      'Le traitement est nécessaire à l’exécution du contrat que tu as conclu avec nous.',
      'Nous ne collectons vos données personnelles qu’avec votre consentement explicite.',
    ],
    'legitimate-interests': [
      'Nous traitons votre adresse IP sur la base de notre intérêt légitime à prévenir la fraude.',
      "Ce traitement est fondé sur notre intérêt légitime à assurer la sécurité de notre site.",
      'Intérêt légitime : amélioration de nos services et mesure de leur utilisation.',
      "La prospection auprès de nos clients repose sur notre intérêt légitime à les informer de nos nouveautés.",
    ],
    recipients: [
      'Vos données sont communiquées à notre prestataire de livraison pour l’acheminement de votre colis.',
      'Les destinataires de vos données sont nos services internes et notre hébergeur.',
      'Nous partageons tes données avec nos sous-traitants, qui agissent sur nos instructions.',
      'Seuls les membres habilités de notre équipe et notre prestataire de paiement ont accès à vos données.',
    ],
    'international-transfers': [
      "Lorsque vos données sont transférées hors de l'Union européenne, nous utilisons les clauses contractuelles types de la Commission européenne.",
      'Vos données sont hébergées exclusivement en France.',
      "Notre hébergeur est situé aux États-Unis ; ce transfert est encadré par le Data Privacy Framework.",
      "Nous ne transférons pas vos données en dehors de l'Union européenne.",
      "Les données transférées au Royaume-Uni bénéficient d'une décision d'adéquation de la Commission européenne.",
    ],
    retention: [
      'Nous conservons vos factures pendant dix ans, comme le prévoit le code de commerce.',
      'Les données de votre compte sont conservées tant que votre compte est actif, puis supprimées dans un délai de 30 jours.',
      'Les données des prospects sont conservées trois ans à compter du dernier contact.',
      "Nous conservons ton adresse e-mail jusqu'à ta désinscription de la newsletter.",
      '## Durée de conservation\n\n- Données clients : 3 ans après la fin de la relation commerciale\n- Cookies de mesure : 13 mois',
    ],
    'right-access': [
      'Vous pouvez nous demander une copie des données personnelles que nous détenons sur vous.',
      "Vous disposez d'un droit d'accès, de rectification et d'effacement de vos données.",
      "Tu peux obtenir la confirmation que tes données sont traitées et en recevoir une copie.",
      "Conformément à l'article 15 du RGPD, vous pouvez accéder à vos données.",
      "## Vos droits\n\nVous disposez des droits suivants :\n\n- droit d'accès ;\n- droit de rectification ;\n- droit à la portabilité.",
    ],
    'right-rectification': [
      "Vous disposez d'un droit d'accès, de rectification et d'effacement de vos données.",
      'Si tes données sont inexactes, tu peux nous demander de les corriger.',
      "## Vos droits\n\nVous disposez des droits suivants :\n\n- droit d'accès ;\n- droit de rectification ;\n- droit à la portabilité.",
    ],
    'right-erasure': [
      'Si vous souhaitez que nous supprimions vos données, écrivez-nous à dpo@martinet.example.',
      "Vous disposez d'un droit d'accès, de rectification et d'effacement de vos données.",
      "Tu peux nous demander d'effacer tes données (article 17 du RGPD).",
      'Sur simple demande, nous supprimons votre compte et les données associées.',
    ],
    'right-restriction': [
      'Vous pouvez demander la limitation du traitement de vos données.',
      "Vous disposez d'un droit d'accès, de rectification, d'effacement et de limitation du traitement.",
      '## Vos droits\n\n- droit d’accès\n- droit à la limitation du traitement',
    ],
    'right-objection': [
      'Vous disposez du droit de vous opposer au traitement de vos données personnelles.',
      "Conformément à l'article 21 du RGPD, vous pouvez vous opposer à tout moment aux traitements fondés sur notre intérêt légitime.",
      "Tu as le droit de t'opposer au traitement de tes données.",
    ],
    'right-portability': [
      'Vous disposez d’un droit à la portabilité de vos données.',
      'Vous pouvez recevoir vos données dans un format structuré, couramment utilisé et lisible par machine.',
      'Sur demande, nous transmettons tes données directement à un autre responsable du traitement.',
    ],
    'withdraw-consent': [
      'Vous pouvez retirer votre consentement à tout moment en nous écrivant.',
      'Tu peux retirer ton consentement à tout moment dans les paramètres de l’application ou en nous écrivant.',
      "Lorsque le traitement repose sur votre consentement, vous pouvez le retirer à tout moment.",
    ],
    'complaint-authority': [
      'Vous pouvez introduire une réclamation auprès de la CNIL.',
      "Vous avez le droit d'introduire une réclamation auprès d'une autorité de contrôle.",
      'Si tu estimes que tes droits ne sont pas respectés, tu peux adresser une réclamation à la CNIL (www.cnil.fr).',
      "En Belgique, vous pouvez introduire une plainte auprès de l'Autorité de protection des données.",
      'Les résidents suisses peuvent s’adresser au Préposé fédéral à la protection des données et à la transparence.',
    ],
    'statutory-contractual': [
      'La fourniture de votre numéro de téléphone est facultative ; sans adresse e-mail, nous ne pouvons pas traiter votre commande.',
      'Les champs marqués d’un astérisque sont obligatoires.',
      "Si tu ne fournis pas ces données, nous ne pourrons pas créer ton compte.",
      "Vous n'êtes pas obligé de nous fournir vos données, mais sans elles nous ne pourrons pas vous répondre.",
    ],
    'automated-decision-making': [
      'Nous ne prenons aucune décision fondée exclusivement sur un traitement automatisé.',
      "Aucune décision automatisée n'est prise à votre sujet.",
      "Nous n'avons pas recours à la prise de décision automatisée.",
      'Vos données ne font l’objet d’aucune décision individuelle automatisée ni d’aucun profilage.',
    ],
    'data-source': [
      'Certaines données nous sont transmises par nos partenaires, comme le magasin où vous avez acheté votre produit.',
      'Nous obtenons aussi des informations auprès de sources publiques, comme le registre du commerce.',
      'Lorsque les données ne sont pas collectées auprès de vous, elles proviennent de votre employeur.',
    ],
    'data-categories': [
      'Nous collectons les données suivantes : nom, adresse, adresse e-mail et numéro de téléphone.',
      'Lors de votre visite, nous enregistrons votre adresse IP.',
      'Catégories de données traitées : données d’identification, données de contact et données de paiement.',
    ],
    cookies: [
      'Nous utilisons des cookies de mesure d’audience ; vous pouvez refuser ou supprimer les cookies dans les paramètres de votre navigateur.',
      'Notre site dépose des cookies fonctionnels. Tu peux les désactiver à tout moment via notre gestionnaire de cookies.',
      'Vous pouvez modifier vos choix en matière de cookies à tout moment depuis le bandeau de consentement.',
    ],
    children: [
      "Nos services ne s'adressent pas aux enfants de moins de 15 ans.",
      "Les mineurs de moins de 15 ans ne peuvent s'inscrire qu'avec l'accord du titulaire de l'autorité parentale.",
    ],
    security: [
      'Nous mettons en œuvre des mesures techniques et organisationnelles pour protéger vos données.',
      'Toutes les communications avec notre site sont chiffrées.',
      "Nous protégeons tes données contre la perte et l'accès non autorisé.",
    ],
    'policy-changes': [
      'Nous pouvons modifier la présente politique de confidentialité à tout moment et vous en informerons par courriel.',
      'Toute mise à jour de cette politique sera publiée sur cette page.',
    ],
    'last-updated': ['Dernière mise à jour : 3 mai 2026', 'En vigueur le 1er mars 2026.'],
  },
  partly: {
    'controller-identity': [
      ['Des questions ? Écrivez-nous à questions@gmail.com.', 'identity'],
      ['Le responsable du traitement est Martinet SAS.', 'contact'],
    ],
    'legitimate-interests': [
      ['Certains traitements sont fondés sur nos intérêts légitimes.', 'interests'],
      ["Base légale : intérêt légitime (article 6.1.f du RGPD).", 'interests'],
    ],
    'international-transfers': [
      ['Vos données peuvent être stockées sur des serveurs situés aux États-Unis.', 'safeguard'],
      ["Certains de nos prestataires sont situés en dehors de l'Union européenne.", 'safeguard'],
    ],
    retention: [
      ['Nous conservons vos données pendant la durée nécessaire aux finalités décrites.', 'period'],
      ["Tes données sont conservées aussi longtemps que nécessaire pour respecter nos obligations légales.", 'period'],
    ],
    'right-access': [["Vous pouvez consulter les données de votre profil dans les paramètres de l'application.", 'right']],
    'right-rectification': [['Tu peux modifier tes informations depuis ton espace personnel.', 'right']],
    'right-erasure': [["Vous pouvez supprimer vous-même votre compte dans l'application.", 'right']],
    'right-objection': [
      ['Vous pouvez vous opposer à la réception de nos e-mails de prospection commerciale.', 'right'],
      ['Tu peux te désabonner de la newsletter grâce au lien présent dans chaque e-mail.', 'right'],
    ],
    'complaint-authority': [['Vous pouvez adresser vos réclamations concernant vos données à notre service client.', 'authority']],
    'automated-decision-making': [
      // The right named, with no word on whether decisions are automated.
      ['Vous avez le droit de ne pas faire l\'objet d\'une décision fondée exclusivement sur un traitement automatisé.', 'whether'],
      ['Nous utilisons le profilage pour vous montrer des publicités personnalisées.', 'whether'],
      ["À partir de ta navigation, nous établissons un profil afin de te proposer des offres adaptées.", 'whether'],
    ],
    cookies: [
      ['Notre site utilise des cookies pour mémoriser vos préférences.', 'details'],
      ["Pour en savoir plus sur les cookies que nous utilisons, consultez notre politique cookies.", 'details'],
    ],
  },
  never: {
    'controller-identity': ["Le paiement est assuré par un prestataire tiers, Stripe, qui agit en tant que responsable de traitement pour ses propres besoins."],
    'dpo-contact': [
      'Pour toute question sur votre commande, contactez notre service client.',
      // No officer appointed: the item's condition does not hold, and the reader has nothing of it (the
      // profile's absenceGives: false; reported missing on this sentence, with a fix to declare it).
      "Nous n'avons pas désigné de délégué à la protection des données, car nous n'y sommes pas tenus.",
    ],
    purposes: ["En utilisant l'application, vous acceptez la présente politique de confidentialité."],
    'lawful-basis': ['En utilisant notre site, vous acceptez la présente politique.'],
    'legitimate-interests': ['Nous avons à cœur de satisfaire nos clients.'],
    recipients: [
      'Nous ne vendons jamais vos données à des tiers à des fins de prospection.',
    ],
    'international-transfers': ['Nous livrons dans tous les pays de l’Union européenne.'],
    retention: [
      'Vous pouvez supprimer les cookies à tout moment dans les paramètres de votre navigateur.',
      'Les anciens disques durs sont effacés de manière sécurisée avant leur recyclage.',
    ],
    'right-access': [
      "L'application demande l'accès à votre appareil photo pour scanner vos tickets.",
      "Nos employés n'ont accès à ton compte que si tu le demandes.",
    ],
    'right-rectification': [
      'Vous êtes responsable de fournir des informations exactes et complètes.',
      "Tu t'engages à ce que tes informations soient exactes et à jour.",
    ],
    'right-erasure': [
      "Si nous apprenons qu'un enfant de moins de 15 ans nous a transmis des données, nous supprimons ces données.",
      'Les comptes inactifs sont supprimés automatiquement au bout de deux ans.',
      "Tu peux vider l'historique et supprimer les cookies de ton navigateur.",
    ],
    'right-restriction': ["L'accès à vos données est limité aux seuls salariés qui en ont besoin."],
    'right-objection': ["Nous supprimons les contenus choquants signalés par les utilisateurs."],
    'right-portability': ['Vous pouvez faire livrer votre commande à une autre adresse.'],
    'withdraw-consent': ['Vous pouvez vous désabonner de notre newsletter grâce au lien présent dans chaque e-mail.'],
    'complaint-authority': [
      "Nous coopérons avec les autorités de contrôle lorsqu'elles examinent une réclamation.",
      'Nous pouvons être tenus de communiquer vos données aux autorités judiciaires sur réquisition.',
    ],
    'statutory-contractual': ['Si vous refusez les cookies publicitaires, les publicités seront moins pertinentes.'],
    'automated-decision-making': [
      '## Décisions automatisées\n\nVoir ci-dessous.',
    ],
    'data-source': ["La source de notre inspiration, ce sont nos clients."],
    cookies: ['Un cookie est un petit fichier texte déposé sur votre terminal.'],
    security: ['Veillez à garder votre mot de passe secret.'],
    'policy-changes': ['Nous pouvons modifier nos tarifs à tout moment.'],
  },
};

/** More phrasings, in the styles of the CNIL models and of generator templates (lists of rights, « Conformément à … »). */
export const FR_MORE: Corpus = {
  gives: {
    purposes: ['Les informations recueillies sur ce formulaire sont enregistrées dans un fichier informatisé par Martinet SAS pour la gestion de notre clientèle.'],
    'lawful-basis': ['Le traitement est fondé sur votre consentement.', "La base légale du traitement est l'intérêt légitime de Martinet SAS."],
    recipients: [
      'Vos données sont destinées exclusivement aux services internes de Martinet SAS et à notre hébergeur.',
      'Seules les personnes habilitées de notre équipe et notre prestataire de paiement ont accès à vos données.',
    ],
    'international-transfers': ["Nous n'effectuons aucun transfert de données en dehors de l'Union européenne."],
    retention: ['Les données sont conservées pendant 3 ans à compter de la fin de la relation commerciale.'],
    'right-access': [
      "Conformément à la loi « Informatique et Libertés » et au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition au traitement de vos données.",
      "Tu peux demander l'accès à tes données à tout moment.",
    ],
    'right-rectification': ["Conformément à la loi « Informatique et Libertés » et au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition au traitement de vos données."],
    'right-erasure': ["Conformément à la loi « Informatique et Libertés » et au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition au traitement de vos données."],
    'right-restriction': ["Conformément à la loi « Informatique et Libertés » et au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition au traitement de vos données."],
    'right-portability': ["Conformément à la loi « Informatique et Libertés » et au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition au traitement de vos données."],
    'right-objection': ["Conformément à la loi « Informatique et Libertés » et au RGPD, vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation, de portabilité et d'opposition au traitement de vos données."],
    'dpo-contact': ['Pour exercer ces droits, vous pouvez contacter notre délégué à la protection des données (DPO) : dpo@martinet.example.'],
    'complaint-authority': ["Si vous estimez, après nous avoir contactés, que vos droits « Informatique et Libertés » ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL."],
    'withdraw-consent': ['Vous disposez du droit de retirer votre consentement à tout moment, sans que cela ne porte atteinte à la licéité du traitement effectué avant ce retrait.'],
    'statutory-contractual': ["Les données marquées d'un astérisque sont obligatoires ; à défaut, votre demande ne pourra pas être traitée."],
    'automated-decision-making': ['Nous ne procédons à aucun profilage ni à aucune prise de décision automatisée.'],
    cookies: ['Vous pouvez à tout moment retirer votre consentement au dépôt de cookies en cliquant sur le lien « Gérer mes cookies » en bas de page.'],
  },
  partly: {
    'legitimate-interests': [["La base légale du traitement est l'intérêt légitime de Martinet SAS.", 'interests']],
    'international-transfers': [["Certaines données sont transférées vers des pays situés hors de l'Union européenne.", 'safeguard']],
    cookies: [["Le site utilise des cookies de mesure d'audience exemptés de consentement.", 'details']],
  },
  never: {
    purposes: ['La présente politique a pour objet de vous informer sur la manière dont nous traitons vos données.'],
    'right-access': ['Seules les personnes habilitées ont accès à vos données.'],
    'right-erasure': ['Les données sont automatiquement supprimées au terme de la durée de conservation.'],
    'complaint-authority': ['En cas de réquisition judiciaire, nous pouvons être amenés à transmettre vos données aux autorités compétentes.'],
    'legitimate-interests': ['Nous veillons à préserver les intérêts de nos utilisateurs.'],
    recipients: ['Nous protégeons vos données contre toute divulgation non autorisée.'],
    'data-source': ['Nous répondons aux demandes que nous recevons de nos clients sous 48 heures.'],
  },
};

/** The kinds the English data handles, in French: a list of rights by short names, headings alone, vetoes. */
export const FR_KINDS: Corpus = {
  gives: {
    'right-access': ['## Vos droits\n\n- accès\n- rectification\n- effacement\n- limitation du traitement\n- portabilité\n- opposition'],
    'right-rectification': ['## Vos droits\n\n- accès\n- rectification\n- effacement\n- limitation du traitement\n- portabilité\n- opposition'],
    'right-erasure': ['## Vos droits\n\n- accès\n- rectification\n- effacement\n- limitation du traitement\n- portabilité\n- opposition'],
    'right-restriction': ['## Vos droits\n\n- accès\n- rectification\n- effacement\n- limitation du traitement\n- portabilité\n- opposition'],
    'right-portability': ['## Vos droits\n\n- accès\n- rectification\n- effacement\n- limitation du traitement\n- portabilité\n- opposition'],
    'right-objection': ['## Vos droits\n\n- accès\n- rectification\n- effacement\n- limitation du traitement\n- portabilité\n- opposition'],
    'controller-identity': [
      'Martinet SAS est responsable du traitement au sens du RGPD ; vous pouvez nous écrire au 12 rue des Lilas, 75011 Paris.',
      '## Mentions légales\n\nMartinet SAS\n12 rue des Lilas\n75011 Paris\ncontact@martinet.example',
    ],
    'last-updated': ['## Dernière mise à jour : 3 mai 2026\n\nCette politique vaut pour notre application.'],
  },
  partly: {},
  never: {
    'right-access': ['## Vos droits\n\nPour toute question, nous sommes à votre écoute.'],
    retention: ['## Durée de conservation\n\nVoir la section suivante.'],
    cookies: ['## Cookies\n\nVoir la section suivante.'],
    purposes: ['Au sens de la présente politique, les termes « données personnelles » ont le sens que leur donne le RGPD.'],
    'data-source': ["Les données reçues de l'Union européenne sont traitées avec le même soin."],
    children: ['Nous soutenons la lutte contre la pédocriminalité en ligne.'],
    security: ['Nous pouvons communiquer des données lorsque la sécurité nationale l’exige.'],
    'right-rectification': ['Des pirates pourraient modifier vos données si vous partagez votre mot de passe.'],
  },
};

/** Half-given items and look-alikes in other words: the distinctions a reviewer signs off. */
export const FR_EDGES: Corpus = {
  // Other verbs and the other word order.
  gives: {
    // Belgian, Swiss and Luxembourg usage.
    'complaint-authority': ['Vous pouvez introduire une plainte auprès de la Commission nationale pour la protection des données (CNPD).'],
    'right-rectification': ['Vous avez le droit de consulter vos données et de les faire rectifier.'],
    retention: ['Nous gardons vos données de facturation dix ans.'],
    'withdraw-consent': ['Tu peux revenir sur ton consentement à tout moment.'],
    'right-objection': ["Vous pouvez vous opposer, à tout moment, à l'utilisation de vos données."],
    'right-access': ['Tu peux savoir quelles données nous détenons sur toi.'],
    'right-erasure': ['Nous effaçons tes données dès que tu nous le demandes.', 'Tu as le droit de demander la suppression de tes données.'],
    'statutory-contractual': ["Sans ces informations, tu ne pourras pas utiliser l'application."],
    cookies: ['Tu peux paramétrer tes choix à tout moment via le lien « Gestion des cookies ».'],
  },
  partly: {
    retention: [
      ['Vos données sont conservées le temps nécessaire à la réalisation des finalités pour lesquelles elles ont été collectées.', 'period'],
      ['Nous conservons vos données aussi longtemps que la loi nous y oblige.', 'period'],
    ],
    'international-transfers': [
      ['Certains de nos sous-traitants sont situés aux États-Unis.', 'safeguard'],
      ["En cas de transfert hors de l'UE, nous mettons en place des garanties appropriées.", 'safeguard'],
    ],
    'legitimate-interests': [['Ce traitement repose sur notre intérêt légitime.', 'interests']],
    'right-access': [['Depuis ton compte, tu peux consulter et modifier tes informations à tout moment.', 'right']],
    'right-rectification': [['Depuis ton compte, tu peux consulter et modifier tes informations à tout moment.', 'right']],
    'right-erasure': [["Tu peux supprimer ton compte directement depuis l'application.", 'right']],
    'withdraw-consent': [['Vous pouvez retirer votre consentement à recevoir la newsletter via le lien de désinscription.', 'any-time']],
    'automated-decision-making': [['Nous analysons votre navigation afin de vous proposer des publicités ciblées.', 'whether']],
    cookies: [['Nous utilisons des cookies Google Analytics.', 'details']],
  },
  never: {
    'complaint-authority': ["Selon les recommandations de la CNIL, les cookies de mesure d'audience peuvent être exemptés de consentement."],
    'right-rectification': ['Nous nous réservons le droit de modifier ou de corriger les informations publiées sur le site.'],
    'right-erasure': ["Désinstallez l'application pour la supprimer de votre téléphone."],
    'right-objection': ['Nous nous opposons à toute forme de spam.'],
    'right-access': ["L'abonnement donne accès à toutes les fonctionnalités."],
  },
};
