import type { SeedOrganisation } from '../types'

/**
 * Referral targets shared by both sites. Slugs are referenced by the referral tool and other
 * seed content; keep them stable. Contact details are the organisations' public ones.
 */
export const organisations: SeedOrganisation[] = [
  {
    title: 'Slachtofferhulp Nederland',
    slug: 'slachtofferhulp-nederland',
    site: 'both',
    summary: 'Gratis emotionele, praktische en juridische hulp voor slachtoffers, nabestaanden en getuigen.',
    helpsWith:
      'Na een misdrijf, verkeersongeval, zelfdoding in de omgeving of calamiteit: voor steun, hulp bij aangifte en strafproces en het verhalen van schade.',
    contacts: [
      {
        kind: 'phone',
        label: 'Bel Slachtofferhulp Nederland',
        value: '0900-0101',
        hours: 'Maandag t/m vrijdag 8.00–20.00 uur, zaterdag 10.00–17.00 uur (lokaal tarief)',
      },
      { kind: 'chat', label: 'Chat met een medewerker', value: 'https://www.slachtofferhulp.nl/chat/' },
      { kind: 'website', label: 'slachtofferhulp.nl', value: 'https://www.slachtofferhulp.nl/' },
    ],
  },
  {
    title: 'Veilig Thuis',
    slug: 'veilig-thuis',
    site: 'both',
    summary: 'Advies- en meldpunt voor huiselijk geweld, kindermishandeling en ouderenmishandeling.',
    helpsWith:
      'Bij (vermoedens van) huiselijk geweld, kindermishandeling of ouderenmishandeling, voor advies of een melding; professionals kunnen anoniem een casus voorleggen.',
    contacts: [
      { kind: 'phone', label: 'Bel Veilig Thuis (gratis)', value: '0800-2000', hours: 'Dag en nacht, 7 dagen per week' },
      {
        kind: 'chat',
        label: 'Chat anoniem met Veilig Thuis (niet voor professionals: die bellen 0800-2000)',
        value: 'https://www.veiligthuis.nl/',
        hours: 'Beperkte uren, meestal op werkdagen overdag; buiten die uren belt u 0800-2000',
      },
      { kind: 'website', label: 'veiligthuis.nl', value: 'https://www.veiligthuis.nl/' },
    ],
  },
  {
    title: 'Centrum Seksueel Geweld',
    slug: 'centrum-seksueel-geweld',
    site: 'both',
    summary: 'Acute medische, forensische en psychische hulp na verkrachting of aanranding.',
    helpsWith:
      'Bij seksueel geweld, bij voorkeur binnen zeven dagen na het incident: voor medische zorg, sporenonderzoek en psychische hulp, ook zonder direct aangifte te doen.',
    contacts: [
      { kind: 'phone', label: 'Bel het Centrum Seksueel Geweld (gratis)', value: '0800-0188', hours: 'Dag en nacht, 7 dagen per week' },
      { kind: 'chat', label: 'Chat anoniem', value: 'https://www.centrumseksueelgeweld.nl/' },
      { kind: 'website', label: 'centrumseksueelgeweld.nl', value: 'https://www.centrumseksueelgeweld.nl/' },
    ],
  },
  {
    title: '113 Zelfmoordpreventie',
    slug: '113-zelfmoordpreventie',
    site: 'both',
    summary: 'Anonieme hulp bij gedachten aan zelfdoding, ook voor naasten, nabestaanden en professionals.',
    helpsWith:
      'Als iemand aan zelfdoding denkt, of als u zich zorgen maakt over iemand; ook voor nazorg en advies na een zelfdoding, bijvoorbeeld op school of op het werk.',
    contacts: [
      { kind: 'phone', label: 'Bel 113', value: '113', hours: 'Dag en nacht, 7 dagen per week' },
      { kind: 'phone', label: 'Bel gratis', value: '0800-0113', hours: 'Dag en nacht, 7 dagen per week' },
      { kind: 'chat', label: 'Chat met 113', value: 'https://www.113.nl/' },
      { kind: 'website', label: '113.nl', value: 'https://www.113.nl/' },
    ],
  },
  {
    title: 'Het Juridisch Loket',
    slug: 'juridisch-loket',
    site: 'both',
    summary: 'Juridisch advies voor iedereen: 0900-8020; het advies is gratis, bellen kost € 0,25 per minuut.',
    helpsWith:
      'Bij juridische vragen buiten het strafproces, zoals schulden, huur, werk of een civiele procedure tegen de dader, en voor een verwijzing naar een advocaat.',
    contacts: [
      {
        kind: 'phone',
        label: 'Bel het Juridisch Loket',
        value: '0900-8020',
        hours: '9.00–18.00 uur; het advies is gratis, bellen kost € 0,25 per minuut',
      },
      { kind: 'website', label: 'juridischloket.nl', value: 'https://www.juridischloket.nl/' },
    ],
  },
  {
    title: 'Schadefonds Geweldsmisdrijven',
    slug: 'schadefonds-geweldsmisdrijven',
    site: 'both',
    summary: 'Een eenmalige tegemoetkoming voor slachtoffers met ernstig letsel door een geweldsmisdrijf en voor nabestaanden.',
    helpsWith:
      'Bij ernstig lichamelijk of psychisch letsel door een opzettelijk geweldsmisdrijf, ook als de dader ' +
      'onbekend is; aanvragen kan tot tien jaar na het misdrijf (voor nabestaanden: na het overlijden).',
    contacts: [
      { kind: 'phone', label: 'Bel het Schadefonds', value: '070-414 20 00', hours: 'Op werkdagen' },
      { kind: 'website', label: 'schadefonds.nl', value: 'https://www.schadefonds.nl/' },
    ],
  },
  {
    title: 'Fraudehelpdesk',
    slug: 'fraudehelpdesk',
    site: 'both',
    summary: 'Nationaal meldpunt en vraagbaak voor fraude en oplichting.',
    helpsWith:
      'Bij (pogingen tot) fraude, zoals phishing, bankhelpdeskfraude of oplichting via internet: voor advies over de eerste stappen en om fraude te melden.',
    contacts: [
      { kind: 'phone', label: 'Bel de Fraudehelpdesk', value: '088-786 73 72', hours: 'Op werkdagen 9.00–17.00 uur (lokaal tarief)' },
      { kind: 'website', label: 'fraudehelpdesk.nl', value: 'https://www.fraudehelpdesk.nl/' },
    ],
  },
  {
    title: 'Huisarts',
    slug: 'huisarts',
    site: 'both',
    summary: 'De eigen huisarts: eerste aanspreekpunt voor lichamelijke en psychische klachten, ook na een schokkende gebeurtenis.',
    helpsWith:
      'Bij letsel, bij klachten die na vier tot zes weken niet afnemen, en voor een verwijzing naar psychologische of traumabehandeling. Buiten kantooruren: de huisartsenpost.',
    contacts: [
      { kind: 'website', label: 'Thuisarts.nl: betrouwbare informatie en wanneer u de huisarts belt', value: 'https://www.thuisarts.nl/' },
    ],
  },
  {
    title: 'Politie',
    slug: 'politie',
    site: 'both',
    summary: 'Voor aangifte, melding en vragen aan de politie wanneer er geen spoed is.',
    helpsWith:
      'Om aangifte of melding te doen van een strafbaar feit, of een afspraak te maken met de wijkagent; bij spoed belt u altijd 112.',
    contacts: [
      { kind: 'phone', label: 'Politie, geen spoed', value: '0900-8844', hours: 'Dag en nacht' },
      { kind: 'website', label: 'Aangifte en informatie op politie.nl', value: 'https://www.politie.nl/' },
      {
        kind: 'phone',
        label: 'Anoniem melden bij Meld Misdaad Anoniem (een onafhankelijke stichting, geen onderdeel van de politie)',
        value: '0800-7000',
      },
    ],
  },
  {
    title: 'Alarmnummer 112',
    slug: 'alarmnummer-112',
    site: 'both',
    summary: 'Het alarmnummer voor politie, brandweer en ambulance bij levensgevaar of een misdrijf dat nu gebeurt.',
    helpsWith: 'Als er direct gevaar is, iemand ernstig gewond is of een misdrijf op dat moment plaatsvindt.',
    contacts: [{ kind: 'phone', label: 'Bel 112', value: '112', hours: 'Dag en nacht' }],
  },
  {
    title: 'De Kindertelefoon',
    slug: 'de-kindertelefoon',
    site: 'both',
    summary: 'Gratis en anoniem praten of chatten voor kinderen en jongeren van 8 tot 18 jaar.',
    helpsWith:
      'Als een kind of jongere ergens mee zit en er anoniem met iemand over wil praten, bijvoorbeeld over geweld thuis, pesten of misbruik.',
    contacts: [
      { kind: 'phone', label: 'Bel De Kindertelefoon (gratis)', value: '0800-0432', hours: 'Elke dag 11.00–21.00 uur' },
      { kind: 'chat', label: 'Chat met De Kindertelefoon', value: 'https://www.kindertelefoon.nl/' },
      { kind: 'website', label: 'kindertelefoon.nl', value: 'https://www.kindertelefoon.nl/' },
    ],
  },
  {
    title: 'Helpwanted',
    slug: 'helpwanted',
    site: 'both',
    summary: 'Hulp bij online misbruik, zoals verspreide naaktbeelden, sextortion en grooming, voor jongeren, ouders en professionals.',
    helpsWith:
      'Bij online seksueel misbruik of intimidatie: voor advies en hulp bij het offline halen van beelden, ook voor ouders en professionals.',
    contacts: [
      { kind: 'chat', label: 'Chat anoniem met Helpwanted', value: 'https://www.helpwanted.nl/' },
      { kind: 'phone', label: 'Bel Helpwanted', value: '020-261 52 75' },
      { kind: 'website', label: 'helpwanted.nl', value: 'https://www.helpwanted.nl/' },
    ],
  },
  {
    title: 'MIND Korrelatie',
    slug: 'mind-korrelatie',
    site: 'both',
    summary: 'Anonieme hulplijn met psychologen en maatschappelijk werkers voor psychische en sociale problemen.',
    helpsWith:
      'Als iemand wil praten over psychische klachten of een ingrijpende ervaring en niet weet waar hij terechtkan, of een vraag wil stellen aan een professional.',
    contacts: [
      { kind: 'phone', label: 'Bel MIND Korrelatie', value: '0900-1450', hours: 'Op werkdagen 9.00–18.00 uur (lokaal tarief)' },
      { kind: 'chat', label: 'Chat met MIND Korrelatie', value: 'https://www.mindkorrelatie.nl/' },
      { kind: 'website', label: 'mindkorrelatie.nl', value: 'https://www.mindkorrelatie.nl/' },
    ],
  },
  {
    title: 'CJIB, slachtofferinformatie',
    slug: 'cjib-slachtofferinformatie',
    site: 'both',
    summary:
      'Het Centraal Justitieel Incassobureau int schadevergoedingen voor slachtoffers en informeert hen over de uitvoering van de straf.',
    helpsWith:
      'Bij vragen over een schadevergoedingsmaatregel, de voorschotregeling of informatie over vrijlating en verlof van de veroordeelde.',
    contacts: [
      {
        kind: 'website',
        label: 'Informatie voor slachtoffers en nabestaanden',
        value: 'https://www.cjib.nl/direct-regelen/slachtoffers-en-nabestaanden',
      },
      { kind: 'website', label: 'Uw zaak volgen op mijnslachtofferzaak.nl (met DigiD)', value: 'https://www.mijnslachtofferzaak.nl/' },
    ],
  },
  {
    title: 'Centrum Veilige Sport Nederland',
    slug: 'centrum-veilige-sport-nederland',
    site: 'both',
    summary: 'Landelijk meld- en adviespunt voor grensoverschrijdend gedrag en integriteit in de georganiseerde sport.',
    helpsWith:
      'Bij grensoverschrijdend gedrag in de sport: voor sporters, ouders, trainers, bestuurders en ' +
      'vertrouwenscontactpersonen die advies willen of een melding doen, vertrouwelijk en desgewenst ' +
      'anoniem.',
    contacts: [
      { kind: 'phone', label: 'Bel Centrum Veilige Sport Nederland', value: '0900-2025590' },
      { kind: 'website', label: 'centrumveiligesport.nl', value: 'https://www.centrumveiligesport.nl/' },
    ],
  },
  {
    title: 'Advieslijn voor professionals',
    slug: 'advieslijn-professionals',
    site: 'both',
    summary: 'De advieslijn van Slachtofferhulp Nederland voor professionals: casusoverleg, doorverwijzen en advies aan organisaties.',
    helpsWith:
      'Als u als professional wilt sparren over een cliënt, leerling, patiënt of medewerker, een slachtoffer wilt aanmelden of als organisatie advies zoekt bij een incident.',
    contacts: [
      {
        kind: 'phone',
        label: 'Bel 0900-0101 en vraag naar de advieslijn voor professionals',
        value: '0900-0101',
        hours: 'Maandag t/m vrijdag 8.00–20.00 uur; bij calamiteiten ook daarbuiten',
      },
      { kind: 'website', label: 'Informatie voor professionals', value: 'https://www.slachtofferhulp.nl/professionals/' },
    ],
  },
]
