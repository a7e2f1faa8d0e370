/** Checklists for crimes against property and for traffic accidents. */
import type { SeedChecklist } from '../types'

export const checklistsBezit: SeedChecklist[] = [
  {
    title: 'Wat u kunt doen na fraude',
    slug: 'fraude',
    site: 'helpers',
    delict: 'fraude',
    summary:
      'Uw naaste is opgelicht? Met deze checklist helpt u snel de schade te beperken, aangifte te doen en de schaamte te verlichten.',
    intro:
      `Bij fraude telt elk uur: hoe sneller de bank is ingelicht, hoe groter de kans dat geld kan worden ` +
      `tegengehouden. Tegelijk schamen veel slachtoffers zich diep. U kunt helpen door eerst het praktische ` +
      `snel te regelen en daarna rustig te luisteren.`,
    items: [
      {
        text: 'Bel samen direct de bank om rekening en passen te laten blokkeren',
        detail:
          'Gebruik het fraudenummer op de website van de bank of op de achterkant van de pas. Passen blokkeren kan ook dag en nacht via het landelijke nummer 0800-0313.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Wijzig samen wachtwoorden en zet tweestapsverificatie aan',
        detail:
          'Begin met e-mail en internetbankieren, daarna sociale media en webwinkels. Had de oplichter toegang tot de computer of telefoon, laat die dan eerst controleren.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Verzamel het bewijs: berichten, rekeningnummers, screenshots en afschriften',
        detail: 'Verwijder niets, ook geen chatgesprekken. Noteer data, bedragen en telefoonnummers of websites van de oplichter.',
        theme: 'ondersteunen-bij-aangifte',
      },
      {
        text: 'Help met aangifte via politie.nl of 0900-8844',
        detail:
          'Internetoplichting kan online worden aangegeven met DigiD. De bank vraagt vaak om een kopie van de aangifte voordat ze een vergoeding beoordeelt.',
        theme: 'ondersteunen-bij-aangifte',
      },
      {
        text: 'Meld de oplichting bij de Fraudehelpdesk (088-7867372)',
        detail: 'De Fraudehelpdesk geeft advies over de volgende stappen en waarschuwt anderen voor dezelfde oplichters.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Is een kopie van het identiteitsbewijs gedeeld? Meld identiteitsfraude',
        detail:
          'Meld het bij het Centraal Meldpunt Identiteitsfraude en -fouten van de Rijksdienst voor ' +
          'Identiteitsgegevens. Zij helpen bij het voorkomen van misbruik van het paspoort of de ID-kaart.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Vraag de bank of de schade (deels) wordt vergoed',
        detail:
          'Bij betalingen die het slachtoffer niet zelf heeft gedaan, vergoedt de bank vaak. Bij bijvoorbeeld ' +
          'bankhelpdeskfraude beoordeelt de bank per geval. Wordt een verzoek afgewezen, dan kan het Juridisch ' +
          'Loket adviseren (0900-8020; het advies is gratis, bellen kost € 0,25 per minuut).',
        theme: 'ondersteunen-bij-schadevergoeding',
      },
      {
        text: 'Waarschuw voor nieuwe oplichters die beloven het geld terug te halen',
        detail:
          'Slachtoffers worden vaak opnieuw benaderd door "herstelbedrijven" of nep-advocaten die vooraf geld vragen. Echte instanties doen dat niet.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Zeg hardop dat het niet zijn of haar schuld is',
        detail:
          'Oplichters zijn professionals die precies weten hoe ze vertrouwen winnen. Vermijd vragen als "Waarom heb je dat gedaan?"; die vergroten de schaamte.',
        theme: 'helpen-bij-schuld-en-schaamte',
      },
    ],
  },
  {
    title: 'Wat u kunt doen na een overval of beroving',
    slug: 'overval-of-beroving',
    site: 'helpers',
    delict: 'overval-of-beroving',
    summary: 'Iemand in uw omgeving is overvallen of beroofd? Deze checklist helpt u met de eerste uren, de aangifte en de nasleep.',
    intro:
      `Een overval of beroving duurt vaak maar kort, maar de schrik kan lang blijven. Het slachtoffer voelt ` +
      `zich onveilig, ook op plekken die eerst vertrouwd waren. In de eerste uren zijn er veel praktische ` +
      `dingen te regelen; daarna is uw aanwezigheid het belangrijkst.`,
    items: [
      {
        text: 'Zorg eerst voor veiligheid en bel 112 bij letsel of als de dader net weg is',
        detail:
          'Hoe sneller de politie er is, hoe groter de kans dat de dader in de buurt wordt aangehouden. Blijf bij het slachtoffer tot er hulp is.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Help bankpassen en creditcards direct te blokkeren',
        detail:
          'Bel de bank of het landelijke nummer 0800-0313, dat dag en nacht bereikbaar is. Creditcards blokkeert u via het nummer van de creditcardmaatschappij.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Laat een gestolen telefoon blokkeren en zo mogelijk op afstand wissen',
        detail:
          'Bel de provider om de simkaart te blokkeren en zoek het IMEI-nummer op (op de doos of de factuur): de politie vraagt erom bij de aangifte.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Schrijf samen zo snel mogelijk op wat er gebeurde en hoe de dader eruitzag',
        detail: 'Herinneringen vervagen snel. Noteer tijd, plaats, kleding, lengte, stem, vervoermiddel en eventuele getuigen.',
        theme: 'ondersteunen-bij-aangifte',
      },
      {
        text: 'Ga mee naar de aangifte, of maak een afspraak via 0900-8844',
        detail:
          'Bij een overval of beroving doet het slachtoffer aangifte op het bureau. Vraag om een kopie en ' +
          'noteer het registratienummer. Een gestolen paspoort of ID-kaart meldt u daarnaast bij de gemeente.',
        theme: 'ondersteunen-bij-aangifte',
      },
      {
        text: 'Laat het slachtoffer de eerste nacht niet alleen',
        detail:
          'Blijf slapen of nodig de ander uit om bij u te logeren. Schrikreacties, slecht slapen en het vermijden van de plek zijn in de eerste weken normaal.',
        theme: 'reageren-op-wat-iemand-doormaakt',
      },
      {
        text: 'Gebeurde de overval op het werk? Vraag de werkgever naar nazorg',
        detail:
          'Werkgevers moeten zorgen voor opvang van medewerkers na een overval. Denk aan een gesprek met een bedrijfsopvangteam of de bedrijfsarts, en aan rustig opbouwen van werk.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Breng de schade in kaart en meld die bij de verzekeraar',
        detail:
          'Bij ernstig lichamelijk of psychisch letsel kan het slachtoffer een uitkering aanvragen bij het Schadefonds Geweldsmisdrijven, ook als de dader niet wordt gepakt.',
        theme: 'ondersteunen-bij-schadevergoeding',
      },
      {
        text: 'Wijs op gratis hulp van Slachtofferhulp Nederland (0900-0101)',
        detail: 'Zij helpen bij de verwerking, de strafzaak en het aanvragen van schadevergoeding.',
        theme: 'passende-hulp-regelen',
      },
    ],
  },
  {
    title: 'Wat u kunt doen na een verkeersongeval',
    slug: 'verkeersongeval',
    site: 'helpers',
    delict: 'verkeersongeval',
    summary: 'Na een verkeersongeval moet er veel geregeld worden. Zo helpt u met gegevens, verzekeraars, letselschade en herstel.',
    intro:
      `Een verkeersongeval kan ingrijpend zijn, zeker als er letsel is of als de veroorzaker doorreed. ` +
      `Naast de schrik en de pijn komt er veel papierwerk op het slachtoffer af. U kunt helpen door het ` +
      `overzicht te bewaren en de ander niet alleen te laten met verzekeraars.`,
    items: [
      {
        text: 'Bel 112 bij letsel en laat het slachtoffer niet zelf naar huis rijden',
        detail:
          'Door de schrik merken mensen letsel soms pas later. Laat ook bij twijfel een arts kijken, en bewaar de verslagen van huisarts of ziekenhuis.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: "Help de gegevens te verzamelen: kenteken, verzekering, getuigen en foto's",
        detail:
          "Vul zo mogelijk samen met de tegenpartij het Europees schadeformulier in. Noteer namen en telefoonnummers van getuigen en maak foto's van de situatie en de schade.",
        theme: 'ondersteunen-bij-schadevergoeding',
      },
      {
        text: 'Vraag de politie naar het registratienummer van het ongeval',
        detail:
          'Bij een ernstig ongeval maakt de politie een proces-verbaal. Dat is later nodig voor de verzekeraar en voor een eventuele strafzaak.',
        theme: 'ondersteunen-bij-aangifte',
      },
      {
        text: 'Is de veroorzaker doorgereden? Help met aangifte via 0900-8844',
        detail:
          'Doorrijden na een ongeval is strafbaar. Als de veroorzaker onbekend of onverzekerd is, kan het Waarborgfonds Motorverkeer de schade vergoeden.',
        theme: 'ondersteunen-bij-aangifte',
      },
      {
        text: 'Meld de schade snel bij de eigen verzekeraar en bij die van de tegenpartij',
        detail:
          'De WA-verzekeraar van de veroorzaker vergoedt de schade als die aansprakelijk is. Bewaar alle bonnen, ook van reiskosten naar artsen en therapeuten.',
        theme: 'ondersteunen-bij-schadevergoeding',
      },
      {
        text: 'Schakel bij letsel hulp in bij het verhalen van letselschade',
        detail:
          'Slachtofferhulp Nederland (0900-0101) helpt gratis, of een letselschadespecialist. De kosten van een ' +
          'letselschadespecialist worden meestal door de aansprakelijke verzekeraar vergoed.',
        theme: 'ondersteunen-bij-schadevergoeding',
      },
      {
        text: 'Komt er een strafzaak tegen de bestuurder? Help bij het volgen van de zaak',
        detail:
          'Het slachtoffer kan zich voegen als benadeelde partij en heeft bij ernstige gevolgen spreekrecht. Laat bij de aangifte of via het Slachtofferloket weten dat de ander informatie wil.',
        theme: 'ondersteunen-bij-strafproces',
      },
      {
        text: 'Bied praktische hulp: vervoer, boodschappen en mee naar afspraken',
        detail:
          'Veel slachtoffers durven na een ongeval niet of slecht meer deel te nemen aan het verkeer. Rijd eens mee als de ander weer wil oefenen, zonder druk.',
        theme: 'passende-hulp-regelen',
      },
    ],
  },
  {
    title: 'Wat u kunt doen na een woninginbraak',
    slug: 'woninginbraak',
    site: 'helpers',
    delict: 'woninginbraak',
    summary:
      'Is er ingebroken bij iemand in uw omgeving? Deze checklist helpt u met sporen, aangifte, verzekering, sloten en een veilig gevoel.',
    intro:
      `Een inbraak is meer dan gestolen spullen. Iemand is in het eigen huis geweest, de plek waar iemand ` +
      `zich veilig hoort te voelen. Veel slachtoffers slapen de eerste tijd slecht of schrikken van elk ` +
      `geluid. Met deze stappen helpt u het praktische te regelen en het veilige gevoel terug te krijgen.`,
    items: [
      {
        text: 'Is de inbreker misschien nog binnen? Ga niet naar binnen en bel 112',
        detail:
          'Wacht op een veilige afstand tot de politie er is. Is de inbraak net gebeurd, bel dan ook 112 als de inbreker al weg is. Ontdekt u een inbraak pas later, dan belt u 0900-8844.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Laat sporen onaangeroerd tot de politie er is',
        detail:
          "Raak deuren, ramen en verplaatste spullen zo min mogelijk aan en ruim nog niets op. Maak wel foto's van de schade en de ravage.",
        theme: 'ondersteunen-bij-aangifte',
      },
      {
        text: 'Help met aangifte: maak een afspraak via 0900-8844',
        detail:
          'Online aangifte kan alleen voor de delicten die politie.nl noemt; vraag bij 0900-8844 hoe het slachtoffer aangifte doet. De verzekeraar vraagt om een kopie van de aangifte.',
        theme: 'ondersteunen-bij-aangifte',
      },
      {
        text: 'Maak samen een lijst van wat er weg is, met serienummers en aankoopbonnen',
        detail:
          "Zoek foto's, bonnen en serienummers van elektronica op. De politie kan gestolen goederen met een serienummer registreren, en de verzekeraar heeft de lijst nodig.",
        theme: 'ondersteunen-bij-schadevergoeding',
      },
      {
        text: 'Help bankpassen blokkeren en wachtwoorden wijzigen',
        detail:
          'Zijn er passen, een laptop of een telefoon gestolen? Blokkeer passen via de bank of 0800-0313 en wijzig wachtwoorden van e-mail en bankieren.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Bel samen de verzekeraar',
        detail:
          'Meld de inbraak bij de inboedelverzekering, en bij schade aan deur of kozijn bij de opstalverzekering of de verhuurder. Vraag of noodreparatie wordt vergoed.',
        theme: 'ondersteunen-bij-schadevergoeding',
      },
      {
        text: 'Laat kapotte sloten vervangen door sloten met het SKG-keurmerk',
        detail:
          'Een slotenmaker kan een noodreparatie doen. Vraag daarna advies over goed hang- en sluitwerk; sloten met twee of drie SKG-sterren maken een nieuwe inbraak veel moeilijker.',
        theme: 'passende-hulp-regelen',
      },
      {
        text: 'Bied aan om de eerste nachten te blijven slapen',
        detail:
          'Slecht slapen, schrikken van geluiden en steeds controleren of de deur op slot is, zijn normale reacties. Gezelschap en samen opruimen helpen om het huis weer eigen te maken.',
        theme: 'reageren-op-wat-iemand-doormaakt',
      },
      {
        text: 'Neem het gevoel serieus, ook als er weinig is meegenomen',
        detail:
          'Zeg niet "Het zijn maar spullen". Houden angst of slapeloosheid aan, dan kan Slachtofferhulp Nederland (0900-0101) gratis helpen.',
        theme: 'reageren-op-wat-iemand-doormaakt',
      },
    ],
  },
]
