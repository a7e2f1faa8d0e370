/** Tips submitted by helpers; two still wait for moderation (published: false). */
import type { SeedHelperTip } from '../types'

export const helperTips: SeedHelperTip[] = [
  {
    title: 'Een vast appje elke ochtend',
    slug: 'een-vast-appje-elke-ochtend',
    site: 'helpers',
    body:
      'Mijn zus werd maandenlang gestalkt door een oud-collega. Ik wist vaak niet wat ik moest zeggen, dus ' +
      'ik besloot gewoon elke ochtend een appje te sturen: "Goedemorgen, ik ben er." Ze hoefde niet te ' +
      'antwoorden. Later vertelde ze dat dat berichtje haar door veel dagen heen heeft gesleept. Het kostte ' +
      'mij tien seconden per dag.',
    signature: 'Zus van een slachtoffer van stalking',
    published: true,
  },
  {
    title: 'Bel de verzekeraar met de telefoon op de speaker',
    slug: 'bel-de-verzekeraar-op-de-speaker',
    site: 'helpers',
    body:
      'Na de inbraak bij mijn moeder zag ze enorm op tegen al het geregel. Ik heb de verzekeraar gebeld met ' +
      'de telefoon op de speaker, terwijl zij naast me zat. Ik voerde het woord, zij vulde aan en gaf ' +
      'toestemming. Zo bleef zij de baas over haar eigen zaak, maar hoefde ze het niet alleen te doen.',
    signature: 'Dochter van een slachtoffer van een woninginbraak',
    published: true,
  },
  {
    title: 'Ik stopte met vragen waarom',
    slug: 'ik-stopte-met-vragen-waarom',
    site: 'helpers',
    body:
      'Toen mijn vader was opgelicht door iemand die zich voordeed als bankmedewerker, vroeg ik meteen: ' +
      'waarom heb je dat geld dan overgemaakt? Hij klapte dicht. Pas toen ik zei dat die oplichters ' +
      'professionals zijn en dat het iedereen kan overkomen, durfde hij te vertellen hoe het was gegaan. ' +
      'Samen hebben we daarna de Fraudehelpdesk gebeld.',
    signature: 'Zoon van een slachtoffer van fraude',
    published: true,
  },
  {
    title: 'Zeg wat je kunt, niet alleen dat je er bent',
    slug: 'zeg-wat-je-kunt',
    site: 'helpers',
    body:
      '"Laat maar weten als ik iets kan doen" zei ik in het begin tegen mijn vriend, nadat hij op straat in ' +
      'elkaar was geslagen. Hij vroeg nooit iets. Toen ik zei: "Ik kan dinsdag mee naar de huisarts en ' +
      'donderdag koken", zei hij meteen ja op allebei. Maak je aanbod concreet.',
    signature: 'Vriend van een slachtoffer van geweld',
    published: true,
  },
  {
    title: 'Ik mocht ook zelf hulp vragen',
    slug: 'ik-mocht-ook-zelf-hulp-vragen',
    site: 'helpers',
    body:
      "Nadat mijn dochter online werd afgeperst met foto's, draaide alles om haar. Dat was ook goed. Maar " +
      'ik sliep zelf niet meer en was steeds boos. Een medewerker van Slachtofferhulp zei: u bent ook ' +
      'geraakt. Dat ik zelf mocht bellen en mijn verhaal kwijt kon, had ik niet verwacht. Het maakte mij ' +
      'een betere steun voor haar.',
    signature: 'Moeder van een slachtoffer van online seksuele intimidatie',
    published: true,
  },
  {
    title: 'Blijf de naam noemen',
    slug: 'blijf-de-naam-noemen',
    site: 'helpers',
    body:
      'Mijn buurvrouw verloor haar zoon door zelfdoding. Veel mensen in de straat wisten niet wat ze ' +
      'moesten zeggen en liepen met een boog om haar heen. Ik ben gewoon over hem blijven praten, en noemde ' +
      'zijn naam. Ze heeft me later gezegd dat dat het mooiste was wat iemand voor haar deed: dat hij niet ' +
      'werd vergeten.',
    signature: 'Buurvrouw van een nabestaande na zelfdoding',
    published: true,
  },
  {
    title: 'Oefen samen de rit naar de rechtbank',
    slug: 'oefen-samen-de-rit-naar-de-rechtbank',
    site: 'helpers',
    body:
      'Mijn partner zag erg op tegen de zitting over het ongeluk waarbij hij gewond raakte. Een week van ' +
      'tevoren zijn we samen naar de rechtbank gereden en hebben we gekeken waar we moesten parkeren en ' +
      'naar binnen konden. Op de dag zelf was er daardoor één zorg minder. Ik zat naast hem, en we hadden ' +
      'afgesproken dat hij mijn hand kon pakken als hij even naar buiten wilde.',
    signature: 'Partner van een slachtoffer van een verkeersongeval',
    published: false,
  },
  {
    title: 'Een codewoord voor als het te veel wordt',
    slug: 'een-codewoord-voor-als-het-te-veel-wordt',
    site: 'helpers',
    body:
      'Met mijn beste vriendin, die werd aangerand, spraken we een codewoord af. Als ze op een feestje of ' +
      'bij familie het woord "paraplu" zei, wist ik dat ze weg wilde, zonder uitleg. We hebben het maar ' +
      'twee keer gebruikt, maar ze zegt dat alleen al het weten dat het kon, haar rust gaf om weer mee te ' +
      'gaan.',
    signature: 'Vriendin van een slachtoffer van seksueel misbruik',
    published: false,
  },
]
