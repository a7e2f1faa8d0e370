/**
 * Start een steungroep: a guided plan (tool kind `plan`) for a helper who wants to share the care
 * for a victim with others. Built on the theme page "Start een steungroep" (goed voor uzelf
 * zorgen), which follows the whitepaper: the victim stays in charge, three to eight people, one
 * coordinator, clear tasks, privacy, no pressure, evaluate, and keep going after the first weeks.
 * Names are never typed in: the printed plan has lines to write them on. Phone numbers come from
 * the seeded organisations (Slachtofferhulp Nederland is the Centrale Service Lijn).
 */
import type { PlanDefinition } from '@vsp/content-models'
import type { SeedTool } from '../types'

export const steungroepDefinition: PlanDefinition = {
  kind: 'plan',
  sections: [
    {
      key: 'regie',
      title: 'Het slachtoffer houdt de regie',
      items: [
        { text: 'Het slachtoffer bepaalt wie erbij hoort, wat de groep doet en wat er gedeeld wordt.' },
        { text: 'Vraag steeds wat het slachtoffer zelf wil, in plaats van het voor hem of haar in te vullen.' },
      ],
    },
    {
      key: 'wie',
      title: 'Wie u vraagt',
      intro:
        'Drie tot acht mensen is een goede groep: overzichtelijk, en niemand draagt alles alleen. Kies mensen ' +
        'die betrouwbaar zijn en die het slachtoffer vertrouwt. Schrijf hun namen en telefoonnummers ' +
        'hieronder.',
      writeIn: 8,
    },
    {
      key: 'coordinator',
      title: 'Wie het overzicht houdt',
      intro: 'Eén persoon is het aanspreekpunt, voor de groep en voor het slachtoffer.',
      writeIn: 2,
    },
    {
      key: 'taken',
      title: 'Wie wat doet',
      intro:
        'Laat ieder kiezen wat bij hem of haar past: de een is goed in regelen, de ander in luisteren. Schrijf bij elke taak wie hem doet.',
      writeIn: 6,
    },
    {
      key: 'hoe-vaak',
      title: 'Hoe vaak, en hoe lang',
      items: [
        {
          text: 'De meeste steun komt in de eerste weken; daarna wordt het stiller. Spreek nu al af wie na een maand, na drie maanden en rond belangrijke data, zoals een rechtszaak, contact opneemt.',
        },
      ],
    },
    {
      key: 'afspraken',
      title: 'Afspraken in de groep',
      items: [
        {
          text: 'Wat het slachtoffer iemand in vertrouwen vertelt, blijft bij die persoon. Spreek met het slachtoffer af wat de groep wel mag weten.',
        },
        { text: 'Niemand hoeft meer te doen dan hij of zij kan. Wie weinig tijd heeft, kan een kaartje of een kort bericht sturen.' },
      ],
    },
    {
      key: 'te-veel',
      title: 'Als het iemand te veel wordt',
      items: [
        {
          text: 'Let op signalen bij uzelf en bij de anderen: slecht slapen, piekeren, prikkelbaar zijn of nergens meer tijd voor hebben.',
        },
        { text: 'Heeft iemand in de groep gedachten aan zelfdoding? Bel dan 113, dag en nacht.' },
      ],
    },
    {
      key: 'hulp',
      title: 'Hulp en advies voor de groep',
      items: [
        {
          text: 'Vragen over wat het slachtoffer nodig heeft, of over uw eigen rol als helper? Bel of chat met Slachtofferhulp Nederland, de Centrale Service Lijn. Ook helpers kunnen daar terecht.',
        },
      ],
    },
  ],
  steps: [
    {
      kind: 'single',
      key: 'toestemming',
      text: 'Heeft u het slachtoffer al gevraagd of hij of zij een steungroep wil?',
      help: 'Zonder toestemming geen groep. Leg uit dat de groep taken overneemt, niet de beslissingen.',
      options: [
        {
          key: 'ja',
          label: 'Ja, het slachtoffer wil het',
          items: [
            {
              section: 'regie',
              text: 'Het slachtoffer wil een steungroep. Vraag af en toe of dat nog zo is: wat iemand nodig heeft, verandert.',
            },
          ],
        },
        {
          key: 'nog-niet',
          label: 'Nee, nog niet gevraagd',
          items: [
            {
              section: 'regie',
              text: 'Vraag het slachtoffer eerst of hij of zij een steungroep wil, en wie erbij mag. Nodig pas mensen uit als het slachtoffer ja zegt.',
            },
          ],
        },
        {
          key: 'twijfelt',
          label: 'Het slachtoffer twijfelt, of wil het liever niet',
          items: [
            {
              section: 'regie',
              text: 'Respecteer een nee of een twijfel. Blijf er zelf gewoon zijn, eventueel samen met één of twee mensen die het slachtoffer kiest. Vraag over een paar weken gerust opnieuw.',
            },
          ],
        },
      ],
    },
    {
      kind: 'multiple',
      key: 'kring',
      text: 'Wie uit de omgeving van het slachtoffer kunt u vragen?',
      help: 'Kies alles wat past. Namen vult u straks op papier in; de site vraagt er niet naar.',
      options: [
        {
          key: 'familie',
          label: 'Familie',
          items: [
            {
              section: 'wie',
              text: 'Familie: vraag wie dichtbij woont of tijd heeft. Let op wie zelf ook geraakt is door wat er gebeurde.',
            },
          ],
        },
        {
          key: 'vrienden',
          label: 'Vrienden',
          items: [{ section: 'wie', text: 'Vrienden: vaak goed in gezelschap, luisteren en gewone dingen samen doen.' }],
        },
        {
          key: 'buren',
          label: 'Buren',
          items: [
            { section: 'wie', text: 'Buren: handig voor korte dingen dichtbij, zoals de post, de planten, de hond of even langskomen.' },
          ],
        },
        {
          key: 'werk-club',
          label: "Collega's, of mensen van school, sportclub of geloofsgemeenschap",
          items: [
            {
              section: 'wie',
              text: "Collega's en mensen van school of club: zij kunnen helpen met vervoer, of met het contact met werk of school, als het slachtoffer dat wil.",
            },
          ],
        },
        {
          key: 'weet-niet',
          label: 'Ik weet nog niet wie',
          exclusive: true,
          items: [
            {
              section: 'wie',
              text: 'Maak samen met het slachtoffer een lijst van mensen die hij of zij vertrouwt. Begin met twee of drie namen.',
            },
          ],
        },
      ],
    },
    {
      kind: 'multiple',
      key: 'taken',
      text: 'Waar heeft het slachtoffer nu hulp bij nodig?',
      help: 'Vraag het aan het slachtoffer zelf. Kies alles wat nu speelt.',
      options: [
        {
          key: 'huishouden',
          label: 'Boodschappen, koken of het huishouden',
          items: [
            {
              section: 'taken',
              text: 'Boodschappen en eten: spreek vaste dagen af, bijvoorbeeld om de beurt koken op maandag en donderdag.',
            },
          ],
        },
        {
          key: 'vervoer',
          label: 'Vervoer naar afspraken',
          items: [
            { section: 'taken', text: 'Vervoer: één persoon houdt de afspraken bij (huisarts, politie, advocaat) en regelt wie er rijdt.' },
          ],
        },
        {
          key: 'kinderen-dieren',
          label: 'Oppas voor de kinderen, of zorg voor huisdieren',
          items: [{ section: 'taken', text: 'Kinderen en huisdieren: maak een rooster voor oppassen, naar school brengen of uitlaten.' }],
        },
        {
          key: 'regelzaken',
          label: 'Post, formulieren en regelzaken',
          items: [
            {
              section: 'taken',
              text: 'Post en formulieren: iemand die goed is in regelen helpt met brieven, schadeformulieren en de verzekering. Het slachtoffer beslist en tekent zelf.',
            },
          ],
        },
        {
          key: 'meegaan',
          label: 'Meegaan naar politie, rechtbank of hulpverlening',
          items: [
            {
              section: 'taken',
              text: 'Meegaan: spreek af wie meegaat naar de aangifte, gesprekken of de rechtszaak. Vraag vooraf wat het slachtoffer van die persoon verwacht.',
            },
          ],
        },
        {
          key: 'gezelschap',
          label: 'Gezelschap en een luisterend oor',
          items: [
            {
              section: 'taken',
              text: 'Gezelschap: wandelen, koffie drinken, samen iets gewoons doen. Luisteren zonder te oordelen helpt meer dan goede raad.',
            },
          ],
        },
      ],
    },
    {
      kind: 'single',
      key: 'hoe-vaak',
      text: 'Hoe vaak wil het slachtoffer contact met iemand uit de groep?',
      options: [
        {
          key: 'elke-dag',
          label: 'Elke dag even',
          items: [
            {
              section: 'hoe-vaak',
              text: 'Elke dag neemt één persoon contact op, volgens een rooster. Zo belt niet iedereen tegelijk, en valt er geen dag uit.',
            },
          ],
        },
        {
          key: 'paar-keer',
          label: 'Een paar keer per week',
          items: [{ section: 'hoe-vaak', text: 'Twee of drie vaste momenten per week, verdeeld over de groep.' }],
        },
        {
          key: 'wekelijks',
          label: 'Eén keer per week',
          items: [{ section: 'hoe-vaak', text: 'Eén vast moment per week, bijvoorbeeld een bezoek of een telefoontje op dezelfde dag.' }],
        },
        {
          key: 'zelf',
          label: 'Het slachtoffer laat het zelf weten',
          items: [
            {
              section: 'hoe-vaak',
              text: 'Het slachtoffer laat zelf weten wanneer hij of zij iets nodig heeft. Stuur af en toe een kort bericht waar geen antwoord op hoeft te komen.',
            },
          ],
        },
      ],
    },
    {
      kind: 'single',
      key: 'coordinator',
      text: 'Wie houdt het overzicht?',
      help: 'De coördinator hoeft niet de naaste te zijn die het zwaarst belast is.',
      options: [
        {
          key: 'ikzelf',
          label: 'Ik, de helper die dit plan maakt',
          items: [
            {
              section: 'coordinator',
              text: 'U bent de coördinator: u houdt het rooster bij en bent het aanspreekpunt voor de groep en voor het slachtoffer.',
            },
            { section: 'te-veel', text: 'Kies een vervanger voor uzelf als coördinator, zodat u ook eens vrij kunt zijn.' },
          ],
        },
        {
          key: 'iemand-anders',
          label: 'Iemand anders uit de groep',
          items: [
            {
              section: 'coordinator',
              text: 'Vraag iemand die goed kan organiseren en zelf niet het zwaarst belast is. Schrijf de naam hieronder.',
            },
          ],
        },
        {
          key: 'afwisselen',
          label: 'We wisselen elkaar af',
          items: [
            {
              section: 'coordinator',
              text: 'Wissel de coördinatie af, bijvoorbeeld per maand. Spreek duidelijk af wanneer het stokje overgaat.',
            },
          ],
        },
      ],
    },
    {
      kind: 'single',
      key: 'overzicht',
      text: 'Hoe houdt de groep bij wie wanneer wat doet?',
      options: [
        {
          key: 'app-agenda',
          label: 'Een appgroep of gedeelde agenda',
          items: [
            {
              section: 'afspraken',
              text:
                'Maak een appgroep of gedeelde agenda zonder het slachtoffer erin, alleen voor de afspraken. Deel ' +
                'daar niets van wat het slachtoffer iemand in vertrouwen vertelt.',
            },
          ],
        },
        {
          key: 'papier',
          label: 'Een rooster op papier',
          items: [
            {
              section: 'afspraken',
              text: 'Maak een rooster op papier met wie wanneer langskomt. Hang het bij het slachtoffer op als hij of zij dat wil.',
            },
          ],
        },
        {
          key: 'rondbellen',
          label: 'De coördinator belt rond',
          items: [{ section: 'afspraken', text: 'De coördinator belt of appt elke week rond: wie doet deze week wat?' }],
        },
      ],
    },
    {
      kind: 'multiple',
      key: 'te-veel',
      text: 'Wat spreekt u af voor als het iemand in de groep te veel wordt?',
      help: 'Helpen kost energie. Wie nu afspreekt wat er dan gebeurt, zegt het later makkelijker.',
      options: [
        {
          key: 'melden',
          label: 'Hij of zij zegt het tegen de coördinator',
          items: [
            { section: 'te-veel', text: 'Wie het te veel wordt, zegt het tegen de coördinator. Niemand hoeft uit te leggen waarom.' },
          ],
        },
        {
          key: 'ruilen-pauze',
          label: 'Taken ruilen of een tijd pauze nemen',
          items: [
            {
              section: 'te-veel',
              text: 'Een taak ruilen of een paar weken pauze nemen mag altijd. De coördinator zoekt iemand anders voor die taak.',
            },
          ],
        },
        {
          key: 'evalueren',
          label: 'Elke paar weken samen kijken hoe het gaat',
          items: [
            {
              section: 'te-veel',
              text: 'Kom elke paar weken even samen, of bel: wat gaat goed, wat moet anders, en houdt iedereen het vol?',
            },
          ],
        },
        {
          key: 'hulp-voor-helper',
          label: 'Hulp zoeken voor de helper zelf',
          items: [
            { section: 'te-veel', text: 'Houden klachten een paar weken aan? Praat erover met de huisarts.' },
            {
              section: 'hulp',
              text: 'Ook als helper kunt u bij Slachtofferhulp Nederland terecht voor advies, bijvoorbeeld als het helpen u zwaar valt.',
            },
          ],
        },
      ],
    },
  ],
  organisations: [
    {
      organisation: 'slachtofferhulp-nederland',
      why: 'De Centrale Service Lijn: advies voor het slachtoffer en voor u als helper, ook over de steungroep.',
    },
    { organisation: 'huisarts', why: 'Als iemand in de groep, of het slachtoffer, klachten houdt zoals slecht slapen, piekeren of angst.' },
    { organisation: '113-zelfmoordpreventie', why: 'Voor wie aan zelfdoding denkt, ook als u zich zorgen maakt om een ander.' },
  ],
}

export const startEenSteungroep: SeedTool = {
  title: 'Start een steungroep',
  slug: 'start-een-steungroep',
  site: 'helpers',
  kind: 'plan',
  summary:
    'Zet in zeven stappen een steungroep op rond een slachtoffer en print het plan: wie u vraagt, wie wat doet, hoe vaak, en wat u doet als het iemand te veel wordt.',
  intro:
    'Samen helpen is lichter dan alleen. Met deze tool maakt u in zeven korte vragen een plan voor een ' +
    'steungroep rond het slachtoffer. Aan het eind kunt u het plan printen of als PDF bewaren, en ' +
    'bespreken met het slachtoffer en de mensen die meedoen. Namen vult u op papier in.',
  definition: steungroepDefinition,
}
