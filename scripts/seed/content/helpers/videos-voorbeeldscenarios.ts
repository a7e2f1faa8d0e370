/** Acted example scenarios: how a helper or a professional can respond (kind: voorbeeldscenario). */
import type { SeedVideo } from '../types'

export const videosVoorbeeldscenarios: SeedVideo[] = [
  {
    title: 'Grenzen aangeven als helper',
    slug: 'grenzen-aangeven-als-helper',
    site: 'helpers',
    kind: 'voorbeeldscenario',
    summary:
      'Een gespeelde situatie: een helper wordt elke avond gebeld door haar vriendin na een mishandeling. Hoe geeft zij haar grens aan?',
    hostingUrl: 'https://player.vimeo.com/video/881264905',
    durationSeconds: 196,
    captionsUrl: null,
    poster: {
      alt: "Een vrouw zit 's avonds moe op de bank met haar telefoon in de hand.",
      caption: 'Grenzen aangeven als helper',
      colour: '#6B705C',
    },
    transcript: `Verteller: Dit is Linda. Haar vriendin Noor is zes weken geleden mishandeld op straat. Sinds die \
tijd belt Noor haar bijna elke avond, vaak laat. Linda wil er voor haar zijn. Maar ze is moe.

Het is kwart over elf. Linda's telefoon gaat.

Linda, geïrriteerd: Ja, met mij.

Noor: Sorry, ik kan weer niet slapen. Ik zie hem steeds voor me.

Linda: Noor, het is elf uur. Ik moet morgen om zeven op. Kun je niet gewoon een keer proberen te slapen?

Noor, stil: Oké. Sorry. Laat maar.

Verteller: Linda is over haar grens gegaan. Niet vandaag, maar al weken. Haar vermoeidheid komt er nu uit als ergernis. \
Noor voelt zich afgewezen, en belt de volgende keer misschien niemand meer. Laten we kijken hoe het anders kan. Linda \
kiest een rustig moment, overdag, om het te bespreken.

Linda: Noor, ik wil iets met je bespreken. Ik merk dat je 's avonds vaak belt als je niet kunt slapen. Ik ben blij dat je mij belt. Echt.

Noor: Maar?

Linda: Maar ik merk dat ik zelf heel moe word. Ik slaap slecht, en dan ben ik niet de vriendin die ik voor je wil zijn. Zullen we iets afspreken?

Noor: Wat dan?

Linda: Na tien uur neem ik niet meer op, behalve als het echt een noodgeval is. Dan stuur je een appje met het woord \
"nu", en dan bel ik je meteen. En op dinsdag en vrijdag eten we samen, dan hebben we echt de tijd.

Noor: En als ik om twaalf uur wakker lig?

Linda: Dan kun je ook Slachtofferhulp bellen, overdag, om te praten over dat slapen. Zal ik morgen met je dat nummer opzoeken? En als het echt slecht gaat, is 113 er dag en nacht.

Noor: Oké. Ik snap het. Ik wilde je niet tot last zijn.

Linda: Dat ben je ook niet. Ik wil je helpen. Ik wil dat alleen nog lang kunnen blijven doen.

Verteller: Wat doet Linda hier goed? Ze kiest een rustig moment. Ze praat vanuit zichzelf: ik merk, ik word moe. Ze \
maakt een duidelijke afspraak, en ze biedt een alternatief: een noodwoord, vaste momenten, en andere hulp. Zo blijft \
Noor niet alleen, en houdt Linda het vol.

Een grens aangeven is geen afwijzing. Het is een manier om langer te kunnen helpen. Wilt u weten hoeveel tijd u zelf aan helpen besteedt? Doe dan de zelfscan tijdsbesteding op deze site.`,
  },
  {
    title: 'Een leerkracht na een incident op school',
    slug: 'leerkracht-na-incident-op-school',
    site: 'professionals',
    kind: 'voorbeeldscenario',
    summary:
      'Een gespeelde situatie: een leerling is bij school bedreigd en beroofd. Hoe voert de leerkracht het gesprek de volgende ochtend?',
    hostingUrl: 'https://player.vimeo.com/video/889537116',
    durationSeconds: 254,
    captionsUrl: null,
    poster: {
      alt: 'Een leerkracht zit op een lage stoel naast een leerling in een leeg klaslokaal.',
      caption: 'Een leerkracht na een incident op school',
      colour: '#355070',
    },
    transcript: `Verteller: Daan zit in groep zeven. Gisteren na schooltijd is hij vlak bij het schoolplein door twee oudere jongens \
tegen een hek gedrukt. Ze hebben zijn telefoon afgepakt en gedreigd dat ze terugkomen als hij iets zegt. Zijn moeder \
heeft de school 's avonds gebeld. De volgende ochtend ziet juf Esra dat Daan stil in de hoek van de klas zit.

Juf Esra: Daan, de anderen gaan zo met meester Rob naar gym. Wil jij even bij mij blijven? Dan gaan we samen in het kleine lokaal zitten.

Verteller: Esra kiest een rustige plek, zonder de klas erbij. Ze gaat naast Daan zitten, niet achter haar bureau.

Juf Esra: Je moeder heeft me gisteren verteld wat er is gebeurd. Ik vind het heel naar dat dat jou is overkomen. Hoe gaat het nu met je?

Daan: Gaat wel.

Juf Esra: Gaat wel. Hoe was het vanochtend, om naar school te lopen?

Daan: Mijn vader heeft me gebracht. Ik durfde niet alleen.

Juf Esra: Dat snap ik heel goed. Na zoiets is het normaal dat je bang bent. Veel kinderen hebben dat.

Daan: Ze zeiden dat ze terugkomen als ik het vertel.

Juf Esra: Dat is eng om te horen. Het is goed dat je het toch hebt verteld. Wat er gebeurd is, is niet jouw schuld. En \
wij gaan zorgen dat je hier veilig bent. Weet je wat ik ga doen? Ik ga met de directeur praten, zodat er bij het hek \
iemand staat als school uitgaat. Vind je dat goed?

Daan knikt.

Juf Esra: En als je in de klas merkt dat je er steeds aan moet denken, of je kunt je niet concentreren, dan mag je dat tegen mij zeggen. Dan bedenken we samen wat je nodig hebt.

Verteller: Wat doet Esra hier? Ze erkent wat er is gebeurd, zonder door te vragen naar alle details. Het onderzoek is \
aan de politie; een leerkracht hoeft geen verhoor af te nemen. Ze zegt dat het niet zijn schuld is. En ze belooft alleen \
wat ze kan waarmaken.

Na het gesprek doet Esra drie dingen. Ze informeert de directie en de intern begeleider, en volgt het protocol van de \
school. Ze belt de ouders om te vertellen wat ze met Daan heeft besproken, en vraagt of er aangifte is gedaan. Dat kan \
via de politie op 0900-8844. En ze noteert het gesprek feitelijk in het leerlingdossier.

De weken daarna let ze op signalen: slecht slapen, buikpijn, terugtrekken, of juist boosheid. Nemen die na een paar \
weken niet af, dan bespreekt ze met de ouders of hulp via de huisarts of het wijkteam nodig is.

Twijfelt u als professional over wat u moet doen na een incident? Slachtofferhulp Nederland adviseert ook professionals, \
via 0900-0101. En heeft u vermoedens van geweld thuis, dan volgt u de meldcode en kunt u advies vragen bij Veilig Thuis, \
op 0800-2000.`,
  },
]
