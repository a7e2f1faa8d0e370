/**
 * The public pages each corrected fact rests on (issue 9, section 2), once, so that every
 * document that states a fact can name the same source. `verified: false` where only a
 * third-party page (a law firm, a news item) says so and no official page was found.
 */
export const FACTS = {
  schadefondsTermijn: {
    url: 'https://www.schadefonds.nl/faq__category/aanvraag-indienen/',
    supports: 'Schadefonds: de aanvraag moet binnen tien jaar na het geweldsmisdrijf binnen zijn',
    verified: true,
  },
  schadefondsWet: {
    url: 'https://wetten.overheid.nl/BWBR0002979',
    supports: 'Wet schadefonds geweldsmisdrijven: binnen tien jaar na het misdrijf, voor nabestaanden na het overlijden',
    verified: true,
  },
  voegenTotRequisitoir: {
    url: 'https://wetten.overheid.nl/BWBR0001903',
    supports:
      'Art. 51g lid 3 Sv: voegen kan ook op de zitting, tot de officier van justitie zijn eis heeft uitgesproken (zo uitgelegd door de Hoge Raad, ECLI:NL:HR:2018:896)',
    verified: true,
  },
  juridischLoket: {
    url: 'https://www.juridischloket.nl/over-het-juridisch-loket/werkwijze',
    supports: 'Juridisch Loket: 0900-8020, de hulp is gratis, bellen kost € 0,25 per minuut',
    verified: true,
  },
  inbraak112: {
    url: 'https://www.politie.nl/themas/meld-misdaad-anoniem.html',
    supports: 'Politie: bij spoed, zoals een inbraak of overval, belt u 112',
    verified: true,
  },
  onlineAangifte: {
    url: 'https://www.politie.nl/themas/aangifte-doen.html',
    supports: 'Politie: aangifte via internet kan alleen voor diefstal, vernieling of internetoplichting; afspraak via 0900-8844',
    verified: true,
  },
  meldMisdaadAnoniem: {
    url: 'https://www.politie.nl/themas/meld-misdaad-anoniem.html',
    supports: 'Meld Misdaad Anoniem is geen onderdeel van de politie; een onafhankelijke stichting exploiteert het meldpunt',
    verified: true,
  },
  slachtofferloket: {
    url: 'https://www.politie.nl/themas/slachtofferhulp.html',
    supports: 'Slachtofferloket: politie, OM en Slachtofferhulp Nederland werken samen; de regionale nummers staan op slachtofferloket.nl',
    verified: true,
  },
  artikel12Termijn: {
    url: 'https://www.de-strafrechtadvocaat.nl/strafrechtadvocaat/procedure/artikel-12-procedure/',
    supports:
      'Art. 12 Sv: klagen bij het gerechtshof binnen drie maanden nadat de belanghebbende van de beslissing ' +
      'weet (advocatensite; de pagina van Slachtofferhulp over art. 12 noemde de termijn niet in het deel ' +
      'dat is gelezen)',
    verified: false,
  },
  werkgever51f: {
    url: 'https://wetten.overheid.nl/BWBR0001903',
    supports: 'Art. 51f lid 1 Sv: alleen wie rechtstreeks schade leed door het strafbare feit kan zich voegen',
    verified: true,
  },
  straatverbodAdvocaat: {
    url: 'https://www.advocatenkantoordegruijl.nl/rechtsgebieden/straat-contactverbod',
    supports:
      'Een civiel straat- of contactverbod vraagt u in kort geding; daarvoor is een advocaat verplicht (advocatensite; geen officiële pagina gevonden)',
    verified: false,
  },
} as const
