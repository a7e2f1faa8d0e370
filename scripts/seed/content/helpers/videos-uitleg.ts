/** Explainer and animation videos: the criminal process, listening without judgement, victims' rights. */
import type { SeedVideo } from '../types'

export const videosUitleg: SeedVideo[] = [
  {
    title: 'Zo verloopt een strafproces',
    slug: 'zo-verloopt-een-strafproces',
    site: 'helpers',
    kind: 'uitleg',
    summary: 'Van aangifte tot uitspraak: een juridisch medewerker legt uit hoe een strafzaak verloopt en wat u als helper kunt doen.',
    hostingUrl: 'https://player.vimeo.com/video/862740158',
    durationSeconds: 276,
    // No caption file ships with the demo: a link to it answered 404 (the crawl test found it).
    captionsUrl: null,
    poster: {
      alt: 'Een vrouw in een lichte blouse zit in een spreekkamer en legt iets uit aan de camera.',
      caption: 'Zo verloopt een strafproces',
      colour: '#1F4E79',
    },
    transcript: `Als iemand die u dierbaar is aangifte heeft gedaan, begint er een periode waarin veel onduidelijk is. Wat gebeurt er \
nu? Hoe lang gaat het duren? En wat kunt u als helper doen? In deze video leg ik in een paar minuten uit hoe een \
strafproces verloopt.

Het begint met de aangifte bij de politie. De politie onderzoekt wat er is gebeurd. Ze horen getuigen, bekijken \
camerabeelden en zoeken een verdachte. Dat kan snel gaan, maar ook maanden duren. En soms wordt er geen verdachte \
gevonden. Dat is teleurstellend, maar de aangifte is dan niet voor niets geweest. Hij is bijvoorbeeld nodig voor de \
verzekering of voor het Schadefonds Geweldsmisdrijven.

Is er een verdachte, dan gaat het dossier naar het Openbaar Ministerie. De officier van justitie beslist wat er gebeurt. \
Er zijn drie mogelijkheden. De zaak gaat naar de rechter. De officier legt zelf een straf op, bijvoorbeeld een boete of \
een taakstraf; dat heet een strafbeschikking. Of de zaak wordt niet vervolgd; dat heet een sepot. Is het slachtoffer het \
daar niet mee eens, dan kan het binnen drie maanden een klacht indienen bij het gerechtshof.

Gaat de zaak naar de rechter, dan volgt een zitting. Die is meestal openbaar. Het slachtoffer mag erbij zijn, maar dat \
hoeft niet. U mag als helper mee. Bij ernstige misdrijven, en bij bijvoorbeeld bedreiging en stalking, heeft het \
slachtoffer spreekrecht. Dan mag het in de rechtszaal vertellen wat het misdrijf met hem of haar heeft gedaan. Het kan \
ook een schriftelijke verklaring indienen, of iemand anders laten voorlezen.

Het slachtoffer kan ook schadevergoeding vragen in de strafzaak. Dat heet voegen als benadeelde partij. Kent de rechter \
een vergoeding toe, dan int het Centraal Justitieel Incassobureau het geld bij de dader. Betaalt de dader niet op tijd, \
dan kan het CJIB een voorschot betalen.

Meestal doet de rechter twee weken na de zitting uitspraak. Daarna kunnen de verdachte en de officier nog in hoger beroep gaan. Dan begint een deel van het proces opnieuw.

Wat kunt u als helper doen? Lees samen de brieven, want die zijn vaak lastig. Noteer data en termijnen. Ga mee naar de \
zitting en zit naast het slachtoffer. Spreek af wat u doet als het te veel wordt. En wees er ook na de uitspraak, want \
die valt vaak anders uit dan gehoopt.

U hoeft dit niet alleen te doen. Slachtofferhulp Nederland helpt gratis, ook bij de zitting. Bel 0900-0101. Voor \
juridisch advies kunt u terecht bij het Juridisch Loket, op 0900-8020. Het advies is gratis, bellen kost € 0,25 per \
minuut.`,
  },
  {
    title: 'Reageren zonder oordeel',
    slug: 'reageren-zonder-oordeel',
    site: 'helpers',
    kind: 'animatie',
    summary: 'Een korte animatie over waarom goedbedoelde vragen soms als een verwijt klinken, en hoe u reageert zonder oordeel.',
    hostingUrl: 'https://player.vimeo.com/video/870419326',
    durationSeconds: 148,
    captionsUrl: null,
    poster: {
      alt: 'Getekende figuren: twee mensen op een bank, boven de een een tekstwolk met een vraagteken.',
      caption: 'Reageren zonder oordeel',
      colour: '#E07A5F',
    },
    transcript: `Dit is Sanne. Sanne is vorige week beroofd, op weg naar huis van het station. Vandaag vertelt ze het aan haar vriend Mark.

Mark schrikt. Hij wil helpen. En hij zegt: waarom liep je daar ook alleen, in het donker?

Mark bedoelt het goed. Hij maakt zich zorgen. Maar Sanne hoort iets anders. Zij hoort: het is jouw eigen schuld. En Sanne vertelt niet verder.

Dit heet victim blaming: het slachtoffer de schuld geven, vaak zonder het te willen. Het zit in kleine zinnen. Waarom deed je dat? Had je gedronken? Dat zou mij niet gebeuren.

Waarom doen we dat? Omdat het ons een veilig gevoel geeft. Als Sanne iets fout deed, dan kan het ons niet overkomen. Maar voor Sanne voelt het als een tweede klap.

Laten we het opnieuw proberen.

Sanne vertelt wat er is gebeurd. Mark gaat naast haar zitten. Hij legt zijn telefoon weg. Hij zegt: wat erg. Hoe gaat het nu met je?

Sanne vertelt verder. Mark luistert. Hij onderbreekt niet. Als het stil is, laat hij de stilte bestaan. Dan vraagt hij: wat vond je het ergst?

Sanne zegt: dat ik niets kon doen. Dat ik gewoon bevroor. Mark zegt: dat is heel normaal. Je lichaam beschermde je. En wat er gebeurde, is de schuld van degene die je beroofde. Niet van jou.

Ziet u het verschil? Mark stelt open vragen. Hij erkent wat Sanne voelt. En hij legt de schuld waar die hoort: bij de dader.

Drie dingen om te onthouden.

Eén: luister meer dan u praat.

Twee: vraag wat er gebeurde, niet waarom.

Drie: bewaar adviezen voor later. Eerst wil iemand gehoord worden.

Oordeelloos luisteren is lastiger dan het lijkt. Iedereen heeft weleens een oordeel. Dat is menselijk. Het gaat erom dat u het opmerkt, en het dan even opzij zet.

Wilt u weten hoe oordeelloos u luistert? Doe de test op oordeelloos luisteren op Voor de Helpers. En twijfelt u hoe u \
iemand het best kunt helpen? Bel of chat met Slachtofferhulp Nederland, via 0900-0101.`,
  },
  {
    title: 'Slachtofferrechten in het kort',
    slug: 'slachtofferrechten-in-het-kort',
    site: 'both',
    kind: 'animatie',
    summary:
      'Welke rechten heeft een slachtoffer in Nederland? Deze animatie zet ze op een rij, van een kopie van de aangifte tot spreekrecht.',
    hostingUrl: 'https://player.vimeo.com/video/877153042',
    durationSeconds: 172,
    captionsUrl: null,
    poster: {
      alt: 'Getekende illustratie van een weegschaal met daarnaast een lijstje met vinkjes.',
      caption: 'Slachtofferrechten in het kort',
      colour: '#3D5A80',
    },
    transcript: `Wie slachtoffer wordt van een misdrijf, heeft in Nederland rechten. Ze staan in de wet. Toch weten veel mensen niet dat ze er zijn. In deze animatie zetten we ze op een rij.

Het begint bij de aangifte. Het slachtoffer mag iemand meenemen als steun: een vriend, een familielid, of iemand van \
Slachtofferhulp Nederland. Spreekt het slachtoffer de taal niet goed, dan heeft het recht op een tolk. En na de aangifte \
krijgt het slachtoffer een kopie of een bewijs van de aangifte. Bewaar dat goed.

Dan het onderzoek. Het slachtoffer heeft recht op informatie over de zaak. Is er een verdachte? Gaat de zaak naar de \
rechter? Wanneer is de zitting? Wat is de uitspraak? Belangrijk: het slachtoffer moet bij de aangifte laten weten dat \
het die informatie wil ontvangen. Bij ernstige misdrijven kan het slachtoffer ook horen wanneer de dader vrijkomt.

Het slachtoffer mag het strafdossier inzien en zelf stukken laten toevoegen, bijvoorbeeld over de schade.

Een advocaat? Ook daar heeft het slachtoffer recht op. Bij ernstige gewelds- en zedenmisdrijven is die gratis, ongeacht het inkomen. Dat geldt ook voor nabestaanden.

Dan de zitting. Bij ernstige misdrijven, en bij bijvoorbeeld bedreiging en stalking, heeft het slachtoffer spreekrecht. \
In de rechtszaal vertellen wat het misdrijf heeft aangericht. Dat mag ook op papier, of iemand anders leest het voor.

Schade? Het slachtoffer kan zich in de strafzaak voegen als benadeelde partij en zo schadevergoeding vragen. Legt de \
rechter een schadevergoedingsmaatregel op, dan int het CJIB het geld bij de dader. Bij een geweldsmisdrijf met ernstig \
letsel kan het slachtoffer daarnaast een uitkering aanvragen bij het Schadefonds Geweldsmisdrijven.

En bescherming. Denk aan een contactverbod of gebiedsverbod voor de verdachte, of het afschermen van het adres.

Besluit het Openbaar Ministerie om de zaak niet te vervolgen? Dan kan het slachtoffer daarover klagen bij het gerechtshof.

Veel rechten dus. Waar begint u? Bij het Slachtofferloket. Daar werken politie, Openbaar Ministerie en Slachtofferhulp \
Nederland samen. Elke regio heeft een eigen Slachtofferloket met een eigen telefoonnummer; u vindt ze op \
slachtofferloket.nl. Voor juridisch advies kunt u terecht bij het Juridisch Loket: 0900-8020. Het advies is gratis, \
bellen kost € 0,25 per minuut.

Ken de rechten. En help een ander om ze te gebruiken.`,
  },
]
