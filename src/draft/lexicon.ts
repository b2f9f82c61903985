import nlp from 'compromise';

/**
 * Word lists for news prose in general (not for one report): compromise's lexicon (given names,
 * surnames, places, organizations; it ships in its npm package) plus our own lists of titles,
 * speech verbs, organization heads, news outlets and countries with their demonyms.
 */
type Tags = string | string[] | undefined;
const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, Tags> } } }).model()
  .one.lexicon;

function tagsOf(word: string): string[] {
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

/** compromise knows it as a given name ("Sergey", "Sarah"). */
export const isGivenName = (word: string) =>
  tagsOf(word).some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName');
export const isFemaleName = (word: string) => tagsOf(word).includes('FemaleName');
export const isMaleName = (word: string) => tagsOf(word).includes('MaleName');
/** compromise knows it as a surname or a person ("Putin", "Obama"). */
export const isKnownSurname = (word: string) =>
  tagsOf(word).some((t) => t === 'LastName' || t === 'Person');
/** A city, region or place that is not a country ("Alabama", "Moscow"): not a node of the model. */
export const isPlace = (name: string) =>
  tagsOf(name).some((t) => t === 'City' || t === 'Region' || t === 'Place');
export const isLexiconCountry = (name: string) => tagsOf(name).includes('Country');
export const isLexiconOrganization = (name: string) => tagsOf(name).includes('Organization');

const words = (text: string) => new Set(text.trim().split(/\s+/));

/** Titles written before a name, capitalised ("Ambassador Sergey Kislyak", "Sen. Al Franken"). */
export const TITLES = words(`
  mr mr. mrs mrs. ms ms. miss dr dr. sen sen. senator rep rep. representative gov gov. governor
  president vice secretary attorney general ambassador minister prime judge justice gen gen.
  adm adm. admiral lt lt. col col. colonel capt capt. captain sgt sgt. chairman chairwoman chair
  speaker mayor director prince princess king queen pope rev rev. reverend lord lady sir dame
  deputy chancellor commissioner sheriff officer detective prof prof. professor leader
  congressman congresswoman councilman councilwoman envoy spokesman spokeswoman spokesperson
  counsel special former acting
`);

/** Role nouns that introduce a name in lower case ("spokesperson Sarah Isgur Flores"). */
export const ROLE_NOUNS = words(`
  spokesperson spokesman spokeswoman aide adviser advisor lawyer attorney ambassador senator
  official secretary director chairman chairwoman president minister envoy diplomat analyst
  professor economist strategist correspondent reporter editor ceo founder leader lawmaker
  congressman congresswoman governor mayor judge general candidate nominee chief deputy
  counsel prosecutor investigator colleague ally rival opponent
`);

/** Words that speak: "X said", "said X", "X asserted that …". */
export const SPEECH_VERBS = words(`
  said says say told tells added adds asserted asserts stated states announced announces
  explained explains noted notes argued argues insisted insists claimed claims acknowledged
  acknowledges admitted admits denied denies wrote writes tweeted tweets testified testifies
  declared declares warned warns continued responded replied recalled conceded maintained
  contended suggested confirmed emphasized emphasised stressed alleged remarked observed
  commented countered conceded predicted announce assert say add
`);

/** Verbs of a report: "The Washington Post reported that …". */
export const REPORT_VERBS = words(`reported reports revealed reveals wrote first`);

/** The last word of an organisation's name, with the kind it suggests. */
export const ORG_HEADS: Record<string, OrgKind> = {
  committee: 'committee',
  commission: 'committee',
  caucus: 'committee',
  subcommittee: 'committee',
  department: 'department',
  ministry: 'department',
  agency: 'department',
  bureau: 'department',
  office: 'department',
  administration: 'department',
  pentagon: 'department',
  kremlin: 'department',
  campaign: 'campaign',
  institute: 'think-tank',
  institution: 'think-tank',
  foundation: 'think-tank',
  council: 'organization',
  association: 'organization',
  union: 'organization',
  party: 'organization',
  company: 'organization',
  corporation: 'organization',
  corp: 'organization',
  'corp.': 'organization',
  inc: 'organization',
  'inc.': 'organization',
  group: 'organization',
  bank: 'organization',
  university: 'organization',
  college: 'organization',
  court: 'organization',
  congress: 'organization',
  senate: 'organization',
  house: 'organization',
  parliament: 'organization',
  assembly: 'organization',
  service: 'organization',
  services: 'organization',
  fund: 'organization',
  trust: 'organization',
  organization: 'organization',
  organisation: 'organization',
  center: 'organization',
  centre: 'organization',
  club: 'organization',
  church: 'organization',
  army: 'organization',
  navy: 'organization',
  police: 'organization',
  authority: 'organization',
  board: 'organization',
  coalition: 'organization',
  alliance: 'organization',
  federation: 'organization',
  society: 'organization',
  embassy: 'organization',
  consulate: 'organization',
  government: 'organization',
  airlines: 'organization',
};
export type OrgKind =
  'committee' | 'think-tank' | 'campaign' | 'department' | 'media-outlet' | 'organization';

/** The last word of a news outlet's name ("The Washington Post", "Maine First Media"). */
export const MEDIA_HEADS = words(`
  post times journal news tribune herald press gazette telegraph guardian chronicle magazine
  media daily radio tv television network wire observer independent examiner inquirer register
  globe courier dispatch bulletin standard mirror express record sun star politico axios ledger
  wire gazette monitor
`);

/** Outlets known by a name without such a head. */
export const OUTLETS = new Set(
  [
    'CNN',
    'MSNBC',
    'NPR',
    'BBC',
    'Reuters',
    'AP',
    'Associated Press',
    'Bloomberg',
    'Politico',
    'Axios',
    'Newsweek',
    'The Atlantic',
    'The New Yorker',
    'The Economist',
    'Al Jazeera',
    'RT',
    'Sputnik',
    'TASS',
    'Interfax',
    'Agence France-Presse',
    'AFP',
    'Le Monde',
    'Der Spiegel',
    'BuzzFeed',
    'Vox',
    'Slate',
    'Breitbart',
    'ProPublica',
  ].map((name) => name.toLowerCase()),
);

/** Names that are capitalised but name no entity: time zones, days, months, pronouns. */
export const NOT_NAMES = words(`
  i est edt cst cdt mst mdt pst pdt gmt utc bst cet am pm a.m. p.m. monday tuesday wednesday
  thursday friday saturday sunday january february march april may june july august september
  october november december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug.
  sep sep. sept sept. oct oct. nov nov. dec dec. today yesterday tomorrow
`);

/** Countries with the names and demonyms a report uses for them ("British" -> United Kingdom). */
const COUNTRY_TABLE = `
Afghanistan: Afghan, Afghans
Argentina: Argentine, Argentinian, Argentines
Australia: Australian, Australians
Austria: Austrian, Austrians
Belarus: Belarusian, Belarusians
Belgium: Belgian, Belgians
Brazil: Brazilian, Brazilians
Bulgaria: Bulgarian, Bulgarians
Canada: Canadian, Canadians
Chile: Chilean, Chileans
China: Chinese
Colombia: Colombian, Colombians
Croatia: Croatian, Croatians
Cuba: Cuban, Cubans
Czech Republic: Czech, Czechs
Denmark: Danish, Danes
Egypt: Egyptian, Egyptians
Estonia: Estonian, Estonians
Finland: Finnish, Finns
France: French
Georgia: Georgian, Georgians
Germany: German, Germans
Greece: Greek, Greeks
Hungary: Hungarian, Hungarians
India: Indian, Indians
Indonesia: Indonesian, Indonesians
Iran: Iranian, Iranians
Iraq: Iraqi, Iraqis
Ireland: Irish
Israel: Israeli, Israelis
Italy: Italian, Italians
Japan: Japanese
Jordan: Jordanian, Jordanians
Kazakhstan: Kazakh, Kazakhs
Korea: Korean, Koreans
North Korea: North Korean, North Koreans
South Korea: South Korean, South Koreans
Latvia: Latvian, Latvians
Lebanon: Lebanese
Libya: Libyan, Libyans
Lithuania: Lithuanian, Lithuanians
Mexico: Mexican, Mexicans
Netherlands: Dutch, the Netherlands, Holland
Nigeria: Nigerian, Nigerians
Norway: Norwegian, Norwegians
Pakistan: Pakistani, Pakistanis
Philippines: Filipino, Filipinos, Philippine
Poland: Polish, Poles
Portugal: Portuguese
Qatar: Qatari, Qataris
Romania: Romanian, Romanians
Russia: Russian, Russians, Russian Federation
Saudi Arabia: Saudi, Saudis
Serbia: Serbian, Serbians, Serbs
Slovakia: Slovak, Slovaks
South Africa: South African, South Africans
Spain: Spanish, Spaniards
Sweden: Swedish, Swedes
Switzerland: Swiss
Syria: Syrian, Syrians
Taiwan: Taiwanese
Turkey: Turkish, Turks
Ukraine: Ukrainian, Ukrainians
United Arab Emirates: Emirati, Emiratis, UAE
United Kingdom: British, Britain, Briton, Britons, UK, U.K., Great Britain
United States: American, Americans, U.S., US, USA, U.S.A., America
Venezuela: Venezuelan, Venezuelans
Vietnam: Vietnamese
Yemen: Yemeni, Yemenis
`;

/** Lower-cased country name or demonym -> the country's name. */
export const COUNTRIES = new Map<string, string>();
for (const line of COUNTRY_TABLE.trim().split('\n')) {
  const [name = '', rest = ''] = line.split(':');
  COUNTRIES.set(name.toLowerCase(), name);
  for (const alias of rest.split(',')) COUNTRIES.set(alias.trim().toLowerCase(), name);
}
